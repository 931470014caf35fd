using PiplWatch.Core.Regions;

namespace PiplWatch.Core.Jurisdiction;

/// <summary>
/// A people's procuratorate. <see cref="IsDerived"/> is true when the name was composed by rule
/// (保定市徐水区 + 人民检察院) rather than configured; <see cref="Basis"/> names the rule of jurisdiction applied.
/// </summary>
public sealed record Procuratorate(
    string Name,
    string RegionCode,
    RegionLevel Level,
    bool IsDerived,
    IReadOnlyList<string> Basis,
    string? Note);
