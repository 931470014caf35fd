using PiplWatch.Core;
using PiplWatch.Core.Jurisdiction;
using PiplWatch.Core.Regions;

namespace PiplWatch.Cli.Regions;

/// <summary>What <c>regions lookup</c> shows, in the shape its JSON takes.</summary>
internal sealed record RegionView(
    string Code,
    string Name,
    RegionLevel Level,
    bool IsCurrent,
    string Path,
    RegionRef? Parent,
    IReadOnlyList<RegionRef> Successors,
    IReadOnlyList<RegionNameSpan> History,
    IReadOnlyList<RegionRef> Children,
    Procuratorate Procuratorate)
{
    public static RegionView From(ReferenceData reference, Region region)
    {
        var regions = reference.Regions;
        return new RegionView(
            region.Code,
            region.Name,
            region.Level,
            region.IsCurrent,
            regions.PathOf(region).ToString(),
            regions.Parent(region) is { } parent ? RegionRef.Of(parent) : null,
            region.Successors.Select(regions.Find).OfType<Region>().Select(RegionRef.Of).ToList(),
            region.History,
            region.Level == RegionLevel.County ? [] : regions.Children(region).Select(RegionRef.Of).ToList(),
            reference.Procuratorates.For(region.Code));
    }
}

/// <summary>A code and its name.</summary>
internal sealed record RegionRef(string Code, string Name)
{
    public static RegionRef Of(Region region) => new(region.Code, region.Name);
}
