using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;

namespace PiplWatch.Web.Tests;

/// <summary>
/// Administrators keep the calendar, the rules versions and the organisations in the browser; procurators move clues and
/// cases to another procuratorate, after which the first no longer sees them.
/// </summary>
public sealed class AdministrationTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_enters_next_years_holidays_and_deadlines_use_them()
    {
        using var procurator = host.Session();
        await procurator.SignInAsync("procurator");
        using (var refused = await procurator.GetAsync("/admin/calendar"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var admin = host.Session();
        await admin.SignInAsync("admin");
        // A made-up arrangement for 2027: the test needs its shape, not the State Council's real dates.
        KeyValuePair<string, string>[] Rows(string springWorkday) =>
        [
            new("Year", "2027"),
            new("Rows[0].Zh", "元旦"), new("Rows[0].En", "New Year's Day"), new("Rows[0].First", "2027-01-01"), new("Rows[0].Last", "2027-01-03"),
            new("Rows[1].Zh", "春节"), new("Rows[1].En", "Spring Festival"), new("Rows[1].First", "2027-02-05"), new("Rows[1].Last", "2027-02-13"), new("Rows[1].WorkingDays", springWorkday),
            new("Rows[2].Zh", "清明节"), new("Rows[2].En", "Tomb-sweeping Day"),
        ];

        using (var bad = await admin.PostFormAsync("/admin/calendar", "/admin/calendar", Rows("2027-02-22")))
        {
            var html = await bad.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("2027-02-22 is a Monday, not a weekend day", html, StringComparison.Ordinal);
        }

        var procedure = host.Services.GetRequiredService<CaseService>().Procedure;
        Assert.False(procedure.Calendar.Covers(2027));

        using (var saved = await admin.PostFormAsync("/admin/calendar", "/admin/calendar", Rows("2027-01-31, 2027-02-20")))
        {
            var html = await saved.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("2027 年节假日安排已保存并生效", html, StringComparison.Ordinal);
            Assert.Contains("2027-02-20", html, StringComparison.Ordinal);
        }

        Assert.True(procedure.Calendar.Covers(2027));
        Assert.Equal(new DateOnly(2027, 2, 15), procedure.Calendar.NextWorkingDayFrom(new DateOnly(2027, 2, 6)));
        Assert.Contains("2027（管理员录入）", await admin.GetHtmlAsync("/admin/calendar"), StringComparison.Ordinal);

        using var auditor = host.Session();
        await auditor.SignInAsync("auditor");
        Assert.Contains("calendar:2027", await auditor.GetHtmlAsync("/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_adds_a_rules_version_checked_before_it_is_kept()
    {
        using var admin = host.Session();
        await admin.SignInAsync("admin");
        var page = await admin.GetHtmlAsync("/admin/rules");
        Assert.Contains("agency-reply", page, StringComparison.Ordinal);
        Assert.Contains("2 months", page, StringComparison.Ordinal);

        using var download = await admin.GetAsync("/admin/rules?handler=Download&version=" + RulesCatalog.Embedded.Current.Version);
        var version = JsonNode.Parse(await download.Content.ReadAsStringAsync(Cancel))!.AsObject();
        Assert.Equal(RulesCatalog.Embedded.Current.Version, (string?)version["version"]);

        version["version"] = "2099.1";
        version["adopted"] = "2099-01-01";
        ((JsonArray)version["time_limits"]!).OfType<JsonObject>().First(l => (string?)l["id"] == "civil-notice")!["period"] = "thirty days";
        using (var bad = await admin.PostMultipartAsync("/admin/rules", "/admin/rules", [], [("Upload", "rules.json", Encoding.UTF8.GetBytes(version.ToJsonString()))]))
        {
            var html = await bad.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("time limit &#x27;civil-notice&#x27;", html, StringComparison.Ordinal);
        }

        var procedure = host.Services.GetRequiredService<CaseService>().Procedure;
        Assert.Equal(RulesCatalog.Embedded.Current.Version, procedure.Rules.Current.Version);

        ((JsonArray)version["time_limits"]!).OfType<JsonObject>().First(l => (string?)l["id"] == "civil-notice")!["period"] = "45 days";
        using (var good = await admin.PostMultipartAsync("/admin/rules", "/admin/rules", [], [("Upload", "rules.json", Encoding.UTF8.GetBytes(version.ToJsonString()))]))
        {
            var html = await good.Content.ReadAsStringAsync(Cancel);
            Assert.Contains("规则版本 2099.1 已生效", html, StringComparison.Ordinal);
            Assert.Contains("45 days", html, StringComparison.Ordinal);
        }

        Assert.Equal("2099.1", procedure.Rules.Current.Version);
    }

    [Fact]
    public async Task An_administrator_creates_a_procuratorate_named_from_its_region()
    {
        using var admin = host.Session();
        await admin.SignInAsync("admin");
        using (var bad = await admin.PostFormAsync("/admin/users", "/admin/users?handler=Organisation", [new("OrganisationKind", "procuratorate"), new("OrganisationRegion", "999999")]))
        {
            Assert.Contains("不是 GB/T 2260 代码", await bad.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using var created = await admin.PostFormAsync("/admin/users", "/admin/users?handler=Organisation", [new("OrganisationKind", "procuratorate"), new("OrganisationRegion", "360200")]);
        var html = await created.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("已创建单位 景德镇市人民检察院", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_taken_up_leaves_the_district_and_a_clue_handed_over_too()
    {
        var (clueId, caseId) = CaseFixtureData.Ensure(host);
        using var procurator = host.Session();
        await procurator.SignInAsync("procurator");

        using (var noReason = await procurator.PostFormAsync($"/cases/{caseId}", $"/cases/{caseId}?handler=Transfer", [new("TransferTo", "up"), new("TransferReason", " ")]))
        {
            Assert.Contains("a transfer needs its reason", await noReason.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using (var moved = await procurator.PostFormAsync($"/cases/{caseId}", $"/cases/{caseId}?handler=Transfer", [new("TransferTo", "up"), new("TransferReason", "提级管辖：涉及全市")]))
        {
            Assert.Equal("/cases", moved.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("已移送至景德镇市人民检察院", await moved.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using (var gone = await procurator.GetAsync($"/cases/{caseId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        using (var clueGone = await procurator.GetAsync($"/clues/{clueId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, clueGone.StatusCode);
        }

        var clues = host.Services.GetRequiredService<ClueService>();
        var fresh = clues.Create(new ClueDraft { Source = "hotline", Title = "外区酒店泄露住客信息", Subject = "某酒店", Description = "来电反映，违法行为发生地在外区", Region = "360203" }, "procurator");
        using (var handed = await procurator.PostFormAsync($"/clues/{fresh.Id}", $"/clues/{fresh.Id}?handler=Handover", [new("HandoverTo", "360202"), new("HandoverReason", "违法行为发生地在昌江区")]))
        {
            Assert.Equal("/clues", handed.RequestMessage!.RequestUri!.AbsolutePath);
        }

        Assert.Equal(("360202", ClueStatuses.HandedOver), (clues.Get(fresh.Id).ProcuratorateRegion, clues.Get(fresh.Id).Status));
    }
}
