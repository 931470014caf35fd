using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.ReservationAbuse;
using PiplWatch.Core.Findings;

namespace PiplWatch.Analytics.Tests.Models;

/// <summary>The N6 demo export, imported once and run once for all tests of the class (it has 241,012 rows).</summary>
public sealed class N6Fixture : IDisposable
{
    private readonly ImportWorkspace _test = new();

    public N6Fixture()
    {
        var export = _test.Combine("jdz-2025h1.csv");
        Rows = new ReservationDemoGenerator().WriteCsv(export);
        Import = _test.Importer.Import(new ImportRequest { File = export, Name = "jdz-2025h1", Role = "reservations", User = "test" });
        Report = new ModelRunner().Run(new ReservationAbuseModel(), [_test.Workspace.InputOf("jdz-2025h1")], new Dictionary<string, string>(), "360200");
    }

    public long Rows { get; }

    public ImportReport Import { get; }

    public FindingsReport Report { get; }

    public void Dispose() => _test.Dispose();
}

public sealed class ReservationAbuseModelTests(N6Fixture n6) : IClassFixture<N6Fixture>
{
    [Fact]
    public void Import_DemoExport_MapsWithoutHelpAndSkipsNothing()
    {
        Assert.True(n6.Import.MappingSuggested);
        Assert.Equal(n6.Rows, n6.Import.Rows);
        Assert.Equal(0, n6.Import.SkippedRows);
        Assert.Empty(n6.Import.UnknownValues);
    }

    [Fact]
    public void Run_DemoExport_ReproducesTheSeedFiguresExactly()
    {
        var summary = n6.Report.Summary;

        Assert.Equal(207_012, summary["records"]!.GetValue<long>());
        Assert.Equal(96_840, summary["repeat_records"]!.GetValue<long>());
        Assert.Equal(0.4678, summary["repeat_share"]!.GetValue<double>());
        Assert.Equal(556, summary["identities_over_threshold"]!.GetValue<long>());
        Assert.Equal(128, summary["max_entries_per_identity"]!.GetValue<long>());
        Assert.Equal(125_859, summary["distinct_identities"]!.GetValue<long>());
        Assert.Equal(81_153, summary["excess_records"]!.GetValue<long>());
    }

    [Fact]
    public void Run_DemoExport_FindsEveryKindWithLegalBasisAndMaskedEvidence()
    {
        var findings = n6.Report.Findings;

        // 556 identities are over the threshold; the 20 tour guides among them are not reported as abuse.
        Assert.Equal(556 - ReservationDemoGenerator.Guides, findings.Count(f => f.Kind == "identity_overuse"));
        Assert.Equal(ReservationDemoGenerator.Guides, n6.Report.Summary["guides_excluded"]!.GetValue<long>());
        Assert.Contains(findings, f => f.Kind == "ip_cluster" && f.Subject == "192.0.2.77");
        Assert.Contains(findings, f => f.Kind == "cancel_rebook" && f.Subject.StartsWith("acct-churn-", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == "agency_identity_reuse");
        Assert.Contains(findings, f => f.Kind == "identity_multi_agency");
        Assert.Empty(FindingsReportValidator.Validate(n6.Report, ImportWorkspace.Reference.Legal, ImportWorkspace.Reference.Sectors));
        var top = findings.Where(f => f.Kind == "identity_overuse").OrderByDescending(f => f.Score).First();
        Assert.Matches(@"^\d{6}\*{8}[\dX]{4}$", top.Subject);
        Assert.Contains("culture-tourism", top.Sectors);
        Assert.Equal("360200", top.Region);
        Assert.Single(n6.Report.Inputs);
    }
}
