namespace PiplWatch.Core.Regions;

/// <summary>One GB/T 2260 administrative division, current or retired.</summary>
/// <param name="Code">Six-digit code.</param>
/// <param name="Name">Current name, or the last name it had if retired.</param>
/// <param name="Level">Province, prefecture or county, from the shape of the code.</param>
/// <param name="IsCurrent">Whether the code is in the current list; ID numbers keep retired codes, so both kinds resolve.</param>
/// <param name="Successors">For a retired code, the codes that replaced it (may be empty).</param>
/// <param name="History">Names the code carried in the 1980–2020 lists, oldest first.</param>
public sealed record Region(
    string Code,
    string Name,
    RegionLevel Level,
    bool IsCurrent,
    IReadOnlyList<string> Successors,
    IReadOnlyList<RegionNameSpan> History)
{
    /// <summary>Code of the province this region belongs to (xx0000).</summary>
    public string ProvinceCode => string.Concat(Code.AsSpan(0, 2), "0000");

    /// <summary>Code of the prefecture-level slot this region belongs to (xxxx00); may not be a real prefecture.</summary>
    public string PrefectureCode => string.Concat(Code.AsSpan(0, 4), "00");

    /// <summary>Placeholder entries of the standard such as 市辖区 or 省直辖县级行政区划 that name no place of their own.</summary>
    public bool IsPlaceholder => RegionCodes.IsPlaceholderName(Name);

    /// <summary>Codes 81xxxx/82xxxx below the SAR level are a data maintainer's convention, not GB/T 2260 codes.</summary>
    public bool IsOfficialCode => !(Code.StartsWith("81", StringComparison.Ordinal) || Code.StartsWith("82", StringComparison.Ordinal)) || Code.EndsWith("0000", StringComparison.Ordinal);
}
