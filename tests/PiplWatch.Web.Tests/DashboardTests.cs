using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

namespace PiplWatch.Web.Tests;

/// <summary>
/// The dashboard's charts and map: figures of the user's procuratorate only, in tables and in the JSON the script
/// draws; the map's divisions open the clue list filtered by region, which refuses regions outside the scope.
/// </summary>
public sealed partial class DashboardTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static readonly Lock Gate = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_county_sees_its_own_figures_by_status_stage_region_scenario_and_month()
    {
        var seeded = Seed();
        using var session = host.Session();
        await session.SignInAsync("procurator");
        var html = await session.GetHtmlAsync("/dashboard");

        // 珠山区 (360203): two model clues (N6), one opened as a case, and a volunteer's report.
        Assert.Equal([("待评估", "2"), ("已立案", "1")], Rows(html, "chart-status").Select(r => (r[0], r[1])));
        Assert.Equal([("立案", "1")], Rows(html, "chart-stage").Select(r => (r[0], r[1])));
        Assert.Equal([["景德镇市", "3", "1"]], Rows(html, "chart-region"));
        Assert.Equal([["N6", "2", "1"], ["志愿者举报", "1", "0"]], Rows(html, "chart-scenario").Select(r => r.Take(3).ToArray()));
        var months = Rows(html, "chart-month");
        Assert.Equal(12, months.Count);
        // The seeded month is the last, or the one before when China's month ended while the class ran.
        var seededMonth = Assert.Single(months, m => m[0] == seeded.Month);
        Assert.Equal(["3", "1"], seededMonth[1..]);
        Assert.Contains(seededMonth, months[^2..]);
        Assert.All(months.Where(m => m != seededMonth), m => Assert.Equal(["0", "0"], m[1..]));
        Assert.Contains("/clues?region=3602", html, StringComparison.Ordinal);

        // Another county of the city (乐平市) and another province (北京市朝阳区) do not show.
        Assert.DoesNotContain("热线", html, StringComparison.Ordinal);
        Assert.DoesNotContain("人工录入", html, StringComparison.Ordinal);
        Assert.DoesNotContain("乐平", html, StringComparison.Ordinal);

        // The map: Jiangxi's prefectures, only 景德镇市 coloured, linked to its clues; the notice on the card.
        var data = Data(html);
        var map = data["map"]!;
        Assert.Equal("360000", (string?)map["name"]);
        var mapData = map["data"]!.AsArray();
        Assert.Equal(11, mapData.Count);
        var jingdezhen = Assert.Single(mapData, d => (string?)d!["name"] == "景德镇市")!;
        Assert.Equal(3, (int)jingdezhen["value"]!);
        Assert.Equal(1, (int)jingdezhen["cases"]!);
        Assert.Equal("/clues?region=3602", (string?)jingdezhen["href"]);
        Assert.Equal(3, mapData.Sum(d => (int)d!["value"]!));
        Assert.Contains("地图数据来自 ECharts 4.9.0，无审图号，仅供内部使用", html, StringComparison.Ordinal);
        Assert.DoesNotContain("for internal use only", html, StringComparison.Ordinal);
        Assert.Equal("线索", (string?)data["texts"]!["clues"]);

        // The chart JSON holds the same figures as the tables, and the map file it names is served.
        var scenario = data["charts"]!.AsArray().Single(c => (string?)c!["id"] == "chart-scenario")!;
        Assert.Equal([2, 1], scenario["series"]![0]!["data"]!.AsArray().Select(v => (int)v!));
        using var mapFile = await session.GetAsync((string)map["url"]!);
        Assert.Equal(HttpStatusCode.OK, mapFile.StatusCode);
        Assert.Contains("景德镇市", await mapFile.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switched_to_English_the_charts_tables_map_and_notice_are_in_English()
    {
        Seed();
        using var session = host.Session();
        await session.SignInAsync("procurator");
        (await session.GetAsync("/lang?to=en&back=/")).Dispose();
        var html = await session.GetHtmlAsync("/dashboard");

        Assert.Equal([("To evaluate", "2"), ("Case opened", "1")], Rows(html, "chart-status").Select(r => (r[0], r[1])));
        Assert.Equal([("Case opened", "1")], Rows(html, "chart-stage").Select(r => (r[0], r[1])));
        // Division names are data and stay as stored; a source is named in English, a scenario's note is its English title.
        Assert.Equal([["景德镇市", "3", "1"]], Rows(html, "chart-region"));
        Assert.Equal([["N6", "2", "1"], ["Volunteer report", "1", "0"]], Rows(html, "chart-scenario").Select(r => r.Take(3).ToArray()));
        Assert.Contains("Scalpers and travel agencies abusing ID data for museum reservations", html, StringComparison.Ordinal);
        Assert.DoesNotContain("“黄牛”", html, StringComparison.Ordinal);
        Assert.Contains(">Clues by status</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Figures</summary>", html, StringComparison.Ordinal);
        Assert.Contains("Map data from ECharts 4.9.0; no map review number (审图号); for internal use only.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("仅供内部使用", html, StringComparison.Ordinal);

        // The script's own words (the map's tooltip and scale) come with the figures, in English.
        var texts = Data(html)["texts"]!;
        Assert.Equal(["Clues", "Cases", "More", "Fewer"], new[] { "clues", "cases", "more", "fewer" }.Select(k => (string?)texts[k]));
        var series = Data(html)["charts"]!.AsArray().Single(c => (string?)c!["id"] == "chart-region")!["series"]!.AsArray();
        Assert.Equal(["Clues", "Cases"], series.Select(s => (string?)s!["name"]));
    }

    [Fact]
    public async Task A_province_sees_its_counties_and_not_another_province()
    {
        Seed();
        using var province = host.Session();
        await province.SignInAsync("jx-procurator");
        var html = await province.GetHtmlAsync("/dashboard");
        Assert.Equal([["景德镇市", "4", "1"]], Rows(html, "chart-region"));
        Assert.Equal(["N6", "热线", "志愿者举报"], Rows(html, "chart-scenario").Select(r => r[0]));
        Assert.DoesNotContain("人工录入", html, StringComparison.Ordinal);

        using var beijing = host.Session();
        await beijing.SignInAsync("bj-procurator");
        html = await beijing.GetHtmlAsync("/dashboard");
        Assert.Equal([["朝阳区", "1", "0"]], Rows(html, "chart-region"));
        Assert.Equal([["人工录入", "1", "0"]], Rows(html, "chart-scenario"));
        // Beijing's map is its districts: a district's link holds all six digits.
        var chaoyang = Assert.Single(Data(html)["map"]!["data"]!.AsArray(), d => (int)d!["value"]! > 0)!;
        Assert.Equal("/clues?region=110105", (string?)chaoyang["href"]);
    }

    [Fact]
    public async Task The_clue_list_filters_by_a_division_within_the_scope_and_refuses_others()
    {
        var seeded = Seed();
        using var session = host.Session();
        await session.SignInAsync("procurator");

        var city = await session.GetHtmlAsync("/clues?region=3602");
        Assert.Equal(seeded.Zhushan.Order(), ClueIds(city).Order());
        Assert.Contains("景德镇市", city, StringComparison.Ordinal);
        var volunteer = await session.GetHtmlAsync("/clues?region=360203&source=volunteer");
        Assert.Equal([seeded.Zhushan[^1]], ClueIds(volunteer));

        using (var other = await session.GetAsync("/clues?region=11"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
            var text = await other.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("不是本院管辖范围内", text, StringComparison.Ordinal);
            Assert.Empty(ClueIds(text));
        }

        using (var bad = await session.GetAsync("/clues?region=36x"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        // In English the refusal, the filter and the list's words are English; the division's name stays as stored.
        (await session.GetAsync("/lang?to=en&back=/")).Dispose();
        using (var other = await session.GetAsync("/clues?region=11"))
        {
            var text = await other.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("Region &#x27;11&#x27; is not a division code prefix", text, StringComparison.Ordinal);
            Assert.DoesNotContain("不是本院管辖范围内", text, StringComparison.Ordinal);
        }

        var english = await session.GetHtmlAsync("/clues?region=360203&source=volunteer");
        Assert.Equal([seeded.Zhushan[^1]], ClueIds(english));
        Assert.Contains(">Region: ", english, StringComparison.Ordinal);
        Assert.Contains(">Volunteer report</td>", english, StringComparison.Ordinal);
        Assert.Contains(">To evaluate</td>", english, StringComparison.Ordinal);
        Assert.DoesNotContain(">志愿者举报<", english, StringComparison.Ordinal);
        (await session.GetAsync("/lang?to=zh&back=/")).Dispose();

        // The province's user sees 乐平's clue under the city; the county's does not.
        using var province = host.Session();
        await province.SignInAsync("jx-procurator");
        Assert.Equal(seeded.Zhushan.Append(seeded.Leping).Order(), ClueIds(await province.GetHtmlAsync("/clues?region=3602")).Order());
        Assert.Equal([seeded.Leping], ClueIds(await province.GetHtmlAsync("/clues?region=360281")));
    }

    [Fact]
    public void Every_shipped_province_map_is_found_by_its_code_and_every_division_has_one()
    {
        var maps = host.Services.GetRequiredService<PiplWatch.Web.Charts.MapCatalog>();
        Assert.Equal(34, maps.China.Divisions.Count);
        Assert.Equal("36", maps.China.Divisions.Single(d => d.Name == "江西").Prefix);
        var jiangxi = maps.For("360203")!;
        Assert.Equal("/lib/echarts-map/province/jiangxi.json", jiangxi.Url);
        Assert.Equal("3602", jiangxi.Divisions.Single(d => d.Name == "景德镇市").Prefix);
        Assert.Equal("/lib/echarts-map/province/shanxi1.json", maps.For("61")!.Url);
        // ECharts' files give these two no id: found by name among the province's current divisions.
        Assert.Equal("310151", maps.For("31")!.Divisions.Single(d => d.Name == "崇明区").Id);
        Assert.Equal("540500", maps.For("54")!.Divisions.Single(d => d.Name == "山南市").Id);
        Assert.Null(maps.For("71"));
        foreach (var province in maps.China.Divisions.Where(d => d.Id != "710000"))
        {
            var map = maps.For(province.Prefix);
            Assert.True(map is not null, $"no map for {province.Name}");
            Assert.All(map.Divisions, d => Assert.StartsWith(province.Prefix, d.Id, StringComparison.Ordinal));
        }
    }

    private (long[] Zhushan, long Leping, string Month) Seed()
    {
        lock (Gate)
        {
            var clues = host.Services.GetRequiredService<ClueService>();
            var cases = host.Services.GetRequiredService<CaseService>();
            var accounts = host.Services.GetRequiredService<AccountService>();
            var reference = host.Services.GetRequiredService<ReferenceData>();
            var existing = clues.List();
            if (existing.Count > 0)
            {
                // The month the clues were received in (China time), not today's: the class may run across a month's end.
                var received = existing.Max(c => c.ReceivedAt).ToOffset(TimeSpan.FromHours(8));
                var month = received.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                return ([.. existing.Where(c => c.ProcuratorateRegion == "360203").Select(c => c.Id).Order()], existing.Single(c => c.Region == "360281").Id, month);
            }

            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var report = new FindingsReport
            {
                Model = "reservation-abuse",
                ModelVersion = "1.0.0",
                RunId = "dashboard-run",
                StartedAt = now.AddMinutes(-1),
                FinishedAt = now,
                Findings = [.. new[] { "1111", "2222" }.Select(tail => new Finding
                {
                    Id = FindingId.For("reservation-abuse", "identity_overuse", "dashboard-" + tail, "360203"),
                    Subject = $"360203********{tail}",
                    Kind = "identity_overuse",
                    Score = 0.9,
                    Reason = $"身份信息 360203********{tail} 在 183 天内入馆 40 次，远超 10 次",
                    LegalBasis = ["PIPL-10"],
                    Sectors = ["culture-tourism"],
                    Region = "360203",
                    Evidence = [new JsonObject { ["id_number"] = $"360203********{tail}", ["entries"] = 40 }],
                })],
            };
            var imported = clues.ImportFindings(report, new string('d', 64), "analyst").Select(r => r.ClueId).ToArray();
            clues.Evaluate(imported[0], new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, AgencyFailed = true, Decision = "open", Reasons = "重复身份预约" }, "procurator");
            cases.Open(imported[0], CaseKind.Administrative, "procurator");
            var volunteer = clues.Create(Draft(ClueSources.Volunteer, "360203"), "clerk").Id;
            var leping = clues.Create(Draft(ClueSources.Hotline, "360281"), "clerk").Id;
            clues.Create(Draft(ClueSources.Manual, "110105"), "clerk");

            var jiangxi = accounts.CreateOrganisation(OrganisationKinds.Procuratorate, reference.Procuratorates.For("360000").Name, "360000");
            accounts.CreateUser("jx-procurator", "省院检察官", Roles.Procurator, jiangxi.Id, WebHostFixture.SeedPassword);
            var beijing = accounts.CreateOrganisation(OrganisationKinds.Procuratorate, reference.Procuratorates.For("110000").Name, "110000");
            accounts.CreateUser("bj-procurator", "北京检察官", Roles.Procurator, beijing.Id, WebHostFixture.SeedPassword);
        }

        return Seed();
    }

    private static ClueDraft Draft(string source, string region) => new()
    {
        Source = source,
        Title = "预约平台疑似泄露个人信息",
        Subject = "某预约平台",
        Description = "测试数据：生成的举报内容",
        Region = region,
    };

    // The cells of a chart's table: the row header's text first (its link text, without the note), then the numbers.
    private static List<string[]> Rows(string html, string chart)
    {
        var table = TableOf().Matches(html).SingleOrDefault(m => m.Groups["id"].Value == chart);
        Assert.True(table is not null, $"no table for {chart}");
        return [.. RowOf().Matches(table.Groups["body"].Value).Select(row =>
            new[] { Text(row.Groups["head"].Value) }.Concat(CellOf().Matches(row.Groups["cells"].Value).Select(c => Text(c.Groups[1].Value))).ToArray())];
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<small.*?</small>", "", RegexOptions.Singleline), "<[^>]+>", "")).Trim();

    private static JsonNode Data(string html) => JsonNode.Parse(WebUtility.HtmlDecode(DataOf().Match(html).Groups[1].Value)) ?? throw new JsonException("no dashboard data");

    private static long[] ClueIds(string html) => [.. ClueLink().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    [GeneratedRegex("<table [^>]*data-chart=\"(?<id>[^\"]+)\">.*?<tbody>(?<body>.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex TableOf();

    [GeneratedRegex("<tr>\\s*<th scope=\"row\"[^>]*>(?<head>.*?)</th>(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowOf();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellOf();

    [GeneratedRegex("<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataOf();

    [GeneratedRegex("<a href=\"/clues/(\\d+)\">")]
    private static partial Regex ClueLink();
}
