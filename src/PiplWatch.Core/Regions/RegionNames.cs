namespace PiplWatch.Core.Regions;

/// <summary>Helpers for the names of divisions.</summary>
public static class RegionNames
{
    // Longest first so that 自治县 is removed before 县.
    private static readonly string[] Suffixes =
    [
        "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区",
        "地区", "新区", "省", "市", "区", "县", "旗", "盟",
    ];

    /// <summary>The name without its administrative suffix (徐水区 → 徐水); names that would become one character keep it.</summary>
    public static string WithoutSuffix(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
