using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Store;
using PiplWatch.Core;

namespace PiplWatch.Cases.Statistics;

/// <summary>How many clues and cases one group holds.</summary>
public sealed record Tally(string Key, int Clues, int Cases);

/// <summary>A group of clues and cases by scenario, with what it is called.</summary>
public sealed record ScenarioTally(ScenarioGroup Group, int Clues, int Cases);

/// <summary>The dashboard's figures for the procuratorates under one region-code prefix.</summary>
/// <param name="ByScenario">By scenario group (<see cref="ScenarioGroup"/>), most clues first; cases through their clue.</param>
/// <param name="ByRegion">By the full region code where the clue (case) happened, in code order; roll up with <see cref="Under"/>.</param>
/// <param name="ByMonth">The last twelve months (China time, key <c>yyyy-MM</c>), oldest first: clues by the month received, cases by the month opened.</param>
public sealed record ScopeFigures(IReadOnlyList<ScenarioTally> ByScenario, IReadOnlyList<Tally> ByRegion, IReadOnlyList<Tally> ByMonth)
{
    /// <summary>Clues and cases whose region code starts with <paramref name="prefix"/>.</summary>
    public (int Clues, int Cases) Under(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var rows = ByRegion.Where(r => r.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return (rows.Sum(r => r.Clues), rows.Sum(r => r.Cases));
    }
}

/// <summary>
/// Figures over the clues and cases of the procuratorates under a region-code prefix, counted in the database with one
/// GROUP BY per table (no rows are loaded): by scenario, by region, by month.
/// </summary>
public sealed class ScopeStatistics(CaseStore store, ReferenceData reference, TimeProvider? time = null)
{
    /// <summary>How many months <see cref="ScopeFigures.ByMonth"/> covers.</summary>
    public const int Months = 12;

    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The figures of the procuratorates whose region code starts with <paramref name="regionPrefix"/>.</summary>
    public ScopeFigures For(string regionPrefix)
    {
        ArgumentNullException.ThrowIfNull(regionPrefix);
        using var db = store.CreateContext();
        var clues = db.Clues.AsNoTracking().Under(regionPrefix);
        var cases = db.Cases.AsNoTracking().Under(regionPrefix);

        // The month is a CASE over the twelve month starts (China time), so the database groups without date
        // functions, which SQLite and PostgreSQL spell differently.
        var now = _time.GetUtcNow().ToOffset(ChinaTime);
        var first = new DateOnly(now.Year, now.Month, 1).AddMonths(1 - Months);
        var starts = Enumerable.Range(0, Months + 1).Select(first.AddMonths).ToList();
        var instants = starts.Select(d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), ChinaTime)).ToList();

        // One pass per table: GROUP BY what found it (source, model), where (region code) and when (month index, -1
        // before the twelve months). A few thousand groups at most; the figures are sums over them.
        var clueGroups = store.Provider == StoreProvider.Sqlite
            ? SqliteClueGroups(db, regionPrefix, starts)
            : Groups(clues.Select(c => new Row<DateTimeOffset> { Source = c.Source, Model = c.Model, Region = c.Region, At = c.ReceivedAt }), instants);
        var caseGroups = Groups(cases.Join(db.Clues, k => k.ClueId, c => c.Id, (k, c) => new Row<DateOnly> { Source = c.Source, Model = c.Model, Region = k.Region, At = k.OpenedOn }), starts);

        // By scenario: named through the scenario catalog.
        var groups = new Dictionary<string, (ScenarioGroup Group, int Clues, int Cases)>(StringComparer.Ordinal);
        foreach (var (row, isCase) in clueGroups.Select(g => (g, false)).Concat(caseGroups.Select(g => (g, true))))
        {
            var group = ScenarioGroup.Of(row.Source, row.Model, reference.Scenarios);
            var sum = groups.GetValueOrDefault(group.Key, (Group: group, Clues: 0, Cases: 0));
            groups[group.Key] = (group, sum.Clues + (isCase ? 0 : row.Count), sum.Cases + (isCase ? row.Count : 0));
        }

        var byScenario = groups.Values.OrderByDescending(g => g.Clues).ThenByDescending(g => g.Cases).ThenBy(g => g.Group.Key, StringComparer.Ordinal)
            .Select(g => new ScenarioTally(g.Group, g.Clues, g.Cases)).ToList();

