using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Clues;
using PiplWatch.Core.Findings;
using PiplWatch.Detection.Audit;
using PiplWatch.Web.Audits;
using PiplWatch.Web.Jobs;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Audits;

/// <summary>
/// An audit's result: totals, counts per PII type, every file with what it exposes (counts and masked paths only), the
/// comparison with the earlier audit, the crawl's skips and errors, downloads, a re-audit, and findings pushed to clues.
/// </summary>
public sealed class DetailModel(AuditStore audits, ClueService clues, BackgroundJobs jobs) : PageModel
{
    /// <summary>Per-file rows shown at most; the downloads hold them all.</summary>
    public const int MaxRows = 500;

    public AuditRecord Record { get; private set; } = null!;

    public AuditReport Report { get; private set; } = null!;

    public AuditRecord? Previous { get; private set; }

    public CrawlResult? Crawl { get; private set; }

    public string? Pushed { get; private set; }

    /// <summary>Whether the user may push findings to clues (procurator and analyst, as the brief of case work says).</summary>
    public bool CanPush => User.IsInRole(Roles.Procurator) || User.IsInRole(Roles.Analyst);

    public IActionResult OnGet(string id) => (IActionResult?)Load(id) ?? Page();

    /// <summary>report.html, if it holds no unmasked value.</summary>
    public IActionResult OnGetHtml(string id) => (IActionResult?)Load(id) ?? Download(AuditFiles.Html, "text/html; charset=utf-8", $"audit-{id}.html");

    /// <summary>findings.json, if it holds no unmasked value.</summary>
    public IActionResult OnGetFindings(string id) => (IActionResult?)Load(id) ?? Download(AuditFiles.Findings, "application/json", $"audit-{id}-findings.json");

    public IActionResult OnPostPush(string id)
    {
        if (Load(id) is { } missing)
        {
            return missing;
        }

        if (!CanPush)
        {
            return Forbid();
        }

        var report = audits.Findings(Record);
        var results = clues.ImportFindings(report, FindingsReportJson.Sha256(report), User.Identity!.Name!);
        Pushed = T($"已生成线索 {results.Count(r => r.Created)} 条，合并 {results.Count(r => !r.Created && !r.AlreadyImported)} 条，此前已导入 {results.Count(r => r.AlreadyImported)} 条。", $"{results.Count(r => r.Created)} clues created, {results.Count(r => !r.Created && !r.AlreadyImported)} merged, {results.Count(r => r.AlreadyImported)} imported before.");
        return Page();
    }

    /// <summary>Crawls the same site again with the same bounds and compares with this audit.</summary>
    public IActionResult OnPostReaudit(string id)
    {
        if (Load(id) is { } missing)
        {
            return missing;
        }

        if (Record.Request.Kind != AuditKinds.Site)
        {
            return Redirect($"/audits?reaudit={id}");
        }

        var request = Record.Request with { CompareWith = Record.Id };
        if (audits.Problem(request) is { } problem)
        {
            return Refused(problem, StatusCodes.Status400BadRequest);
        }

        var next = audits.NewId();
        var user = User.Identity!.Name!;
        var job = jobs.Start($"复查网站 Re-audit {audits.Mask(request.Target)}", user, async state =>
        {
            var record = await audits.RunAsync(next, request, user, state);
            return $"/audits/{record.Id}";
        });
        return Redirect($"/jobs/{job.Id}");
    }

    private IActionResult Download(string file, string contentType, string name)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(audits.FolderOf(Record), file));
        if (audits.HoldsRawValues(text))
        {
            return Refused(T("报告中含有未脱敏的号码，不提供下载。", "The report holds an unmasked number and is not handed out."), StatusCodes.Status409Conflict);
        }

        return File(Encoding.UTF8.GetBytes(text), contentType, name);
    }

    private static ContentResult Refused(string message, int status) =>
        new() { Content = message, ContentType = "text/plain; charset=utf-8", StatusCode = status };

    private NotFoundResult? Load(string id)
    {
        if (audits.Find(id) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        Report = audits.Report(record);
        Crawl = audits.Crawl(record);
        Previous = record.Request.CompareWith is { } earlier ? audits.Find(earlier) : null;
        return null;
    }
}
