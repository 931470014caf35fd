using System.Globalization;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Statistics;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core.Regions;
using PiplWatch.Core.Scenarios;
using PiplWatch.Web.Localization;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Charts;

/// <summary>One series of a chart: its name (shown in the legend and the table header) and a number per category.</summary>
public sealed record ChartSeries(string Name, string Type, IReadOnlyList<int> Data);

/// <summary>
/// A chart of the dashboard: drawn by <c>wwwroot/js/dashboard.js</c> with ECharts and printed as a table from the same
/// figures.
/// </summary>
/// <param name="Id">The chart element's id.</param>
/// <param name="Kind"><c>bar</c> (columns), <c>hbar</c> (rows) or <c>month</c> (columns and a line).</param>
/// <param name="Categories">The axis labels, in the page's language (names of divisions as stored); the tables' rows.</param>
/// <param name="Series">The series, each with a number per category.</param>
/// <param name="Notes">Per category, a longer description for the table (scenario titles); null when none.</param>
/// <param name="Links">Per category, the clue list it opens; null entries open nothing.</param>
public sealed record Chart(string Id, string Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, IReadOnlyList<string?>? Notes = null, IReadOnlyList<string?>? Links = null)
{
    /// <summary>Whether there is nothing to draw.</summary>
    public bool IsEmpty => Categories.Count == 0 || Series.All(s => s.Data.All(v => v == 0));
}

/// <summary>A division's value on the map: <paramref name="Name"/> is the map file's feature name.</summary>
public sealed record MapValue(string Name, int Value, int Cases, string Href);

/// <summary>The map of the scope: which map file to register under which name, and the clues per division.</summary>
public sealed record MapChart(string Id, string Name, string Url, IReadOnlyList<MapValue> Data, bool Labels);

/// <summary>The words the script writes itself (the map's tooltip and scale, its error), in the page's language.</summary>
public sealed record ChartTexts(string Clues, string Cases, string More, string Fewer, string MapFailed);

/// <summary>All the dashboard draws, serialised into the page for the script.</summary>
public sealed record DashboardChartData(IReadOnlyList<Chart> Charts, MapChart? Map, ChartTexts Texts);

/// <summary>Turns the scope's figures into the dashboard's charts and tables.</summary>
public static class DashboardCharts
{
    /// <summary>Series name of clues, in the page's language.</summary>
    public static string Clues => T("线索", "Clues");

    /// <summary>Series name of cases.</summary>
    public static string Cases => T("案件", "Cases");

    /// <summary>The script's words in the page's language.</summary>
    public static ChartTexts Texts() => new(Clues, Cases, T("多", "More"), T("少", "Fewer"), T("地图无法加载：", "The map could not be loaded: "));

    /// <summary>Clues by status, linked to the list of that status.</summary>
    public static Chart ByStatus(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var order = new[] { ClueStatuses.Received, ClueStatuses.HandedOver, ClueStatuses.Accepted, ClueStatuses.Declined, ClueStatuses.Opened };
        var rows = counts.OrderBy(c => Array.IndexOf(order, c.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new Chart("chart-status", "bar", [.. rows.Select(r => Names.ClueStatus(r.Key))], [new ChartSeries(Clues, "bar", [.. rows.Select(r => r.Value)])],
            Links: [.. rows.Select(r => (string?)$"/clues?status={Uri.EscapeDataString(r.Key)}")]);
    }

    /// <summary>Cases by stage, in the workflow's order.</summary>
    public static Chart ByStage(IReadOnlyDictionary<string, int> counts, RulesVersion rules)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rules);
        var stages = rules.Stages.ToList();
        var rows = counts.OrderBy(c => stages.FindIndex(s => s.Id == c.Key)).ToList();
        return new Chart("chart-stage", "bar", [.. rows.Select(r => stages.Find(s => s.Id == r.Key) is { } stage ? Names.Stage(stage) : r.Key)], [new ChartSeries(Cases, "bar", [.. rows.Select(r => r.Value)])],
            Notes: [.. rows.Select(r => (string?)r.Key)]);
    }