        // By region: full codes (one per county at most), rolled up to provinces or prefectures by the caller.
        var clueRegions = clueGroups.GroupBy(g => g.Region, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        var caseRegions = caseGroups.GroupBy(g => g.Region, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        var byRegion = clueRegions.Keys.Union(caseRegions.Keys).Order(StringComparer.Ordinal)
            .Select(code => new Tally(code, clueRegions.GetValueOrDefault(code), caseRegions.GetValueOrDefault(code))).ToList();

        var byMonth = Enumerable.Range(0, Months)
            .Select(i => new Tally(starts[i].ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), clueGroups.Where(g => g.Month == i).Sum(g => g.Count), caseGroups.Where(g => g.Month == i).Sum(g => g.Count))).ToList();

        return new ScopeFigures(byScenario, byRegion, byMonth);
    }

    // Groups of rows by source, model, region and the interval [bounds[i], bounds[i+1]) their instant falls in (-1:
    // none), counted in the database.
    private static List<Counted> Groups<TValue>(IQueryable<Row<TValue>> rows, IReadOnlyList<TValue> bounds)
    {
        var row = Expression.Parameter(typeof(Row<TValue>), "r");
        var at = Expression.Property(row, nameof(Row<TValue>.At));
        Expression Bound(int i) => Expression.Property(Expression.Constant(new Holder<TValue>(bounds[i])), nameof(Holder<TValue>.Value));

        // at >= bounds[n] ? -1 : at >= bounds[n-1] ? n-1 : … : at >= bounds[0] ? 0 : -1
        Expression index = Expression.Constant(-1);
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            index = Expression.Condition(Expression.GreaterThanOrEqual(at, Bound(i)), Expression.Constant(i), index);
        }

        index = Expression.Condition(Expression.GreaterThanOrEqual(at, Bound(bounds.Count - 1)), Expression.Constant(-1), index);
        var key = Expression.Lambda<Func<Row<TValue>, GroupKey>>(
            Expression.MemberInit(
                Expression.New(typeof(GroupKey)),
                Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Source))!, Expression.Property(row, nameof(Row<TValue>.Source))),
                Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Model))!, Expression.Property(row, nameof(Row<TValue>.Model))),
                Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Region))!, Expression.Property(row, nameof(Row<TValue>.Region))),
                Expression.Bind(typeof(GroupKey).GetProperty(nameof(GroupKey.Month))!, index)),
            row);
        return [.. rows.GroupBy(key).Select(g => new Counted { Source = g.Key.Source, Model = g.Key.Model, Region = g.Key.Region, Month = g.Key.Month, Count = g.Count() })];
    }

    // SQLite keeps instants as text ("2025-07-01 02:00:00+00:00") and EF Core does not translate comparisons of
    // DateTimeOffset there; SQLite's own strftime reads that text, offset included, and gives the month in China time.
    private static List<Counted> SqliteClueGroups(CasesDbContext db, string regionPrefix, List<DateOnly> starts)
    {
        var keys = starts.Take(starts.Count - 1).Select(d => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var end = regionPrefix + "~";
        var rows = db.Database.SqlQuery<MonthRow>($"""
            SELECT "Source", "Model", "Region", strftime('%Y-%m', "ReceivedAt", '+8 hours') AS "Month", COUNT(*) AS "Count"
            FROM "clues"
            WHERE "ProcuratorateRegion" >= {regionPrefix} AND "ProcuratorateRegion" < {end}
            GROUP BY 1, 2, 3, 4
            """).ToList();
        return [.. rows.Select(r => new Counted { Source = r.Source, Model = r.Model, Region = r.Region, Month = keys.IndexOf(r.Month ?? string.Empty), Count = r.Count })];
    }

    // What the groups are made of: a clue, or a case with its clue's source and model.
    private sealed class Row<TValue>
    {
        public required string Source { get; init; }

        public string? Model { get; init; }

        public required string Region { get; init; }

        public required TValue At { get; init; }
    }

    private sealed class GroupKey
    {
        public string Source { get; set; } = string.Empty;

        public string? Model { get; set; }

        public string Region { get; set; } = string.Empty;

        public int Month { get; set; }
    }

    private sealed class Counted
    {
        public string Source { get; set; } = string.Empty;

        public string? Model { get; set; }

        public string Region { get; set; } = string.Empty;

        public int Month { get; set; }

        public int Count { get; set; }
    }

    private sealed class MonthRow
    {
        public string Source { get; set; } = string.Empty;

        public string? Model { get; set; }

        public string Region { get; set; } = string.Empty;

        public string? Month { get; set; }

        public int Count { get; set; }
    }

    // The bounds go to the database as parameters (a member of a constant object), not as literals in the SQL text.
    private sealed record Holder<TValue>(TValue Value);
}
