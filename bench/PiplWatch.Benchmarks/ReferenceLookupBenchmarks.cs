using BenchmarkDotNet.Attributes;
using PiplWatch.Core;
using PiplWatch.Core.Masking;

namespace PiplWatch.Benchmarks;

/// <summary>
/// Lookups every later feature makes per row or per finding: a region by code (ID numbers carry one), a name search,
/// the routing of a finding to its procuratorate and agency, and display masking of an ID number.
/// </summary>
[MemoryDiagnoser]
public class ReferenceLookupBenchmarks
{
    private readonly ReferenceData _reference = ReferenceData.Load(dataDirectory: null);

    [Benchmark]
    public object? FindRegionByCode() => _reference.Regions.Find("130609");

    [Benchmark]
    public object SearchRegionByName() => _reference.Regions.Search("保定市徐水区");

    [Benchmark]
    public object RouteToProcuratorate() => _reference.Procuratorates.For("130609");

    [Benchmark]
    public object RouteToAgency() => _reference.Agencies.For("housing", "130609");

    [Benchmark]
    public string MaskIdNumber() => DisplayMask.IdNumber("11010519491231002X");
}

/// <summary>Cold start: parsing the embedded vocabulary, paid once per process by every host.</summary>
[MemoryDiagnoser]
public class ReferenceLoadBenchmarks
{
    [Benchmark]
    public object LoadRegions() => PiplWatch.Core.Regions.RegionCatalog.LoadEmbedded();

    [Benchmark]
    public object LoadLegalCatalog() => PiplWatch.Core.Legal.LegalCatalog.LoadEmbedded();
}
