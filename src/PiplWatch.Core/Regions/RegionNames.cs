namespace PiplWatch.Core.Regions;

/// <summary>Helpers for the names of divisions.</summary>
public static class RegionNames
{
    // Longest first so that 自治县 is removed before 县.
    private static readonly string[] Suffixes =
    [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "特区",
        "地区", "新区", "省", "市", "区", "县", "旗", "盟",
    ];

    // How an autonomous division writes its nationalities: 朝鲜族, or a name of two or more characters alone (蒙古, 锡伯).
    // A single character without 族 (水, 土, 白) is too common to take off a name. Longest first: 土家族 before 家族.
    private static readonly string[] NationalityForms =
    [
        .. EthnicGroups.Names.Select(n => n + "族")
            .Concat(EthnicGroups.Names.Where(n => n.Length >= 2))
            .OrderByDescending(n => n.Length),
    ];

    /// <summary>
    /// The name as it is usually written short: without its administrative suffix (徐水区 → 徐水) and, for an autonomous
    /// division, without its nationalities (延边朝鲜族自治州 → 延边, 东乡族自治县 → 东乡). Names that would become one
    /// character keep what they would lose.
    /// </summary>
    public static string WithoutSuffix(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                var stem = name[..^suffix.Length];
                return suffix.StartsWith("自治", StringComparison.Ordinal) ? WithoutNationalities(stem) : stem;
            }
        }

        return name;
    }

    private static string WithoutNationalities(string stem)
    {
        while (NationalityForms.FirstOrDefault(f => stem.EndsWith(f, StringComparison.Ordinal) && stem.Length - f.Length >= 2) is { } form)
        {
            stem = stem[..^form.Length];
        }

        // The place may be named after its people (东乡族自治县, 鄂温克族自治旗): it keeps the name and loses 族.
        return stem.EndsWith('族') && stem.Length >= 3 ? stem[..^1] : stem;
    }
}
