using PiplWatch.Core.Regions;

namespace PiplWatch.Core.Agencies;

/// <summary>
/// The agency of a sector at a region: the addressee of a procuratorial recommendation.
/// <see cref="IsDerived"/> is true when the name was composed by rule rather than configured.
/// </summary>
public sealed record CompetentAgency(
    string SectorId,
    string Name,
    string RegionCode,
    RegionLevel Level,
    bool IsDerived,
    IReadOnlyList<string> LegalBasis,
    string? Note);
