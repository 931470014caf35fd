using PiplWatch.Core.Agencies;
using PiplWatch.Core.Hosting;
using PiplWatch.Core.Jurisdiction;
using PiplWatch.Core.Legal;
using PiplWatch.Core.Regions;
using PiplWatch.Core.Scenarios;

namespace PiplWatch.Core;

/// <summary>
/// The shared vocabulary, loaded once: regions and functional zones, the legal catalog, sectors and their agencies,
/// procuratorates, and the scenarios. Embedded data is parsed once per process; an administrator's files in the
/// data directory's <c>reference/</c> folder extend it.
/// </summary>
public sealed class ReferenceData
{
    private static readonly Lazy<RegionCatalog> EmbeddedRegions = new(RegionCatalog.LoadEmbedded);
    private static readonly Lazy<LegalCatalog> EmbeddedLegal = new(LegalCatalog.LoadEmbedded);
    private static readonly Lazy<SectorCatalog> EmbeddedSectors = new(SectorCatalog.LoadEmbedded);
    private static readonly Lazy<ScenarioCatalog> EmbeddedScenarios = new(ScenarioCatalog.LoadEmbedded);

    private ReferenceData(FunctionalZoneCatalog zones, NameOverrides officeNames)
    {
        Regions = EmbeddedRegions.Value;
        Legal = EmbeddedLegal.Value;
        Sectors = EmbeddedSectors.Value;
        Scenarios = EmbeddedScenarios.Value;
        Zones = zones;
        Procuratorates = new ProcuratorateDirectory(Regions, zones, officeNames);
        Agencies = new CompetentAgencyDirectory(Regions, Sectors, officeNames);
    }

    /// <summary>GB/T 2260 divisions, current and retired.</summary>
    public RegionCatalog Regions { get; }

    /// <summary>Functional zones without a code of their own.</summary>
    public FunctionalZoneCatalog Zones { get; }

    /// <summary>Laws, articles and violation codes.</summary>
    public LegalCatalog Legal { get; }

    /// <summary>The regulatory sectors.</summary>
    public SectorCatalog Sectors { get; }

    /// <summary>The scenarios the platform serves.</summary>
    public ScenarioCatalog Scenarios { get; }

    /// <summary>Procuratorates with jurisdiction.</summary>
    public ProcuratorateDirectory Procuratorates { get; }

    /// <summary>Competent agencies by sector and region.</summary>
    public CompetentAgencyDirectory Agencies { get; }

    /// <summary>
    /// Loads the vocabulary, with the administrator's files of <paramref name="dataDirectory"/> when given.
    /// </summary>
    /// <exception cref="ReferenceDataException">An administrator's file is malformed; the message names the file and entry.</exception>
    public static ReferenceData Load(string? dataDirectory)
    {
        var regions = EmbeddedRegions.Value;
        var zones = FunctionalZoneCatalog.Load(regions, dataDirectory is null ? null : DataDirectory.FunctionalZonesFile(dataDirectory));
        var names = NameOverrides.Load(dataDirectory is null ? null : DataDirectory.OfficeNamesFile(dataDirectory));
        return new ReferenceData(zones, names);
    }
}
