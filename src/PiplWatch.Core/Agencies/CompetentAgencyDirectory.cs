using PiplWatch.Core.Regions;

namespace PiplWatch.Core.Agencies;

/// <summary>
/// Names the agency of a sector at a region. Names are composed from the sector's templates and marked derived,
/// unless an administrator configured the real name (<c><c>&lt;data&gt;/reference/agency-names.json</c>lt;data<c>&lt;data&gt;/reference/agency-names.json</c>gt;/reference/office-names.json</c>).
/// </summary>
public sealed class CompetentAgencyDirectory
{
    private readonly RegionCatalog _regions;
    private readonly SectorCatalog _sectors;
    private readonly NameOverrides _overrides;

    /// <summary>Creates the directory over the catalogs and the configured names (sector id → region code → name).</summary>
    public CompetentAgencyDirectory(RegionCatalog regions, SectorCatalog sectors, NameOverrides overrides)
    {
        _regions = regions;
        _sectors = sectors;
        _overrides = overrides;
    }

    /// <summary>
    /// The agency of <paramref name="sectorIdOrShortName"/> competent for <paramref name="regionCode"/>. Where the
    /// sector has no agency at the region's level (postal at county level), the nearest level above answers and
    /// the note says so. A retired code is answered by its successor.
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown sector or region; the message names which.</exception>
    public CompetentAgency For(string sectorIdOrShortName, string regionCode)
    {
        var sector = _sectors.Find(sectorIdOrShortName)
            ?? throw new KeyNotFoundException($"Unknown sector '{sectorIdOrShortName}'. Known: {string.Join(", ", _sectors.All.Select(s => $"{s.Id} ({s.ShortNameZh})"))}.");
        var requested = _regions.Get(regionCode);
        var notes = new List<string>();
        var region = RegionRouting.CurrentFor(_regions, requested, notes);

        while (!sector.Levels.Contains(region.Level) && _regions.Parent(region) is { } parent)
        {
            notes.Add($"{sector.ShortNameZh}在{LevelNames.Zh(region.Level)}未设机构，由上级承担 / no {sector.Id} agency at {region.Level.ToString().ToLowerInvariant()} level");
            region = parent;
        }

        if (_overrides.TryGet(sector.Id, region.Code, out var configured))
        {
            return new CompetentAgency(sector.Id, configured, region.Code, region.Level, IsDerived: false, sector.LegalBasis, Join(notes));
        }

        var name = Compose(sector, region);
        return new CompetentAgency(sector.Id, name, region.Code, region.Level, IsDerived: true, sector.LegalBasis, Join(notes));
    }

    private string Compose(Sector sector, Region region)
    {
        var path = _regions.PathOf(region);
        var municipality = RegionCodes.IsMunicipality(region.Code);
        var isDistrict = region.Level == RegionLevel.County && region.Name.EndsWith('区');
        string[] keys = (region.Level, municipality) switch
        {
            (RegionLevel.Province, true) => ["municipality", "province"],
            (RegionLevel.Province, false) => ["province"],
            (RegionLevel.Prefecture, _) => ["prefecture"],
            (RegionLevel.County, true) => ["municipality_county", "county"],
            (RegionLevel.County, false) when isDistrict && path.Prefecture is not null => ["county_district", "county"],
            _ => ["county"],
        };
        var template = keys.Select(k => sector.NameTemplates.GetValueOrDefault(k)).FirstOrDefault(t => t is not null)
            ?? throw new ReferenceDataException("sectors.json", $"sector {sector.Id} has no name template for {region.Level}");
        return template
            .Replace("{region}", _regions.QualifiedName(region), StringComparison.Ordinal)
            .Replace("{province}", path.Province?.Name ?? string.Empty, StringComparison.Ordinal)
            .Replace("{prefecture}", path.Prefecture?.Name ?? string.Empty, StringComparison.Ordinal)
            .Replace("{county}", path.County?.Name ?? string.Empty, StringComparison.Ordinal);
    }

    private static string? Join(List<string> notes) => notes.Count == 0 ? null : string.Join("；", notes);
}
