using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Store;

namespace PiplWatch.Cases.Statistics;

/// <summary>
/// The clues behind a division of the dashboard's map: those of the procuratorates under a scope prefix whose own
/// region code (where it happened) starts with a division's prefix, newest first, filtered and paged in the database.
/// </summary>
public sealed class DivisionClues(CaseStore store)
{
    /// <summary>One page of the clues under <paramref name="scopePrefix"/> that happened in <paramref name="division"/>.</summary>
    public IReadOnlyList<ClueRow> Page(string scopePrefix, string division, string? status, string? source, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        using var db = store.CreateContext();
        return [.. Filter(db, scopePrefix, division, status, source).OrderByDescending(c => c.Id).Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)
            .Select(c => new ClueRow(c.Id, c.Status, c.Source, c.Subject, c.Title, c.Procuratorate, c.Findings.Count, c.Score, c.ItemsSensitive, c.ItemsImportant, c.ItemsOther, c.IllegalGains, c.Insider))];
    }

    /// <summary>How many clues <see cref="Page"/> pages through.</summary>
    public int Count(string scopePrefix, string division, string? status, string? source)
    {
        using var db = store.CreateContext();
        return Filter(db, scopePrefix, division, status, source).Count();
    }

    /// <summary>
    /// Whether <paramref name="division"/> is a division prefix (2, 4 or 6 digits) that a user of
    /// <paramref name="scopePrefix"/> may filter by: inside the scope or containing it (a county's user may click its
    /// city on the map: the list still holds only the county's clues).
    /// </summary>
    public static bool Allowed(string scopePrefix, string division)
    {
        ArgumentNullException.ThrowIfNull(scopePrefix);
        ArgumentNullException.ThrowIfNull(division);
        return division.Length is 2 or 4 or 6 && division.All(char.IsAsciiDigit)
            && (division.StartsWith(scopePrefix, StringComparison.Ordinal) || scopePrefix.StartsWith(division, StringComparison.Ordinal));
    }

    // A range of codes (division ≤ region < division~), as RegionScope does for the procuratorate's code.
#pragma warning disable CA1309
    private static IQueryable<Clue> Filter(CasesDbContext db, string scopePrefix, string division, string? status, string? source)
    {
        if (!Allowed(scopePrefix, division))
        {
            throw new ArgumentException($"region '{division}' is not a division prefix within the scope {scopePrefix}", nameof(division));
        }

        var end = division + "~";
        var query = db.Clues.AsNoTracking().Under(scopePrefix).Where(c => string.Compare(c.Region, division) >= 0 && string.Compare(c.Region, end) < 0);
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrEmpty(source))
        {
            query = query.Where(c => c.Source == source);
        }

        return query;
    }
#pragma warning restore CA1309
}
