using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PiplWatch.Cases.Clues;
using PiplWatch.Core;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Report;

/// <summary>
/// The public volunteer form (益心为公-style): anyone may report a clue with attachments. Abuse limits: a few reports
/// per hour per address, sizes and file types bounded, a hidden field bots fill in. The reporter gets a tracking code;
/// nothing internal is shown on public pages.
/// </summary>
[EnableRateLimiting(VolunteerLimits.Policy)]
[RequestSizeLimit(VolunteerLimits.MaxRequestBytes)]
public sealed class IndexModel(ClueService clues, ReferenceData reference) : PageModel
{
    [BindProperty]
    public string Title { get; set; } = string.Empty;

    [BindProperty]
    public string Subject { get; set; } = string.Empty;

    [BindProperty]
    public string Text { get; set; } = string.Empty;

    [BindProperty]
    public string Region { get; set; } = string.Empty;

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Hidden from people; a bot that fills every field fills this one.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public string? Error { get; private set; }

    public string? TrackingCode { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!string.IsNullOrEmpty(Website))
        {
            return BadRequest();
        }

        var problem = VolunteerLimits.Check(Title, Subject, Text, Contact, Files);
        var region = ResolveRegion(ref problem);
        if (problem is not null)
        {
            Error = problem;
            return Page();
        }

        var folder = Path.Combine(Path.GetTempPath(), "piplwatch-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var paths = new List<string>();
            foreach (var file in Files.Where(f => f.Length > 0))
            {
                var path = Path.Combine(folder, Path.GetFileName(file.FileName));
                using (var stream = System.IO.File.Create(path))
                {
                    file.CopyTo(stream);
                }

                paths.Add(path);
            }

            var clue = clues.Create(new ClueDraft
            {
                Source = ClueSources.Volunteer,
                Title = Title.Trim(),
                Subject = Subject.Trim(),
                Description = Text.Trim(),
                Region = region!,
                Contact = string.IsNullOrWhiteSpace(Contact) ? null : Contact.Trim(),
                Attachments = paths,
                ReportedBy = User.IsInRole(PiplWatch.Cases.Accounts.Roles.Volunteer) ? User.Identity!.Name : null,
            }, User.Identity?.IsAuthenticated == true ? User.Identity.Name! : "volunteer-portal");
            TrackingCode = clue.TrackingCode;
            return Page();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string? ResolveRegion(ref string? problem)
    {
        var text = Region.Trim();
        if (reference.Regions.Find(text) is { } byCode)
        {
            return byCode.Code;
        }

        var search = reference.Regions.Search(text);
        if (search.Unique is { } unique)
        {
            return unique.Code;
        }

        var found = search.CurrentMatches.Take(6).Select(m => m.Region).ToList();
        problem ??= found.Count == 0
            ? T($"找不到地区“{text}”，请填写区县名称（如 珠山区）或六位区划代码", $"No place called \"{text}\" was found: give the county or district (e.g. 珠山区) or its six-digit code")
            : T($"“{text}”有多个地区：{string.Join("、", found.Select(r => reference.Regions.QualifiedName(r)))}，请写得更具体", $"Several places are called \"{text}\": {string.Join(", ", found.Select(r => reference.Regions.QualifiedName(r)))}. Please be more specific");
        return null;
    }
}
