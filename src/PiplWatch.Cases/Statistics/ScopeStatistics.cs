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
/// Figures over the clues and cases of the procuratorates under a region-code prefix, each counted with one GROUP BY
/// in the database (no rows are loaded): by scenario, by region, by month.
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

        // By scenario: what found the clue (source, model), named through the scenario catalog afterwards.
        var clueOrigins = clues.GroupBy(c => new { c.Source, c.Model }).Select(g => new { g.Key.Source, g.Key.Model, Count = g.Count() }).ToList();
        var caseOrigins = cases.Join(db.Clues, k => k.ClueId, c => c.Id, (k, c) => new { c.Source, c.Model })
            .GroupBy(x => new { x.Source, x.Model }).Select(g => new { g.Key.Source, g.Key.Model, Count = g.Count() }).ToList();
        var groups = new Dictionary<string, (ScenarioGroup Group, int Clues, int Cases)>(StringComparer.Ordinal);
        foreach (var (source, model, clueCount, caseCount) in clueOrigins.Select(o => (o.Source, o.Model, o.Count, 0)).Concat(caseOrigins.Select(o => (o.Source, o.Model, 0, o.Count))))
        {
            var group = ScenarioGroup.Of(source, model, reference.Scenarios);
            var sum = groups.GetValueOrDefault(group.Key, (Group: group, Clues: 0, Cases: 0));
            groups[group.Key] = (group, sum.Clues + clueCount, sum.Cases + caseCount);
        }

        var byScenario = groups.Values.OrderByDescending(g => g.Clues).ThenByDescending(g => g.Cases).ThenBy(g => g.Group.Key, StringComparer.Ordinal)
            .Select(g => new ScenarioTally(g.Group, g.Clues, g.Cases)).ToList();

        // By region: a few thousand codes at most (one per county), rolled up to provinces or prefectures by the caller.
        var clueRegions = clues.GroupBy(c => c.Region).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(x => x.Key, x => x.Count, StringComparer.Ordinal);
        var caseRegions = cases.GroupBy(c => c.Region).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(x => x.Key, x => x.Count, StringComparer.Ordinal);
        var byRegion = clueRegions.Keys.Union(caseRegions.Keys).Order(StringComparer.Ordinal)
            .Select(code => new Tally(code, clueRegions.GetValueOrDefault(code), caseRegions.GetValueOrDefault(code))).ToList();

        // By month: the month is a CASE over the twelve month starts, so the database groups without date functions
        // (which SQLite and PostgreSQL spell differently).
        var now = _time.GetUtcNow().ToOffset(ChinaTime);
        var first = new DateOnly(now.Year, now.Month, 1).AddMonths(1 - Months);
        var starts = Enumerable.Range(0, Months + 1).Select(first.AddMonths).ToList();
        var instants = starts.Select(d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), ChinaTime)).ToList();
        var clueMonths = store.Provider == StoreProvider.Sqlite ? SqliteClueMonths(db, regionPrefix, starts) : Count(clues, c => c.ReceivedAt, instants);
        var caseMonths = Count(cases, c => c.OpenedOn, starts);
        var byMonth = Enumerable.Range(0, Months)
            .Select(i => new Tally(starts[i].ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), clueMonths.GetValueOrDefault(i), caseMonths.GetValueOrDefault(i))).ToList();

        return new ScopeFigures(byScenario, byRegion, byMonth);
    }

    // Counts of rows per interval [bounds[i], bounds[i+1]); rows outside all intervals are not counted.
    private static Dictionary<int, int> Count<T, TValue>(IQueryable<T> rows, Expression<Func<T, TValue>> when, IReadOnlyList<TValue> bounds)
    {
        var at = when.Body;
        Expression Bound(int i) => Expression.Property(Expression.Constant(new Holder<TValue>(bounds[i])), nameof(Holder<TValue>.Value));

        // when >= bounds[n-2] ? n-2 : when >= bounds[n-3] ? n-3 : … : when >= bounds[0] ? 0 : -1
        Expression index = Expression.Constant(-1);
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            index = Expression.Condition(Expression.GreaterThanOrEqual(at, Bound(i)), Expression.Constant(i), index);
        }

        var inRange = Expression.Lambda<Func<T, bool>>(Expression.AndAlso(Expression.GreaterThanOrEqual(at, Bound(0)), Expression.LessThan(at, Bound(bounds.Count - 1))), when.Parameters);
        var bucket = Expression.Lambda<Func<T, int>>(index, when.Parameters);
        return rows.Where(inRange).GroupBy(bucket).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(x => x.Key, x => x.Count);
    }

    // SQLite keeps instants as text ("2025-07-01 02:00:00+00:00") and EF Core does not translate comparisons of
    // DateTimeOffset there; SQLite's own strftime reads that text, offset included, and gives the month in China time.
    private static Dictionary<int, int> SqliteClueMonths(CasesDbContext db, string regionPrefix, List<DateOnly> starts)
    {
        var keys = starts.Take(starts.Count - 1).Select(d => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var (first, last, end) = (keys[0], keys[^1], regionPrefix + "~");
        var rows = db.Database.SqlQuery<MonthRow>($"""
            SELECT strftime('%Y-%m', "ReceivedAt", '+8 hours') AS "Month", COUNT(*) AS "Count"
            FROM "clues"
            WHERE "ProcuratorateRegion" >= {regionPrefix} AND "ProcuratorateRegion" < {end}
              AND strftime('%Y-%m', "ReceivedAt", '+8 hours') BETWEEN {first} AND {last}
            GROUP BY 1
            """).ToList();
        return rows.ToDictionary(r => keys.IndexOf(r.Month), r => r.Count);
    }

    private sealed class MonthRow
    {
        public string Month { get; set; } = string.Empty;

        public int Count { get; set; }
    }

    // The bounds go to the database as parameters (a member of a constant object), not as literals in the SQL text.
    private sealed record Holder<TValue>(TValue Value);
}
