namespace PiplWatch.Core.Regions;

/// <summary>
/// A functional zone (国家级新区, 开发区) without a GB/T 2260 code of its own. Findings in the zone carry
/// <see cref="RegionCode"/>; <see cref="Counties"/> are the divisions it spans.
/// </summary>
public sealed record FunctionalZone(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string RegionCode,
    IReadOnlyList<string> Counties,
    string? Procuratorate,
    string? NoteZh);
