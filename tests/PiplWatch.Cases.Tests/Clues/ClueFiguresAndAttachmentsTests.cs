using System.Text.Json.Nodes;
using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Cases.Thresholds;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

namespace PiplWatch.Cases.Tests.Clues;

public sealed class ClueFiguresAndAttachmentsTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_referral_with_figures_is_flagged_and_its_attachments_become_case_evidence(string provider)
    {
        using var test = TestStore.Create(provider);
        var time = FixedTime.At(2025, 7, 1);
        var content = new ContentStore(test.DataDirectory);
        var clues = new ClueService(test.Store, Reference, time, content);
        var screenshot = Path.Combine(test.DataDirectory, "waybill-query-log.png");
        File.WriteAllBytes(screenshot, [1, 2, 3, 4]);

        // O7-like: insiders passed waybills (other personal information) for gains.
        var clue = clues.Create(new ClueDraft
        {
            Source = ClueSources.CriminalReferral,
            Title = "快递网点内部人员查询出售面单信息",
            Subject = "某快递公司宝安区网点",
            Description = "8 名内部人员按手机号查询面单并提供给他人",
            Region = "440306",
            Attachments = [screenshot],
            Figures = new ThresholdFigures { Other = 3000, Gains = 240_183.08m, Insider = true },
        }, "criminal-desk");

        var stored = clues.Get(clue.Id);
        var attachment = Assert.Single(stored.Attachments);
        Assert.True(File.Exists(content.PathOf(attachment.Sha256)));
        var assessment = ClueService.Assess(stored)!;
        Assert.Equal(ThresholdLevel.EspeciallySerious, assessment.Level); // 240,183 yuan is over ten times 2,500
        Assert.True(assessment.ConsiderReferral);

        clues.Evaluate(clue.Id, new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, AgencyFailed = false, Decision = "open" }, "procurator");
        var cases = new CaseService(test.Store, Reference, WorkCalendar.Embedded, time);
        var opened = cases.Open(clue.Id, CaseKind.CriminalCivil, "procurator");
        var item = Assert.Single(new EvidenceLocker(test.Store, test.DataDirectory, time).List(opened.Id));
        Assert.Equal(attachment.Sha256, item.Sha256);
        Assert.Equal("linked", Assert.Single(item.Custody).Action);
    }

    [Fact]
    public void Findings_carry_their_figures_into_the_clue()
    {
        var finding = new Finding
        {
            Id = "f1",
            Subject = "http://gov.example/notice.html",
            Kind = "exposed_ids",
            Score = 0.9,
            Reason = "公开完整身份证号",
            Region = "210104",
            Evidence = [new JsonObject { ["unmasked_ids"] = 87_000 }, new JsonObject { ["items_sensitive"] = 10, ["illegal_gains"] = 100.5 }],
        };
        var figures = ClueService.FiguresOf(finding)!;
        Assert.Equal((10L, 0L, 87_000L, 100.5m), (figures.Sensitive, figures.Important, figures.Other, figures.Gains));
        Assert.Null(ClueService.FiguresOf(finding with { Evidence = [new JsonObject { ["entries"] = 128 }] }));
    }
}
