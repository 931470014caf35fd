using System.Text.Json.Nodes;

namespace PiplWatch.Cli.Tests;

public sealed class AgencyCommandTests : CliTestBase
{
    [Theory]
    [InlineData("housing")]
    [InlineData("住建")]
    public async Task For_SectorAndRegion_NamesTheAgency(string sector)
    {
        var result = await Cli.RunAsync("agency", "for", "--sector", sector, "--region", "130609");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("保定市徐水区住房和城乡建设局", result.Output, StringComparison.Ordinal);
        Assert.Contains("PMR-5", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task For_Json_MarksDerivedNames()
    {
        var result = await Cli.RunAsync("agency", "for", "--sector", "postal", "--region", "440306", "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal("深圳市邮政管理局", json["name"]!.GetValue<string>());
        Assert.True(json["is_derived"]!.GetValue<bool>());
        Assert.Equal("prefecture", json["level"]!.GetValue<string>());
    }

    [Fact]
    public async Task For_ConfiguredName_FromDataDirectory()
    {
        Directory.CreateDirectory(Path.Combine(Cli.DataDirectory, "reference"));
        await File.WriteAllTextAsync(Path.Combine(Cli.DataDirectory, "reference", "office-names.json"), """{"housing": {"130609": "徐水区住建局（测试配置）"}}""", TestContext.Current.CancellationToken);

        var result = await Cli.RunAsync("agency", "for", "--sector", "housing", "--region", "130609", "--json");

        Assert.Equal("徐水区住建局（测试配置）", JsonNode.Parse(result.Output)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task For_BrokenOverrideFile_FailsNamingTheFile()
    {
        Directory.CreateDirectory(Path.Combine(Cli.DataDirectory, "reference"));
        await File.WriteAllTextAsync(Path.Combine(Cli.DataDirectory, "reference", "office-names.json"), "[1,2", TestContext.Current.CancellationToken);

        var result = await Cli.RunAsync("agency", "for", "--sector", "housing", "--region", "130609");

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
        Assert.Contains("office-names.json", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sector", "banking", "--region", "130609")]
    [InlineData("--sector", "housing", "--region", "1306")]
    [InlineData("--sector", "housing")]
    [InlineData("--region", "130609")]
    public async Task For_BadArguments_IsBadUsage(params string[] args)
    {
        var result = await Cli.RunAsync(["agency", "for", .. args]);

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task Sectors_ListsTwelve()
    {
        var result = await Cli.RunAsync("agency", "sectors", "--json");

        Assert.Equal(12, JsonNode.Parse(result.Output)!.AsArray().Count);
    }
}
