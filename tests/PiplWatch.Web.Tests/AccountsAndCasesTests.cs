using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Cases.Clues;
using PiplWatch.Core.Findings;

namespace PiplWatch.Web.Tests;

/// <summary>Sign-in, roles enforced on the server, clues and cases scoped to the procuratorate, documents downloaded.</summary>
public sealed class AccountsAndCasesTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_of_case_work_need_sign_in_and_the_right_role()
    {
        using var anonymous = host.Session();
        using (var response = await anonymous.GetAsync("/clues"))
        {
            Assert.Equal("/account/login", response.RequestMessage!.RequestUri!.AbsolutePath);
        }

        using var volunteer = host.Session();
        await volunteer.SignInAsync("volunteer");
        using (var response = await volunteer.GetAsync("/clues"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var regulator = host.Session();
        await regulator.SignInAsync("regulator");
        using (var response = await regulator.GetAsync("/audit"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var auditor = host.Session();
        await auditor.SignInAsync("auditor");
        var log = await auditor.GetHtmlAsync("/audit");
        Assert.Contains("sign-in", log, StringComparison.Ordinal);
        using (var response = await auditor.GetAsync("/admin/users"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_logged()
    {
        using var session = host.Session();
        using var response = await session.PostFormAsync("/account/login", "/account/login", [new("UserName", "procurator"), new("Password", "not-the-password")]);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("用户名或密码不正确", html, StringComparison.Ordinal);
        using var auditor = host.Session();
        await auditor.SignInAsync("auditor");
        Assert.Contains("sign-in-failed", await auditor.GetHtmlAsync("/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procurator_evaluates_a_clue_opens_a_case_and_downloads_the_filing_decision()
    {
        var clues = host.Services.GetRequiredService<ClueService>();
        var ours = clues.ImportFindings(Report("360203", "web-run-1", "360203********4321"), new string('a', 64), "analyst")[0].ClueId;
        var theirs = clues.ImportFindings(Report("130609", "web-run-2", "130609********1111"), new string('b', 64), "analyst")[0].ClueId;

        using var procurator = host.Session();
        await procurator.SignInAsync("procurator");
        var list = await procurator.GetHtmlAsync("/clues");
        Assert.Contains("360203********4321", list, StringComparison.Ordinal);
        Assert.DoesNotContain("130609********1111", list, StringComparison.Ordinal);
        using (var other = await procurator.GetAsync($"/clues/{theirs}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using (var evaluated = await procurator.PostFormAsync($"/clues/{ours}", $"/clues/{ours}?handler=Evaluate",
            [new("Evaluation.PublicInterestHarmed", "true"), new("Evaluation.ManyAffected", "true"), new("Evaluation.AgencyFailed", "true"), new("Evaluation.DutySector", "culture-tourism"), new("Evaluation.Decision", "open"), new("Evaluation.Reasons", "重复身份")]))
        {
            Assert.Contains("评估后拟立案", await evaluated.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using var opened = await procurator.PostFormAsync($"/clues/{ours}", $"/clues/{ours}?handler=Open", [new("Kind", "administrative")]);
        var casePath = opened.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/cases/[0-9]+$", casePath);
        var casePage = await opened.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("立案", casePage, StringComparison.Ordinal);

        using var document = await procurator.PostFormAsync(casePath, casePath + "?handler=Document", [new("DocumentKind", "filing-decision")]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Content.Headers.ContentType!.MediaType);
        await using var stream = await document.Content.ReadAsStreamAsync(Cancel);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Cancel);
        copy.Position = 0;
        using var docx = WordprocessingDocument.Open(copy, false);
        Assert.Contains("立案决定书", docx.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);

        // An analyst sees the case but may not decide on it.
        using var analyst = host.Session();
        await analyst.SignInAsync("analyst");
        Assert.DoesNotContain("生成并下载", await analyst.GetHtmlAsync(casePath), StringComparison.Ordinal);
    }

    private static FindingsReport Report(string region, string runId, string subject) => new()
    {
        Model = "reservation-abuse",
        ModelVersion = "1.0.0",
        RunId = runId,
        StartedAt = new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        FinishedAt = new DateTimeOffset(2025, 7, 1, 9, 1, 0, TimeSpan.FromHours(8)),
        Findings =
        [
            new Finding
            {
                Id = FindingId.For("reservation-abuse", "identity_overuse", runId, region),
                Subject = subject,
                Kind = "identity_overuse",
                Score = 0.9,
                Reason = $"身份信息 {subject} 在 183 天内入馆 40 次，远超 10 次",
                LegalBasis = ["PIPL-10"],
                Sectors = ["culture-tourism"],
                Region = region,
                Evidence = [new JsonObject { ["id_number"] = subject, ["entries"] = 40 }],
            },
        ],
    };
}
