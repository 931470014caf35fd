using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;

namespace PiplWatch.Web.Tests;

/// <summary>The volunteer portal and the regulator's replies, each on a host of its own (the form's rate limit is per host).</summary>
public sealed partial class PortalTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly byte[] Screenshot = [137, 80, 78, 71, 13, 10, 26, 10, 1, 2];

    [Fact]
    public async Task A_volunteer_reports_a_clue_with_a_screenshot_and_follows_it_within_the_abuse_limits()
    {
        using var anonymous = host.Session();
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "博物馆预约被黄牛占满",
            ["Subject"] = "某博物馆预约小程序",
            ["Region"] = "景德镇市珠山区",
            ["Text"] = "连续一个月放号即约满，现场有人加价转卖预约名额",
            ["Contact"] = "13800138000",
        };
        using var accepted = await anonymous.PostMultipartAsync("/report", "/report", fields, [("Files", "screenshot.png", Screenshot)]);
        var page = await accepted.Content.ReadAsStringAsync(Cancel);
        var code = TrackingCode().Match(page);
        Assert.True(code.Success, "no tracking code on the page");

        var status = await anonymous.GetHtmlAsync("/report/status?code=" + code.Groups[1].Value);
        Assert.Contains("已受理，待评估", status, StringComparison.Ordinal);
        Assert.Contains("景德镇市珠山区人民检察院", status, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", status, StringComparison.Ordinal);

        var clue = host.Services.GetRequiredService<ClueService>().List().Single(c => c.TrackingCode == code.Groups[1].Value);
        Assert.Equal(("volunteer", "360203"), (clue.Source, clue.Region));
        Assert.Single(host.Services.GetRequiredService<ClueService>().Get(clue.Id).Attachments);

        // The procurator sees the contact masked; a reveal needs a reason and is in the audit log.
        using var procurator = host.Session();
        await procurator.SignInAsync("procurator");
        var shown = await procurator.GetHtmlAsync($"/clues/{clue.Id}");
        Assert.Contains("138****8000", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", shown, StringComparison.Ordinal);
        using (var noReason = await procurator.PostFormAsync($"/clues/{clue.Id}", $"/clues/{clue.Id}?handler=Reveal", [new("RevealReason", "")]))
        {
            Assert.DoesNotContain("13800138000", await noReason.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using (var revealed = await procurator.PostFormAsync($"/clues/{clue.Id}", $"/clues/{clue.Id}?handler=Reveal", [new("RevealReason", "回访举报人核实情况")]))
        {
            Assert.Contains("13800138000", await revealed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using var auditor = host.Session();
        await auditor.SignInAsync("auditor");
        Assert.Contains("回访举报人核实情况", await auditor.GetHtmlAsync("/audit"), StringComparison.Ordinal);

        // A bot that fills the hidden field is turned away; a region that is not unique is explained.
        using (var bot = await anonymous.PostMultipartAsync("/report", "/report", new Dictionary<string, string>(fields) { ["Website"] = "http://spam.example" }, []))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bot.StatusCode);
        }

        using (var vague = await anonymous.PostMultipartAsync("/report", "/report", new Dictionary<string, string>(fields) { ["Region"] = "朝阳区" }, []))
        {
            Assert.Contains("有多个地区", await vague.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using (var script = await anonymous.PostMultipartAsync("/report", "/report", fields, [("Files", "run.exe", Screenshot)]))
        {
            Assert.Contains("类型不接受", await script.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        // Five submissions an hour from one address; the sixth is refused.
        using (await anonymous.PostMultipartAsync("/report", "/report", new Dictionary<string, string>(fields) { ["Title"] = string.Empty }, []))
        {
        }

        using var limited = await anonymous.PostMultipartAsync("/report", "/report", fields, []);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("提交过于频繁", await limited.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regulator_sees_the_recommendation_to_its_agency_and_files_a_reply_with_its_report()
    {
        var (_, caseId) = CaseFixtureData.Ensure(host);
        using var regulator = host.Session();
        await regulator.SignInAsync("regulator");
        var page = await regulator.GetHtmlAsync("/agency");
        Assert.Contains("景德镇市珠山区人民检察院", page, StringComparison.Ordinal);
        Assert.Contains("2025-10-09", page, StringComparison.Ordinal);

        using var filed = await regulator.PostMultipartAsync("/agency", "/agency",
            [new("CaseId", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reply", "已约谈博物馆并上线同一证件预约频次限制")],
            [("Report", "整改报告.pdf", "%PDF-1.4 report"u8.ToArray())]);
        Assert.Contains("已向景德镇市珠山区人民检察院提交书面回复", await filed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var record = host.Services.GetRequiredService<CaseService>().Get(caseId);
        Assert.Equal("reply", record.Stage);
        Assert.Equal("regulator", record.Events.OrderBy(e => e.Id).Last().RecordedBy);
        Assert.Contains(host.Services.GetRequiredService<EvidenceLocker>().List(caseId), e => e.FileName == "整改报告.pdf");

        // The regulator may not open the procuratorate's pages.
        using var clues = await regulator.GetAsync("/cases/" + caseId);
        Assert.Equal(HttpStatusCode.Forbidden, clues.StatusCode);
    }

    [GeneratedRegex("id=\"tracking-code\">([A-Z0-9]{10})<")]
    private static partial Regex TrackingCode();
}
