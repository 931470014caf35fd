namespace PiplWatch.Core.Regions;

/// <summary>Routing facts shared by procuratorates and agencies.</summary>
internal static class RegionRouting
{
    /// <summary>
    /// The current region that answers for <paramref name="region"/>: itself when current, else its first current
    /// successor (an ID number's retired code still routes somewhere), else its nearest current ancestor.
    /// </summary>
    public static Region CurrentFor(RegionCatalog regions, Region region, List<string> notes)
    {
        if (region.IsCurrent && !region.IsPlaceholder)
        {
            return region;
        }

        foreach (var code in region.Successors)
        {
            if (regions.Find(code) is { IsCurrent: true } successor)
            {
                notes.Add($"{region.Code} {region.Name} 已撤销，由 {successor.Code} {successor.Name} 承继 / retired, succeeded by {successor.Code}");
                return CurrentFor(regions, successor, notes);
            }
        }

        var parent = regions.Parent(region) ?? regions.Find(region.ProvinceCode);
        if (parent is not null && parent.Code != region.Code)
        {
            if (!region.IsPlaceholder)
            {
                notes.Add($"{region.Code} {region.Name} 已撤销，无单一承继区划，转至上级 / retired without a single successor, routed to {parent.Code}");
            }

            return CurrentFor(regions, parent, notes);
        }

        throw new KeyNotFoundException($"Region {region.Code} ({region.Name}) has no current region that answers for it.");
    }
}
