using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cases.Clues;
using PiplWatch.Core.Findings;
using PiplWatch.Web.Hosting;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Runs;

/// <summary>A run: its inputs and summary, the findings with masked evidence, a comparison with an earlier run, and findings pushed to clues.</summary>
public sealed class DetailModel(WebDataDirectory data, ClueService clues) : PageModel
{
    public RunRecord Run { get; private set; } = null!;

    public FindingsReport Report { get; private set; } = null!;

    public IReadOnlyList<RunRecord> Earlier { get; private set; } = [];

    public JsonObject? Comparison { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Compare { get; set; }

    /// <summary>Shows only findings where this signal fired (or of this kind).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Signal { get; set; }

    /// <summary>The findings shown: all, or those of <see cref="Signal"/>.</summary>
    public IReadOnlyList<Finding> Shown { get; private set; } = [];

    /// <summary>How many findings each signal fired in, most first, to filter by.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> SignalCounts { get; private set; } = [];

    public string? Pushed { get; private set; }

    public IActionResult OnGet(string runId)
    {
        if (Load(runId) is { } missing)
        {
            return missing;
        }

        if (Compare is not null && Earlier.FirstOrDefault(r => r.RunId == Compare) is { } earlier)
        {
            Comparison = RunComparison.Compare(AnalyticsWorkspace.ReadReport(earlier), Report);
        }

        return Page();
    }

    /// <summary>The run's report in the report contract (findings.json), evidence masked as the model wrote it.</summary>
    public IActionResult OnGetReport(string runId)
    {
        if (Load(runId) is { } missing)
        {
            return missing;
        }

        return File(Encoding.UTF8.GetBytes(FindingsReportJson.Serialize(Report)), "application/json", Report.RunId + ".json");
    }

    public IActionResult OnPostPush(string runId)
    {
        if (Load(runId) is { } missing)
        {
            return missing;
        }

        var results = clues.ImportFindings(Report, FindingsReportJson.Sha256(Report), User.Identity!.Name!);
        var (created, merged, earlier) = (results.Count(r => r.Created), results.Count(r => !r.Created && !r.AlreadyImported), results.Count(r => r.AlreadyImported));
        Pushed = T($"已生成线索 {created} 条，合并 {merged} 条，此前已导入 {earlier} 条", $"{created} clues created, {merged} merged into existing clues, {earlier} imported before");
        return Page();
    }

    private NotFoundResult? Load(string runId)
    {
        var runs = new AnalyticsWorkspace(data.Path).Runs();
        if (runs.FirstOrDefault(r => r.RunId == runId) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        Report = AnalyticsWorkspace.ReadReport(run);
        Shown = Signal is null ? Report.Findings : [.. Report.Findings.Where(f => f.Kind == Signal || f.Signals.Contains(Signal))];
        SignalCounts = [.. Report.Findings.SelectMany(f => f.Signals).GroupBy(s => s, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)];
        Earlier = [.. runs.Where(r => r.Model == run.Model && r.RunId != run.RunId)];
        return null;
    }
}
