using PiplWatch.Core.Findings;
using PiplWatch.Detection.Audit;
using PiplWatch.Detection.Masking;
using PiplWatch.Detection.Tests.Scanning;
using PiplWatch.TestSupport;

namespace PiplWatch.Detection.Tests.Audit;

public sealed class DisclosureAuditorTests(DetectorFixture fixture) : IClassFixture<DetectorFixture>, IDisposable
{
    private const string Id2 = "440524188001010014";
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A housing-subsidy notice site in the shape of scenario O8, with generated people.</summary>
    private string BuildSite()
    {
        var site = _temp.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "notices"));
        File.WriteAllText(Path.Combine(site, "notices", "2023-list.html"), $"""
            <html><body><h1>公共租赁住房保障对象公示</h1>
            <table>
            <tr><th>序号</th><th>姓名</th><th>身份证号</th><th>家庭住址</th><th>人数</th></tr>
            <tr><td>1</td><td>张三丰</td><td>{TestDocuments.Id}</td><td>沈阳市大东区小北街12号3单元401室</td><td>3</td></tr>
            <tr><td>2</td><td>李娜</td><td>1101<span>05</span>19491231****</td><td>沈阳市大东区小北街12号</td><td>2</td></tr>
            <tr><td>3</td><td>王*</td><td>110101********123X</td><td>沈阳市大东区小北街道</td><td>1</td></tr>
            </table>
            <a href="#" title="联系人 {TestDocuments.Phone}">联系我们</a>
            <!-- 备份 {Id2} -->
            </body></html>
            """);
        File.WriteAllText(Path.Combine(site, "notices", "2024-list.html"), $"""
            <html><body><table><tr><th>姓名</th><th>身份证号</th></tr>
            <tr><td>赵*</td><td>110101********123X</td></tr>
            <tr><td>钱*</td><td>440524********0014</td></tr></table></body></html>
            """);
        TestDocuments.Xlsx(Path.Combine(site, "notices", "annex.xlsx"), [["说明"], ["见附表"]], hiddenSheetRows: [["姓名", "身份证号"], ["孙丽", TestDocuments.Id]]);
        TestDocuments.FakeRedactedPdf(Path.Combine(site, "notices", "decision.pdf"), "Applicant ID " + Id2);
        return site;
    }

    [Fact]
    public void Audit_O8ShapedSite_CountsWhatEachFileExposes()
    {
        var report = new DisclosureAuditor(fixture.Detector).Audit(BuildSite(), "https://gov.example/", cancellationToken: TestContext.Current.CancellationToken);

        var list = report.Files.Single(f => f.Path == "notices/2023-list.html");
        Assert.Equal(2, list.UnmaskedIds);
        Assert.Equal(1, list.UnmaskedIdsVisible);
        Assert.Equal(1, list.NoncompliantMaskedIds);
        Assert.Equal(1, list.MaskedIds);
        Assert.Equal(1, list.UnmaskedNamesNextToIds);
        Assert.Equal(1, list.UnmaskedPhones);
        Assert.Equal(2, list.DoorLevelAddresses);
        Assert.True(list.HiddenItems >= 2);

        var clean = report.Files.Single(f => f.Path == "notices/2024-list.html");
        Assert.False(clean.Exposes);
        Assert.Equal(2, clean.MaskedIds);

        var annex = report.Files.Single(f => f.Path == "notices/annex.xlsx");
        Assert.Equal(1, annex.UnmaskedIds);
        Assert.Equal(0, annex.UnmaskedIdsVisible);

        Assert.Equal(1, report.Files.Single(f => f.Path == "notices/decision.pdf").FakeRedactions);
        Assert.Equal(2, report.Totals.DistinctUnmaskedIds);
        Assert.Equal(3, report.Totals.ExposingFiles);
    }

    [Fact]
    public void Audit_CountsHitsPerType_PerFileAndInTotal_AndTellsProgress()
    {
        var progress = new System.Collections.Concurrent.ConcurrentBag<(int Done, int Total)>();

        var report = new DisclosureAuditor(fixture.Detector).Audit(BuildSite(), "https://gov.example/", onFileDone: (done, total) => progress.Add((done, total)), cancellationToken: TestContext.Current.CancellationToken);

        var list = report.Files.Single(f => f.Path == "notices/2023-list.html");
        Assert.Equal(2, list.Counts["ID_CARD"]);
        Assert.Equal(1, list.Counts["PHONE_MOBILE"]);
        Assert.DoesNotContain("ID_CARD", report.Files.Single(f => f.Path == "notices/2024-list.html").Counts.Keys);
        Assert.Equal(report.Files.Sum(f => f.Counts.GetValueOrDefault("ID_CARD")), report.Totals.Counts["ID_CARD"]);
        Assert.Equal(4, progress.Count);
        Assert.Equal([1, 2, 3, 4], progress.Select(p => p.Done).Order());
        Assert.All(progress, p => Assert.Equal(4, p.Total));
    }

    [Fact]
    public void Findings_OnePerExposingFile_InTheReportContract()
    {
        var report = new DisclosureAuditor(fixture.Detector).Audit(BuildSite(), "https://gov.example/", cancellationToken: TestContext.Current.CancellationToken);

        var findings = AuditFindings.Build(report, "210104", "housing");

        Assert.Equal(3, findings.Findings.Count);
        Assert.Empty(FindingsReportValidator.Validate(findings, fixture.Reference.Legal, fixture.Reference.Sectors));
        var list = findings.Findings.Single(f => f.Subject == "https://gov.example/notices/2023-list.html");
        Assert.Contains("unmasked_ids", list.Signals);
        Assert.Contains("noncompliant_masking", list.Signals);
        Assert.Contains("hidden_exposure", list.Signals);
        Assert.DoesNotContain(TestDocuments.Id, FindingsReportJson.Serialize(findings), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AfterRectification_ShowsFixedStillExposedAndNew()
    {
        // Arrange: the first audit, then the site masks the 2023 list and publishes a new exposing page.
        var site = BuildSite();
        var auditor = new DisclosureAuditor(fixture.Detector);
        var first = auditor.Audit(site, "https://gov.example/", cancellationToken: TestContext.Current.CancellationToken);
        var list = Path.Combine(site, "notices", "2023-list.html");
        new FileMasker(fixture.Detector, MaskingPolicies.Get("public-notice")).Mask(list, list + ".masked");
        File.Move(list + ".masked", list, overwrite: true);
        File.WriteAllText(Path.Combine(site, "notices", "2025-new.html"), "<p>申请人周强，身份证号" + Id2 + "</p>");

        // Act
        var second = auditor.Audit(site, "https://gov.example/", first, cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        var comparison = second.Comparison!;
        Assert.Contains("notices/2023-list.html", comparison.Fixed);
        Assert.Contains("notices/annex.xlsx", comparison.StillExposed);
        Assert.Contains("notices/2025-new.html", comparison.New);
        Assert.Equal(first.Totals.DistinctUnmaskedIds, comparison.PreviousDistinctUnmaskedIds);
    }

    [Fact]
    public void HtmlReport_HoldsCountsButNoPersonalData()
    {
        var report = new DisclosureAuditor(fixture.Detector).Audit(BuildSite(), "https://gov.example/", cancellationToken: TestContext.Current.CancellationToken);

        var html = AuditHtmlReport.Render(report);

        Assert.Contains("个人信息公开披露审计报告", html, StringComparison.Ordinal);
        Assert.Contains("notices/2023-list.html", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestDocuments.Id, html, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", html, StringComparison.Ordinal);
    }
}
