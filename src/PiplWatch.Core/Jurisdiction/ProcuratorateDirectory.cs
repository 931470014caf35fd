using PiplWatch.Core.Regions;

namespace PiplWatch.Core.Jurisdiction;

/// <summary>
/// Finds the procuratorate with jurisdiction. Administrative PIL is opened by the procuratorate at the same level
/// as the agency (办案规则 art. 13); civil PIL by the basic-level procuratorate of the place (art. 14). Names are
/// composed by rule and marked derived unless configured under the <c>procuratorate</c> scope of the office-names file.
/// </summary>
public sealed class ProcuratorateDirectory
{
    /// <summary>Scope of procuratorate names in the office-names file.</summary>
    public const string OverrideScope = "procuratorate";

    private readonly RegionCatalog _regions;
    private readonly FunctionalZoneCatalog _zones;
    private readonly NameOverrides _overrides;

    /// <summary>Creates the directory over the region catalogs and the configured names.</summary>
    public ProcuratorateDirectory(RegionCatalog regions, FunctionalZoneCatalog zones, NameOverrides overrides)
    {
        _regions = regions;
        _zones = zones;
        _overrides = overrides;
    }

    /// <summary>The procuratorate at the level of <paramref name="regionCode"/> itself (county code → basic level, and so on).</summary>
    public Procuratorate For(string regionCode) => Build(_regions.Get(regionCode), [], []);

    /// <summary>
    /// The procuratorate a clue or case is moved to from the one of <paramref name="fromRegion"/>: the level above when
    /// <paramref name="to"/> is <c>up</c> (提级管辖), else the procuratorate of the region code <paramref name="to"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown region code, or no level above.</exception>
    public Procuratorate Receiving(string fromRegion, string to)
    {
        if (to == "up")
        {
            return _regions.Parent(_regions.Get(fromRegion)) is { } parent
                ? For(parent.Code)
                : throw new ArgumentException($"the procuratorate of {fromRegion} has no level above it", nameof(to));
        }

        return _regions.Find(to) is not null ? For(to) : throw new ArgumentException($"'{to}' is not a GB/T 2260 region code", nameof(to));
    }

    /// <summary>
    /// Administrative PIL: the procuratorate at the level of the agency whose failure is at issue, given the
    /// region code of that agency (a county bureau → the county procuratorate; a city bureau → the city's).
    /// </summary>
    public Procuratorate ForAdministrativeCase(string agencyRegionCode) =>
        Build(_regions.Get(agencyRegionCode), ["PIL-RULES-13"], []);

    /// <summary>
    /// Civil PIL: the basic-level procuratorate where the act or the damage occurred or the wrongdoer is domiciled.
    /// A prefecture or province code cannot name a basic-level office; the city or province answers, with a note.
    /// </summary>
    public Procuratorate ForCivilCase(string placeCode)
    {
        var region = _regions.Get(placeCode);
        var notes = new List<string>();
        if (region.Level != RegionLevel.County)
        {
            notes.Add("民事公益诉讼由基层院立案，需确定行为地、损害地或住所地所在区县 / civil PIL is opened at basic level: give the county of the act, damage or domicile");
        }

        return Build(region, ["PIL-RULES-14"], notes);
    }

    /// <summary>The procuratorate at <paramref name="level"/> above (or at) <paramref name="regionCode"/> — for hand-over upward.</summary>
    public Procuratorate AtLevel(string regionCode, RegionLevel level)
    {
        var region = _regions.Get(regionCode);
        var notes = new List<string>();
        region = RegionRouting.CurrentFor(_regions, region, notes);
        // Province(0) < Prefecture(1) < County(2): climbing means a smaller level value.
        while (region.Level > level && _regions.Parent(region) is { } parent)
        {
            region = parent;
        }

        return Build(region, [], notes);
    }

    /// <summary>The procuratorate for a functional zone: configured in the zone file, else the one of its region code.</summary>
    public Procuratorate ForZone(FunctionalZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.Procuratorate is { Length: > 0 } name)
        {
            var region = _regions.Get(zone.RegionCode);
            return new Procuratorate(name, region.Code, region.Level, IsDerived: false, [], zone.NoteZh);
        }

        return For(zone.RegionCode);
    }

    /// <summary>Zones the directory knows, for callers that search by name.</summary>
    public FunctionalZoneCatalog Zones => _zones;

    private Procuratorate Build(Region requested, IReadOnlyList<string> basis, List<string> notes)
    {
        var region = RegionRouting.CurrentFor(_regions, requested, notes);
        var note = notes.Count == 0 ? null : string.Join("；", notes);
        if (_overrides.TryGet(OverrideScope, region.Code, out var configured))
        {
            return new Procuratorate(configured, region.Code, region.Level, IsDerived: false, basis, note);
        }

        if (region.Level == RegionLevel.Prefecture && RegionCodes.IsMunicipality(region.Code))
        {
            // Municipalities have no prefecture level; their branch procuratorates (分院) must be configured.
            region = _regions.Get(region.ProvinceCode);
            note = string.Join("；", notes.Append("直辖市分院对应中级法院，请在配置中指定分院 / configure the municipality's branch procuratorate"));
        }

        return new Procuratorate(_regions.QualifiedName(region) + "人民检察院", region.Code, region.Level, IsDerived: true, basis, note);
    }
}
