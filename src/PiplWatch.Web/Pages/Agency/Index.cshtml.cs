using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Agency;

/// <summary>
/// The regulator's page: the recommendations addressed to its agency, with their facts, asks and reply deadline; the
/// agency files its written reply and rectification report here (recorded as the case's reply stage).
/// </summary>
public sealed class IndexModel(CaseService cases, EvidenceLocker locker) : PageModel
{
    private const long MaxReportBytes = 20 * 1024 * 1024;

    public IReadOnlyList<(CaseRecord Case, Recommendation Recommendation, DueItem? Due)> Received { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public long CaseId { get; set; }

    [BindProperty]
    public string Reply { get; set; } = string.Empty;

    [BindProperty]
    public IFormFile? Report { get; set; }

    public void OnGet() => Load();

    public IActionResult OnPost()
    {
        Load();
        var mine = Received.FirstOrDefault(r => r.Case.Id == CaseId);
        if (mine.Case is null)
        {
            return NotFound();
        }

        try
        {
            if (Report is { Length: > MaxReportBytes })
            {
                throw new ArgumentException(T("整改报告不超过 20 MB", "The rectification report is limited to 20 MB"));
            }

            EvidenceItem? evidence = null;
            if (Report is { Length: > 0 })
            {
                using var copy = new MemoryStream();
                Report.CopyTo(copy);
                evidence = locker.Prepare(CaseId, copy.ToArray(), Path.GetFileName(Report.FileName), EvidenceKinds.File, "行政机关整改报告", User.Identity!.Name!);
            }

            cases.Reply(CaseId, cases.Today, Reply, User.Identity!.Name!, evidence);
            Done = T($"已向{mine.Case.Procuratorate}提交书面回复", $"Your written reply was filed with {mine.Case.Procuratorate}");
        }
        catch (ArgumentException ex)
        {
            Error = ErrorText.Of(ex);
        }

        Load();
        return Page();
    }

    private void Load()
    {
        var scope = UserScope.Of(User)!;
        Received = [.. cases.AddressedTo(scope.Sector!, scope.Region!).Select(x =>
        {
            var due = cases.Deadlines(x.Case, cases.Today).FirstOrDefault(d => d.Rule is "agency-reply" or "agency-reply-urgent");
            return (x.Case, x.Recommendation, due);
        })];
    }
}
