using System.Text.Json.Nodes;

namespace PiplWatch.Cli.Tests;

public sealed class RegionsCommandTests : CliTestBase
{
    [Fact]
    public async Task Lookup_CurrentCounty_PrintsPathAndProcuratorate()
    {
        var result = await Cli.RunAsync("regions", "lookup", "130609");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("河北省 / 保定市 / 徐水区", result.Output, StringComparison.Ordinal);
        Assert.Contains("保定市徐水区人民检察院", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Lookup_Json_HasSnakeCaseFieldsAndChildren()
    {
        var result = await Cli.RunAsync("regions", "lookup", "130600", "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal("保定市", json["name"]!.GetValue<string>());
        Assert.Equal("prefecture", json["level"]!.GetValue<string>());
        Assert.True(json["is_current"]!.GetValue<bool>());
        Assert.Contains(json["children"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "130609");
        Assert.Equal("保定市人民检察院", json["procuratorate"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lookup_RetiredCode_ShowsSuccessor()
    {
        var result = await Cli.RunAsync("regions", "lookup", "110103");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("崇文区", result.Output, StringComparison.Ordinal);
        Assert.Contains("110101 东城区", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_MalformedCode_IsBadUsage()
    {
        var result = await Cli.RunAsync("regions", "lookup", "13060");

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task Lookup_UnknownCode_Fails()
    {
        var result = await Cli.RunAsync("regions", "lookup", "999999");

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
        Assert.Contains("999999", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SharedName_ListsAllAndSaysAmbiguous()
    {
        var result = await Cli.RunAsync("regions", "search", "朝阳区");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("110105", result.Output, StringComparison.Ordinal);
        Assert.Contains("220104", result.Output, StringComparison.Ordinal);
        Assert.Contains("ambiguous", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_UniqueName()
    {
        var result = await Cli.RunAsync("regions", "search", "徐水区", "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.False(json["ambiguous"]!.GetValue<bool>());
        Assert.Equal("130609", json["matches"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_FunctionalZone_IsListed()
    {
        var result = await Cli.RunAsync("regions", "search", "苏州工业园区");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("suzhou-sip", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoMatch_Fails()
    {
        var result = await Cli.RunAsync("regions", "search", "不存在区");

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
    }
}
