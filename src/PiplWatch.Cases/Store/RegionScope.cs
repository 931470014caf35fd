using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;

namespace PiplWatch.Cases.Store;

/// <summary>
/// Clues and cases of the procuratorates under a region-code prefix, as a range of codes (prefix ≤ code &lt; prefix~)
/// so that the (region, status) indexes serve the lists and counts instead of a scan with LIKE.
/// </summary>
// EF Core translates string.Compare(a, b) — not the ordinal overloads — into SQL's < and >=; region codes are ASCII
// digits, so the database's ordering and ordinal ordering agree.
#pragma warning disable CA1309
internal static class RegionScope
{
    public static IQueryable<Clue> Under(this IQueryable<Clue> clues, string prefix)
    {
        // A county's six digits are its whole code: equality lets the index deliver rows in id order.
        if (prefix.Length == 6)
        {
            return clues.Where(c => c.ProcuratorateRegion == prefix);
        }

        var end = prefix + "~";
        return clues.Where(c => c.ProcuratorateRegion != null && string.Compare(c.ProcuratorateRegion, prefix) >= 0 && string.Compare(c.ProcuratorateRegion, end) < 0);
    }

    public static IQueryable<CaseRecord> Under(this IQueryable<CaseRecord> cases, string prefix)
    {
        if (prefix.Length == 6)
        {
            return cases.Where(c => c.ProcuratorateRegion == prefix);
        }

        var end = prefix + "~";
        return cases.Where(c => c.ProcuratorateRegion != null && string.Compare(c.ProcuratorateRegion, prefix) >= 0 && string.Compare(c.ProcuratorateRegion, end) < 0);
    }
}
#pragma warning restore CA1309
