using System.Globalization;
using System.Text.Json.Nodes;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Cli.Tests;

public sealed class ImportCommandTests : CliTestBase
{
    private string Export()
    {
        var path = Path.Combine(Cli.DataDirectory, "bookings.csv");
        var lines = new List<string> { "预约号,证件号码,参观日期,预约渠道,预约状态" };
        for (var i = 0; i < 120; i++)
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"36020219850{(i % 9) + 1}1{i % 10}{i % 1000:000}");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"YY{i:0000},{first17}{IdNumber.CheckChar(first17)},2025-0{(i % 6) + 1}-15,团队预约,已核销"));
        }

        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task SuggestMapping_PrintsAMappingThatImportAccepts()
    {
        var export = Export();

        var suggested = await Cli.RunAsync("import", export, "--role", "reservations", "--suggest-mapping");
        var mappingFile = Path.Combine(Cli.DataDirectory, "mapping.json");
        File.WriteAllText(mappingFile, suggested.Output);
        var imported = await Cli.RunAsync("import", export, "--as", "bookings", "--mapping", mappingFile, "--json");

        Assert.Equal(0, suggested.ExitCode);
        Assert.Equal("证件号码", JsonNode.Parse(suggested.Output)!["reservations"]!["columns"]!["id_number"]!.GetValue<string>());
        Assert.Contains("id_number ← 证件号码", suggested.Error, StringComparison.Ordinal);
        Assert.Equal(0, imported.ExitCode);
        var report = JsonNode.Parse(imported.Output)!;
        Assert.Equal(120, report["rows"]!.GetValue<long>());
        Assert.False(report["mapping_suggested"]!.GetValue<bool>());
        Assert.True(File.Exists(Path.Combine(Cli.DataDirectory, "workspace", "datasets", "bookings.parquet")));
    }

    [Fact]
    public async Task Import_WithoutMapping_SaysWhatItApplied()
    {
        var result = await Cli.RunAsync("import", Export(), "--as", "auto", "--role", "reservations");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("imported 120 rows as 'auto'", result.Output, StringComparison.Ordinal);
        Assert.Contains("applied the suggested mapping", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnmappableExport_FailsNamingTheRoles()
    {
        var path = Path.Combine(Cli.DataDirectory, "odd.csv");
        File.WriteAllText(path, "a,b\n1,2\n");

        var result = await Cli.RunAsync("import", path, "--as", "odd", "--role", "reservations");

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
        Assert.Contains("id_number", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--role", "nonsense", "--as", "x")]
    [InlineData("--role", "reservations")]
    [InlineData("--suggest-mapping")]
    public async Task Import_BadUsage_ExitsTwo(params string[] args)
    {
        var result = await Cli.RunAsync(["import", Export(), .. args]);

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }
}