    /// <summary>Clues and cases by scenario (or source, for clues no model found).</summary>
    /// <remarks>A source's label is its name in the page's language; a scenario's note is its title in that language.</remarks>
    public static Chart ByScenario(ScopeFigures figures, ScenarioCatalog scenarios)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(scenarios);
        var rows = figures.ByScenario;
        return new Chart("chart-scenario", "hbar", [.. rows.Select(r => Label(r.Group))],
            [new ChartSeries(Clues, "bar", [.. rows.Select(r => r.Clues)]), new ChartSeries(Cases, "bar", [.. rows.Select(r => r.Cases)])],
            Notes: [.. rows.Select(r => Note(r.Group, scenarios))]);
    }

    private const string SourceKey = "source:";

    private static string Label(ScenarioGroup group) =>
        group.Key.StartsWith(SourceKey, StringComparison.Ordinal) ? Names.ClueSource(group.Key[SourceKey.Length..]) : group.Label;

    // The scenarios' titles ("N1/N2/O1" → each title); none when the label says it all (a source, a model's id).
    private static string? Note(ScenarioGroup group, ScenarioCatalog scenarios) =>
        group.TitleZh == group.Label ? null
        : IsEnglish ? string.Join("; ", group.Key.Split('/').Select(id => scenarios.Find(id)?.TitleEn ?? id))
        : group.TitleZh;

    /// <summary>Clues received and cases opened in each of the last twelve months.</summary>
    public static Chart ByMonth(ScopeFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = figures.ByMonth;
        return new Chart("chart-month", "month", [.. rows.Select(r => r.Key)],
            [new ChartSeries(Clues, "bar", [.. rows.Select(r => r.Clues)]), new ChartSeries(Cases, "line", [.. rows.Select(r => r.Cases)])]);
    }

    /// <summary>
    /// Clues and cases by the divisions of the scope's map (provinces for the country, prefectures for a province),
    /// each linked to its clues; what lies outside every division of the map is one more row without a link.
    /// </summary>
    public static (Chart Chart, MapChart? Map) ByRegion(ScopeFigures figures, MapFile? map, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(regions);
        var divisions = map?.Divisions ?? [];
        var rows = new List<(string Label, int Clues, int Cases, string? Href)>();
        var values = new List<MapValue>();
        foreach (var division in divisions)
        {
            var (clues, cases) = figures.Under(division.Prefix);
            var href = $"/clues?region={division.Prefix}";
            values.Add(new MapValue(division.Name, clues, cases, href));
            if (clues + cases > 0)
            {
                rows.Add((regions.Find(division.Id)?.Name ?? division.Name, clues, cases, href));
            }
        }

        var outside = figures.ByRegion.Where(r => !divisions.Any(d => r.Key.StartsWith(d.Prefix, StringComparison.Ordinal))).ToList();
        if (outside.Count > 0)
        {
            rows.Add((T("其他地区", "Other regions"), outside.Sum(r => r.Clues), outside.Sum(r => r.Cases), null));
        }

        rows = [.. rows.OrderByDescending(r => r.Clues).ThenByDescending(r => r.Cases).ThenBy(r => r.Label, StringComparer.Ordinal)];
        var chart = new Chart("chart-region", "bar", [.. rows.Select(r => r.Label)],
            [new ChartSeries(Clues, "bar", [.. rows.Select(r => r.Clues)]), new ChartSeries(Cases, "bar", [.. rows.Select(r => r.Cases)])],
            Links: [.. rows.Select(r => r.Href)]);
        return (chart, map is null ? null : new MapChart("chart-map", map.Name, map.Url, values, Labels: divisions.Count <= 25));
    }

    /// <summary>
    /// How the page embeds the data: camelCase for the script; the default encoder escapes &lt;, &gt;, &amp; and quotes, so
    /// the JSON cannot close its script element.
    /// </summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>A number as the tables print it.</summary>
    public static string Format(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
