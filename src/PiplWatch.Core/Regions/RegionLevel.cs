namespace PiplWatch.Core.Regions;

/// <summary>The three levels of GB/T 2260 codes: 省级 (xx0000), 地级 (xxxx00) and 县级 (xxxxxx).</summary>
public enum RegionLevel
{
    /// <summary>省、自治区、直辖市、特别行政区.</summary>
    Province,

    /// <summary>地级市、地区、自治州、盟.</summary>
    Prefecture,

    /// <summary>市辖区、县、县级市、旗.</summary>
    County,
}
