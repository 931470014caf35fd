using System.Text.Json.Nodes;

namespace PiplWatch.Cli.Tests;

public sealed class ScanCommandTests : CliTestBase
{
    private const string Id = "11010519491231002X";
    private const string Phone = "13812345678";

    private string Folder()
    {
        var folder = Path.Combine(Cli.DataDirectory, "input");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.csv"), $"姓名,身份证号,电话\n张三,{Id},{Phone}\n");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "没有个人信息的文本。");
        File.WriteAllBytes(Path.Combine(folder, "c.xlsx"), "not a workbook"u8.ToArray());
        return folder;
    }

    [Fact]
    public async Task Scan_Table_SummarisesPerFileAndListsUnreadableFiles()
    {
        var result = await Cli.RunAsync("scan", Folder());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("a.csv", result.Output, StringComparison.Ordinal);
        Assert.Contains("ID_CARD", result.Output, StringComparison.Ordinal);
        Assert.Contains("warning: c.xlsx", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Jsonl_OneMaskedHitPerLineWithTheContractFields()
    {
        var result = await Cli.RunAsync("scan", Folder(), "--format", "jsonl");

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var id = Assert.Single(lines, l => l["type"]!.GetValue<string>() == "ID_CARD");
        foreach (var field in new[] { "file", "type", "start", "end", "score", "location", "masked_value", "masked_context" })
        {
            Assert.True(id.ContainsKey(field), field);
        }

        Assert.Equal("110105********002X", id["masked_value"]!.GetValue<string>());
        Assert.DoesNotContain(Id, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_CsvToFile_WritesHeaderAndRows()
    {
        var output = Path.Combine(Cli.DataDirectory, "out", "hits.csv");

        var result = await Cli.RunAsync("scan", Folder(), "--format", "csv", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("file,type,start,end,score,location,masked_value,masked_context", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("PHONE_MOBILE", StringComparison.Ordinal) && l.Contains("138****5678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_Html_IsAMaskedReport()
    {
        var output = Path.Combine(Cli.DataDirectory, "report.html");

        await Cli.RunAsync("scan", Folder(), "--format", "html", "--out", output);

        var html = File.ReadAllText(output);
        Assert.Contains("个人信息扫描报告", html, StringComparison.Ordinal);
        Assert.Contains("110105********002X", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_JsonlIn_WritesOneLinePerDocumentWithUtf16Offsets()
    {
        var input = Path.Combine(Cli.DataDirectory, "docs.jsonl");
        File.WriteAllText(input, "{\"doc\": 7, \"body\": \"😀手机13812345678\"}\n{\"doc\": 8, \"body\": \"无\"}\n");
        var output = Path.Combine(Cli.DataDirectory, "spans.jsonl");

        var result = await Cli.RunAsync("scan", "--jsonl-in", input, "--id-field", "doc", "--text-field", "body", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(2, lines.Count);
        var span = lines[0]["spans"]![0]!;
        // The emoji is two UTF-16 code units: the number starts at 4.
        Assert.Equal(4, span["start"]!.GetValue<int>());
        Assert.Equal(15, span["end"]!.GetValue<int>());
        Assert.Equal("PHONE_MOBILE", span["type"]!.GetValue<string>());
        Assert.Empty(lines[1]["spans"]!.AsArray());
        Assert.Equal(8, lines[1]["id"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("scan", "--types", "NOT_A_TYPE", ".")]
    [InlineData("scan", "--format", "xml", ".")]
    public async Task Scan_BadUsage_ExitsTwo(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task Scan_MissingPath_Fails()
    {
        var result = await Cli.RunAsync("scan", "/no/such/folder");

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
    }
}
