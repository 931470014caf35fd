namespace PiplWatch.Core.Regions;

/// <summary>Facts that follow from the shape of a code alone.</summary>
public static class RegionCodes
{
    private static readonly string[] PlaceholderNames =
    [
        "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位", "省直辖单位", RegionCatalog.UnnamedRegion,
    ];

    /// <summary>Whether <paramref name="code"/> is six ASCII digits.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit);

    /// <summary>The level a well-formed code denotes.</summary>
    public static RegionLevel LevelOf(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            return RegionLevel.Province;
        }

        return code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.Prefecture : RegionLevel.County;
    }

    /// <summary>Beijing, Tianjin, Shanghai and Chongqing have no prefecture level of their own.</summary>
    public static bool IsMunicipality(string code) =>
        code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("12", StringComparison.Ordinal)
        || code.StartsWith("31", StringComparison.Ordinal) || code.StartsWith("50", StringComparison.Ordinal);

    internal static bool IsPlaceholderName(string name) => PlaceholderNames.Contains(name, StringComparer.Ordinal);
}
