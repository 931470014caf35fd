using System.Text;
using PiplWatch.Analytics.Datasets;

namespace PiplWatch.Analytics.Tests.Datasets;

public sealed class DatasetImporterTests : IDisposable
{
    private readonly ImportWorkspace _test = new();

    public void Dispose() => _test.Dispose();

    private static long Count(string parquet, string where = "true") => ImportWorkspace.Scalar<long>(parquet, $"SELECT count(*) FROM t WHERE {where}");

    [Fact]
    public void Import_GbkCsvWithoutMapping_AppliesConfidentSuggestionAndWritesParquet()
    {
        // Arrange
        var file = _test.Combine("export.csv");
        new ReservationExportBuilder().WithVisits(300).WithVisits(20, channel: "散客", status: "已取消").WriteCsv(file, Encoding.GetEncoding("GBK"));

        // Act
        var report = _test.Importer.Import(new ImportRequest { File = file, Name = "jdz-2025h1", Role = "reservations", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        Assert.True(report.MappingSuggested);
        Assert.Equal(320, report.Rows);
        Assert.Equal("证件号码", report.Mapping.Columns["id_number"]);
        var entry = _test.Workspace.Find("jdz-2025h1")!;
        var parquet = _test.Workspace.PathOf(entry);
        Assert.Equal(300, Count(parquet, "channel = 'team' AND status = 'entered'"));
        Assert.Equal(20, Count(parquet, "channel = 'individual' AND status = 'cancelled'"));
        Assert.Equal(64, entry.SourceSha256.Length);
        Assert.Contains(entry.PiiColumns, c => c.Header == "证件号码" && c.Type == "ID_CARD");
        var idProfile = entry.Profile.Single(p => p.Column == "id_number");
        Assert.All(idProfile.TopValues, v => Assert.Contains("********", v.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_BadRowsUnderThreshold_AreSkippedAndListed()
    {
        var file = _test.Combine("export.csv");
        new ReservationExportBuilder().WithVisits(500)
            .WithRow("YYX1", "游客", "", "团队", "某社", "2025/3/1", "已核销")
            .WithRow("YYX2", "游客", ReservationExportBuilder.Id(1), "团队", "某社", "下周一", "已核销")
            .WriteCsv(file);

        var report = _test.Importer.Import(new ImportRequest { File = file, Name = "with-bad", Role = "reservations", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(500, report.Rows);
        Assert.Equal(2, report.SkippedRows);
        Assert.Contains(report.Skipped, s => s.Line == 502 && s.Column == "证件号码" && s.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Line == 503 && s.Column == "参观日期" && s.Reason.Contains("下周一", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TooManyBadRows_FailsAndLeavesNothing()
    {
        var file = _test.Combine("export.csv");
        var builder = new ReservationExportBuilder().WithVisits(50);
        for (var i = 0; i < 5; i++)
        {
            builder.WithRow("YYB" + i, "游客", ReservationExportBuilder.Id(i), "团队", "某社", "不是日期", "已核销");
        }

        builder.WriteCsv(file);

        var error = Assert.Throws<InvalidDataException>(() => _test.Importer.Import(new ImportRequest { File = file, Name = "bad", Role = "reservations", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("5 of 55 rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("check the mapping", error.Message, StringComparison.Ordinal);
        Assert.Null(_test.Workspace.Find("bad"));
        Assert.Empty(Directory.GetFiles(_test.Workspace.DatasetsFolder));
        Assert.Empty(Directory.GetFiles(_test.Workspace.TempFolder));
    }

    [Fact]
    public void Import_UnmappableRequiredRole_FailsListingIt()
    {
        var file = _test.Combine("odd.csv");
        File.WriteAllText(file, "编号,日期\n1,2025-03-01\n");

        var error = Assert.Throws<InvalidDataException>(() => _test.Importer.Import(new ImportRequest { File = file, Name = "odd", Role = "reservations", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("id_number", error.Message, StringComparison.Ordinal);
        Assert.Contains("--suggest-mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithMapping_UsesItsHeadersAndValueMapsAndCountsUnknowns()
    {
        var file = _test.Combine("other.csv");
        File.WriteAllText(file, $"单号,身份证件,游玩日,渠道类型\nA1,{ReservationExportBuilder.Id(3)},2025年3月1日,TEAM-A\nA2,E12345678,20250302,INDIV\nA3,{ReservationExportBuilder.Id(4)},2025/3/3,VIP\n");
        var mapping = DatasetMapping.Parse("""
            {"reservations": {"columns": {"record_id": "单号", "id_number": "身份证件", "visit_date": "游玩日", "channel": "渠道类型"},
                              "values": {"channel": {"TEAM-A": "team", "INDIV": "individual"}}}}
            """, "map.json");

        var report = _test.Importer.Import(new ImportRequest { File = file, Name = "mapped", Mappings = mapping, User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(report.MappingSuggested);
        Assert.Equal(3, report.Rows);
        Assert.Equal(1, report.UnknownValues["channel"]);
        Assert.Equal(1, report.NonResidentIdentities);
        Assert.Equal(1, Count(_test.Parquet("mapped"), "channel = 'unknown'"));
    }

    [Fact]
    public void Import_ExistingName_IsRefused()
    {
        var file = _test.Combine("export.csv");
        new ReservationExportBuilder().WithVisits(10).WriteCsv(file);
        _test.Importer.Import(new ImportRequest { File = file, Name = "twice", Role = "reservations", User = "a" }, cancellationToken: TestContext.Current.CancellationToken);

        var error = Assert.Throws<InvalidDataException>(() => _test.Importer.Import(new ImportRequest { File = file, Name = "twice", Role = "reservations", User = "a" }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_SerializeThenParse_RoundTrips()
    {
        var file = _test.Combine("export.csv");
        new ReservationExportBuilder().WithVisits(30).WriteCsv(file);
        var suggestion = _test.Importer.Suggest(file, "reservations");

        var json = DatasetMapping.Serialize([suggestion.Mapping]);
        var back = DatasetMapping.Parse(json, "suggested.json").Single();

        Assert.Equal(suggestion.Mapping.Columns, back.Columns);
        Assert.Equal("team", back.Values["channel"]["团队预约"]!.GetValue<string>());
        Assert.True(suggestion.IsConfident);
    }

    [Fact]
    public void Import_ParquetExport_IsReadLikeAnyOther()
    {
        var csv = _test.Combine("export.csv");
        new ReservationExportBuilder().WithVisits(40).WriteCsv(csv);
        _test.Importer.Import(new ImportRequest { File = csv, Name = "from-csv", Role = "reservations", User = "a" }, cancellationToken: TestContext.Current.CancellationToken);
        var parquet = _test.Combine("copy.parquet");
        File.Copy(_test.Parquet("from-csv"), parquet);

        var report = _test.Importer.Import(new ImportRequest { File = parquet, Name = "from-parquet", Role = "reservations", User = "a" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(40, report.Rows);
        Assert.Equal("id_number", report.Mapping.Columns["id_number"]);
    }

    [Fact]
    public void Import_LargeExport_ReportsRowsAndShareRead()
    {
        var file = _test.Combine("large.csv");
        new ReservationExportBuilder().WithVisits(120_000).WriteCsv(file);
        var reports = new List<ImportProgress>();

        _test.Importer.Import(new ImportRequest { File = file, Name = "large", Role = "reservations", User = "a" }, new Recorder(reports), TestContext.Current.CancellationToken);

        Assert.Equal([50_000L, 100_000L], reports.Select(r => r.Rows));
        Assert.All(reports, r => Assert.InRange(r.Fraction!.Value, 0.05, 1.0));
        Assert.True(reports[1].Fraction > reports[0].Fraction);
    }

    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
