using PiplWatch.Core.Regions;

namespace PiplWatch.Core.Agencies;

/// <summary>
/// A regulatory sector with the duty to protect personal information in its field (PIPL art. 60), identified by
/// the sector ids of DESIGN.md (<c>housing</c>, <c>market-regulation</c> …).
/// </summary>
public sealed record Sector(
    string Id,
    string ShortNameZh,
    string NameZh,
    string NameEn,
    string DutyZh,
    string DutyEn,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<RegionLevel> Levels,
    IReadOnlyDictionary<string, string> NameTemplates,
    string? NoteEn);
