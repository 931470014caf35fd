using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;
using PiplWatch.Web.Audits;
using PiplWatch.Web.Jobs;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Audits;

/// <summary>
/// Scans and disclosure audits: the earlier ones, newest first, and a new one — uploaded files or a site URL crawled
/// politely from the server — run in the background with its progress shown, then the result.
/// </summary>
// The form is read by hand, not bound, so that an upload over the limits gets the page's error, not a bare 400.
[RequestSizeLimit(AuditStore.MaxUploadBytes + (8L << 20))]
[RequestFormLimits(MultipartBodyLengthLimit = AuditStore.MaxUploadBytes + (8L << 20), ValueCountLimit = 64)]
public sealed class IndexModel(AuditStore audits, BackgroundJobs jobs, ReferenceData reference) : PageModel
{
    public IReadOnlyList<AuditRecord> Audits { get; private set; } = [];

    public ReferenceData Reference => reference;

    public string Name { get; private set; } = T("上传文件", "Uploaded files");

    public string SiteUrl { get; private set; } = string.Empty;

    public string Region { get; private set; } = string.Empty;

    public string? Sector { get; private set; }

    public string? CompareWith { get; private set; }

    public int MaxPages { get; private set; } = 500;

    public int MaxDepth { get; private set; } = 3;

    public double Rate { get; private set; } = 2;

    public string? Error { get; private set; }

    /// <summary>Shows the list and the form; <paramref name="reaudit"/> fills the form to audit that audit's target again and compare.</summary>
    public void OnGet(string? reaudit)
    {
        Load();
        Region = UserScope.Of(User)?.Region ?? string.Empty;
        if (reaudit is not null && audits.Find(reaudit) is { } earlier)
        {
            var r = earlier.Request;
            (Region, Sector, CompareWith) = (r.Region, r.Sector, earlier.Id);
            if (r.Kind == AuditKinds.Site)
            {
                (SiteUrl, MaxPages, MaxDepth, Rate) = (r.Target, r.MaxPages, r.MaxDepth, r.Rate);
            }
            else
            {
                Name = r.Target;
            }
        }
    }

    public Task<IActionResult> OnPostUploadAsync() => StartAsync(AuditKinds.Upload);

    public Task<IActionResult> OnPostSiteAsync() => StartAsync(AuditKinds.Site);

    private async Task<IActionResult> StartAsync(string kind)
    {
        Load();
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Refuse(T($"上传总量超过 {AuditStore.MaxUploadBytes >> 20} MB。", $"The upload is larger than {AuditStore.MaxUploadBytes >> 20} MB in total."), StatusCodes.Status413PayloadTooLarge);
        }

        Name = form["Name"].ToString().Trim();
        SiteUrl = form["Url"].ToString().Trim();
        Region = form["Region"].ToString().Trim();
        Sector = form["Sector"].ToString() is { Length: > 0 } sector ? sector : null;
        CompareWith = form["CompareWith"].ToString() is { Length: > 0 } compare ? compare : null;
        if (!Number(form, "MaxPages", 500, out var maxPages) || !Number(form, "MaxDepth", 3, out var maxDepth) || !double.TryParse(form["Rate"].ToString() is { Length: > 0 } rate ? rate : "2", NumberStyles.Float, CultureInfo.InvariantCulture, out var perSecond))
        {
            return Refuse(T("页数、深度、速率须为数字。", "Max pages, depth and rate must be numbers."));
        }

        (MaxPages, MaxDepth, Rate) = (maxPages, maxDepth, perSecond);
        var request = new AuditRequest
        {
            Kind = kind,
            Target = kind == AuditKinds.Site ? SiteUrl : Name,
            Region = Region,
            Sector = Sector,
            CompareWith = CompareWith,
            MaxPages = maxPages,
            MaxDepth = maxDepth,
            Rate = perSecond,
        };
        var files = form.Files.GetFiles("Files").Where(f => f.FileName.Length > 0).ToList();
        if (audits.Problem(request) is { } problem)
        {
            return Refuse(problem);
        }

        if (kind == AuditKinds.Upload && AuditStore.UploadProblem([.. files.Select(f => (f.FileName, f.Length))]) is { } uploadProblem)
        {
            return Refuse(uploadProblem);
        }

        var id = audits.NewId();
        if (kind == AuditKinds.Upload)
        {
            var staging = audits.Stage(id);
            try
            {
                foreach (var file in files)
                {
                    await using var content = file.OpenReadStream();
                    await AuditStore.SaveUploadAsync(staging, file.FileName, content, HttpContext.RequestAborted);
                }
            }
            catch
            {
                audits.Discard(id);
                throw;
            }
        }

        var user = User.Identity!.Name!;
        var title = kind == AuditKinds.Site ? $"审计网站 Audit {audits.Mask(SiteUrl)}" : $"审计上传文件 Audit {files.Count} uploaded files";
        var job = jobs.Start(title, user, async state =>
        {
            var record = await audits.RunAsync(id, request, user, state);
            return $"/audits/{record.Id}";
        });
        return Redirect($"/jobs/{job.Id}");
    }

    private PageResult Refuse(string error, int status = StatusCodes.Status400BadRequest)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    private static bool Number(IFormCollection form, string name, int fallback, out int value)
    {
        var text = form[name].ToString();
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    private void Load() => Audits = audits.List(100);
}
