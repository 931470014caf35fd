using System.Text.Json.Nodes;

namespace PiplWatch.Cli.Tests;

public sealed class LawCommandTests : CliTestBase
{
    [Fact]
    public async Task Show_Article_PrintsParaphraseAndVerification()
    {
        var result = await Cli.RunAsync("law", "show", "PIPL-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("个人信息保护法", result.Output, StringComparison.Ordinal);
        Assert.Contains("confirmed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ArticleJson_CarriesConfidence()
    {
        var result = await Cli.RunAsync("law", "show", "FACE-MEASURES-8", "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal("unconfirmed", json["article"]!["confidence"]!.GetValue<string>());
        Assert.Equal("FACE-MEASURES", json["law"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Show_ViolationCode_ListsItsArticles()
    {
        var result = await Cli.RunAsync("law", "show", "APP-C1.1", "--json");

        var json = JsonNode.Parse(result.Output)!;
        Assert.Equal("app-2019", json["scheme"]!.GetValue<string>());
        Assert.NotEmpty(json["articles"]!.AsArray());
    }

    [Fact]
    public async Task Show_Law_ListsItsArticles()
    {
        var result = await Cli.RunAsync("law", "show", "PIL-INTERP");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PIL-INTERP-21", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Unknown_Fails()
    {
        var result = await Cli.RunAsync("law", "show", "PIPL-999");

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task List_Laws_IncludesPipl()
    {
        var result = await Cli.RunAsync("law", "list", "--json");

        Assert.Contains(JsonNode.Parse(result.Output)!.AsArray(), l => l!["id"]!.GetValue<string>() == "PIPL");
    }

    [Fact]
    public async Task List_ViolationScheme_ListsCodes()
    {
        var result = await Cli.RunAsync("law", "list", "--violations", "face-2025", "--json");

        var codes = JsonNode.Parse(result.Output)!.AsArray();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal("face-2025", c!["scheme"]!.GetValue<string>()));
    }

    [Fact]
    public async Task List_UnknownScheme_IsBadUsage()
    {
        var result = await Cli.RunAsync("law", "list", "--violations", "nope");

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task List_Unconfirmed_ShowsOnlyUnconfirmedArticles()
    {
        var result = await Cli.RunAsync("law", "list", "--unconfirmed", "--json");

        Assert.All(JsonNode.Parse(result.Output)!.AsArray(), a => Assert.NotEqual("text", a!["confidence"]!.GetValue<string>()));
    }
}
