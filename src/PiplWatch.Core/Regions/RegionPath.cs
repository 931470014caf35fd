namespace PiplWatch.Core.Regions;

/// <summary>The province, prefecture and county a code lies in; levels the code does not have are null.</summary>
public sealed record RegionPath(Region? Province, Region? Prefecture, Region? County)
{
    /// <summary>Names from the top down, e.g. 河北省 / 保定市 / 徐水区.</summary>
    public override string ToString() =>
        string.Join(" / ", new[] { Province, Prefecture, County }.Where(r => r is not null).Select(r => r!.Name));
}
