using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace PiplWatch.Cli.Tests;

/// <summary>
/// The scripted end-to-end path of issue 5, through the CLI as a script would drive it: the reservation-abuse report
/// becomes a clue, a case, a hearing, a recommendation, a reply, a follow-up run compared with the first, and closure;
/// every document produced is opened and checked.
/// </summary>
public sealed partial class CaseWorkflowScriptTests : CliTestBase
{
    [Fact]
    public async Task Reservation_abuse_report_to_a_closed_case_with_its_documents()
    {
        var data = Cli.DataDirectory;
        var demo = Path.Combine(data, "demo");
        Assert.Equal(0, (await Cli.RunAsync("demo", "generate", "reservation-abuse", "--out", demo)).ExitCode);
        var export = Directory.GetFiles(demo, "*.csv").Single();
        var first = Path.Combine(data, "run-1.json");
        await Ok("run", "reservation-abuse", "--input", "reservations=" + export, "--region", "360203", "--param", "kinds=identity_overuse", "--param", "max_findings_per_kind=3", "--out", first);

        // Clues: one per finding; the worst identity first.
        var clueIds = (await Ok("clue", "import-findings", first)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, clueIds.Length);
        var clue = clueIds[0];
        Assert.Contains("景德镇市珠山区人民检察院", (await Ok("clue", "show", clue)).Output, StringComparison.Ordinal);
        await Ok("clue", "evaluate", clue, "--public-interest-harmed", "--many-affected", "--duty-sector", "culture-tourism", "--agency-failed", "--decision", "open", "--reasons", "团队预约中 46.78% 为重复身份记录");

        var caseId = (await Ok("case", "open", "--clue", clue, "--kind", "administrative", "--date", "2025-07-01")).Output.Trim();
        var documents = new Dictionary<string, string>();
        async Task Doc(string kind)
        {
            var file = Path.Combine(data, kind + ".docx");
            await Ok("case", "doc", caseId, kind, "--out", file);
            documents[kind] = DocxText(file);
        }

        await Doc("filing-decision");
        await Ok("case", "meeting", caseId, "--kind", "hearing", "--date", "2025-07-20", "--place", "珠山区人民检察院听证室",
            "--participant", "npc-deputy:王建国:珠山区人大代表", "--participant", "expert:李华:景德镇学院", "--participant", "agency:陈静:珠山区文化广电和旅游局",
            "--minutes", "听证员一致认为重复预约问题属实，文旅部门负有监管职责", "--conclusion", "建议向文旅部门制发检察建议");
        await Doc("hearing-record");

        Assert.Equal("recommendation", (await Ok("case", "advance", caseId, "--to", "recommendation", "--date", "2025-08-01", "--agency", "culture-tourism")).Output.Trim());
        var deadlines = JsonNode.Parse((await Ok("case", "deadlines", caseId, "--json")).Output)!.AsArray();
        var reply = deadlines.Single(d => d!["rule"]!.GetValue<string>() == "agency-reply")!;
        Assert.Equal("2025-10-09", reply["due"]!.GetValue<string>());
        Assert.True(reply["confirmed"]!.GetValue<bool>());
        Assert.Contains("第二十一条", reply["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("国庆节", reply["computation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(deadlines, d => Assert.NotNull(d!["what"]));
        await Doc("recommendation");

        await Ok("case", "reply", caseId, "--date", "2025-09-20", "--text", "已约谈博物馆，上线同一身份证件每月预约次数限制");

        // The follow-up run: the museum now admits an identity at most nine times; the overuse is gone.
        var rectified = Path.Combine(data, "rectified.csv");
        LimitEntriesPerIdentity(export, rectified, 9);
        var second = Path.Combine(data, "run-2.json");
        await Ok("run", "reservation-abuse", "--input", "reservations=" + rectified, "--region", "360203", "--param", "kinds=identity_overuse", "--param", "max_findings_per_kind=3", "--out", second);
        var followUp = await Ok("case", "follow-up", caseId, "--date", "2025-11-03", "--report", second);
        Assert.Contains("fixed 1, still open 0, new 0", followUp.Output, StringComparison.Ordinal);
        await Doc("follow-up-report");
        Assert.Equal("closed", (await Ok("case", "advance", caseId, "--to", "closed", "--date", "2025-11-05")).Output.Trim());

        // Every document: the procuratorate, the case's dates and agency; never a whole ID number.
        Assert.All(documents.Values, text => Assert.Contains("景德镇市珠山区人民检察院", text, StringComparison.Ordinal));
        Assert.All(documents.Values, text => Assert.DoesNotMatch(WholeIdNumber(), text));
        Assert.Contains("2025年7月1日", documents["filing-decision"], StringComparison.Ordinal);
        Assert.Contains("人大代表：王建国（珠山区人大代表）", documents["hearing-record"], StringComparison.Ordinal);
        Assert.Contains("建议向文旅部门制发检察建议", documents["hearing-record"], StringComparison.Ordinal);
        Assert.Contains("景德镇市珠山区文化广电和旅游局：", documents["recommendation"], StringComparison.Ordinal);
        Assert.Contains("2025年10月9日", documents["recommendation"], StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国个人信息保护法》第十条", documents["recommendation"], StringComparison.Ordinal);
        Assert.Contains("已整改 1 项，仍存在 0 项", documents["follow-up-report"], StringComparison.Ordinal);
        Assert.Contains("整改到位", documents["follow-up-report"], StringComparison.Ordinal);

        // The locker holds the follow-up run (with its inputs' hashes) and each document; all intact.
        var items = JsonNode.Parse((await Ok("case", "evidence", "list", caseId, "--json")).Output)!.AsArray();
        Assert.Equal(4, items.Count(i => i!["kind"]!.GetValue<string>() == "document"));
        var run = items.Single(i => i!["kind"]!.GetValue<string>() == "model-run")!;
        Assert.Contains("sha256", run["inputs_json"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var item in items)
        {
            Assert.Equal("intact", (await Ok("case", "evidence", "verify", item!["id"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture))).Output.Trim());
        }

        var shown = (await Ok("case", "show", caseId)).Output;
        Assert.Contains("已办结", shown, StringComparison.Ordinal);
        Assert.Equal(["filed", "hearing", "recommendation", "reply", "follow-up", "closed"],
            JsonNode.Parse((await Ok("case", "show", caseId, "--json")).Output)!["events"]!.AsArray().Select(e => e!["stage"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_volunteer_clue_with_attachments_goes_up_and_out_to_the_agency()
    {
        var screenshot = Path.Combine(Cli.DataDirectory, "job-ad.png");
        await File.WriteAllBytesAsync(screenshot, [137, 80, 78, 71, 9, 9], TestContext.Current.CancellationToken);
        var id = (await Ok("clue", "add", "--source", "volunteer", "--title", "招聘网站公开求职者身份证号", "--subject", "某人力资源服务公司",
            "--text", "求职者身份证号 110101199003077571 在招聘页面公开", "--region", "130609", "--contact", "13800138000",
            "--sector", "human-resources", "--attach", screenshot, "--other", "6000")).Output.Trim();

        var list = (await Ok("clue", "list")).Output;
        Assert.Contains("严重", list, StringComparison.Ordinal);
        var shown = (await Ok("clue", "show", id)).Output;
        Assert.Contains("job-ad.png", shown, StringComparison.Ordinal);
        Assert.Contains("138****8000", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", shown, StringComparison.Ordinal);

        Assert.Equal("保定市人民检察院", (await Ok("clue", "handover", id, "--to", "up", "--reason", "涉及多个区县，移送市院")).Output.Trim());
        var xlsx = Path.Combine(Cli.DataDirectory, "to-hrss.xlsx");
        var exported = await Ok("clue", "export", "--out", xlsx, "--sector", "human-resources");
        Assert.Contains("1 clues", exported.Error, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(xlsx)[..2]);
    }

    [Fact]
    public async Task Bad_steps_fail_with_one_line()
    {
        var result = await Cli.RunAsync("case", "open", "--clue", "99", "--kind", "administrative");
        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
        Assert.Contains("no clue 99", result.Error, StringComparison.Ordinal);

        var kind = await Cli.RunAsync("case", "open", "--clue", "1", "--kind", "penal");
        Assert.Equal(1, kind.ExitCode);
        kind.AssertOneLineError();

        var damages = await Ok("damages", "--method", "gains", "--amount", "739581.08");
        Assert.Contains("739,581.08", damages.Output, StringComparison.Ordinal);
        var threshold = await Ok("threshold", "--other", "60000");
        Assert.Contains("情节特别严重", threshold.Output, StringComparison.Ordinal);
    }

    private async Task<CliResult> Ok(params string[] args)
    {
        var result = await Cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, $"piplwatch {string.Join(' ', args)} → {result.ExitCode}: {result.Error}");
        return result;
    }

    private static void LimitEntriesPerIdentity(string source, string target, int limit)
    {
        var lines = File.ReadAllLines(source);
        var column = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(','), "证件号码");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        File.WriteAllLines(target, lines.Take(1).Concat(lines.Skip(1).Where(line =>
        {
            var id = line.Split(',')[column];
            seen[id] = seen.GetValueOrDefault(id) + 1;
            return seen[id] <= limit;
        })));
    }

    private static string DocxText(string file)
    {
        using var document = WordprocessingDocument.Open(file, false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])")]
    private static partial Regex WholeIdNumber();
}
