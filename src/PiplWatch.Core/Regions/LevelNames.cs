namespace PiplWatch.Core.Regions;

/// <summary>Chinese names of the levels, for notes shown to users.</summary>
public static class LevelNames
{
    /// <summary>省级, 市级 or 县级.</summary>
    public static string Zh(RegionLevel level) => level switch
    {
        RegionLevel.Province => "省级",
        RegionLevel.Prefecture => "市级",
        RegionLevel.County => "县级",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
