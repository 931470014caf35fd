using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Statistics;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;
using PiplWatch.Web.Charts;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages;

/// <summary>The work bench after sign-in: the procuratorate's clues by status, cases by stage, and what is due.</summary>
public sealed partial class DashboardModel(ClueService clues, CaseService cases, ScopeStatistics statistics, MapCatalog maps, ReferenceData reference, IMemoryCache cache, Hosting.WebDataDirectory data, TimeProvider time, ILogger<DashboardModel> logger) : PageModel
{
    /// <summary>The latest model runs of the workspace.</summary>
    public IReadOnlyList<Analytics.Workspace.RunRecord> RecentRuns { get; private set; } = [];

    /// <summary>Reminders shown; the rest are counted.</summary>
    public const int Shown = 50;

    public int RemindersTotal { get; private set; }

    public UserScope Scope { get; private set; } = null!;

    public IReadOnlyList<(CaseRecord Case, DueItem Item)> Reminders { get; private set; } = [];

    /// <summary>The charts and the map, with the figures their tables print.</summary>
    public DashboardChartData Charts { get; private set; } = new([], null, DashboardCharts.Texts());

    /// <summary>A chart by its element id.</summary>
    public Chart Chart(string id) => Charts.Charts.First(c => c.Id == id);

    /// <summary>What is due, in the page's language: the rules version's English name of the time limit in English.</summary>
    public string What(CaseRecord record, DueItem item)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(item);
        return IsEnglish ? cases.Procedure.Rules.Get(record.RulesVersion).TimeLimits.FirstOrDefault(l => l.Id == item.Rule)?.WhatEn ?? item.What : item.What;
    }

    public void OnGet()
    {
        Scope = UserScope.Of(User)!;
        if (Scope.RegionPrefix(reference.Regions) is not { } prefix)
        {
            return;
        }

        // Counted in the database; only open cases are loaded, to compute what is due.
        RecentRuns = Fresh("recent-runs", TimeSpan.FromSeconds(15), () => new Analytics.Workspace.AnalyticsWorkspace(data.Path).Runs().Take(5).ToList());

        // Counts may be a few seconds old on a busy day: they are recounted every 15 seconds per procuratorate, in the
        // background while requests get the previous ones. The charts' figures are counted with them, in one computation.
        var (clueCounts, caseCounts, figures) = Fresh($"counts:{prefix}", TimeSpan.FromSeconds(15), () => (clues.CountByStatus(prefix), cases.CountByStage(prefix), statistics.For(prefix)));
        var (byRegion, map) = DashboardCharts.ByRegion(figures, maps.For(prefix), reference.Regions);
        Charts = new DashboardChartData(
            [DashboardCharts.ByStatus(clueCounts), DashboardCharts.ByStage(caseCounts, cases.Procedure.Rules.Current), byRegion, DashboardCharts.ByScenario(figures, reference.Scenarios), DashboardCharts.ByMonth(figures)], map, DashboardCharts.Texts());
        // Deadlines change by the day, not by the request: computing them for thousands of open cases once a minute is enough.
        var all = Fresh($"reminders:{prefix}:{cases.Today:yyyy-MM-dd}", TimeSpan.FromMinutes(1), () => cases.Reminders(prefix));
        RemindersTotal = all.Count;
        Reminders = [.. all.Take(Shown)];
    }

    // Computed once per key, then refreshed in the background; dropped when nobody asked for ten minutes.
    private T Fresh<T>(string key, TimeSpan lifetime, Func<T> compute) =>
        cache.GetOrCreate(key, entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            return new Lazy<Hosting.Refreshing<T>>(() => new Hosting.Refreshing<T>(compute, lifetime, time, ex => RefreshFailed(logger, key, ex)), LazyThreadSafetyMode.ExecutionAndPublication);
        })!.Value.Value;

    [LoggerMessage(Level = LogLevel.Error, Message = "Recomputing the dashboard's {Key} failed; the previous figures stay")]
    private static partial void RefreshFailed(ILogger logger, string key, Exception exception);
}
