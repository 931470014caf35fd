using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Documents;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Tests.Evidence;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Detection;

namespace PiplWatch.Cases.Tests.Documents;

public sealed class CaseDocumentsTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void An_administrative_case_produces_its_documents_from_its_records(string provider)
    {
        using var test = TestStore.Create(provider);
        var time = FixedTime.At(2025, 7, 1);
        var caseId = EvidenceLockerTests.OpenCase(test, time);
        time.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var (cases, documents) = Services(test, time);

        cases.Investigate(caseId, InvestigationKinds.DataCollision, new DateOnly(2025, 7, 10), "对 241,012 条预约记录进行数据碰撞", "analyst");
        cases.Hold(caseId, new MeetingInput("hearing", new DateOnly(2025, 7, 20), "珠山区人民检察院听证室", "听证员认为重复预约问题属实", "建议向文旅部门制发检察建议",
            [new MeetingParticipant { Role = "npc-deputy", Name = "王建国", Organisation = "珠山区人大代表" }, new MeetingParticipant { Role = "expert", Name = "李华", Organisation = "景德镇学院" }]), "procurator");
        cases.Recommend(caseId, new RecommendationInput(new DateOnly(2025, 8, 1), "culture-tourism", Urgent: false), "procurator");
        cases.Reply(caseId, new DateOnly(2025, 9, 20), "已约谈博物馆并上线实名预约频次限制", "procurator");

        var followUp = cases.FollowUpWith(caseId, new DateOnly(2025, 11, 3), new FindingsBuilder().Build("run-2", time.Now), new string('d', 64), "analyst");
        Assert.Equal((1, 0, 0), (followUp.Fixed, followUp.StillOpen, followUp.New));
        cases.Advance(caseId, new AdvanceRequest { To = "closed", Date = new DateOnly(2025, 11, 5) }, "procurator");

        var folder = test.DataDirectory;
        var filing = DocxText.All(documents.Generate(caseId, "filing-decision", Path.Combine(folder, "filing.docx"), "procurator").Path);
        Assert.Contains("景德镇市珠山区人民检察院", filing, StringComparison.Ordinal);
        Assert.Contains("立案决定书", filing, StringComparison.Ordinal);
        Assert.Contains("2025年7月1日", filing, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国行政诉讼法》第二十五条第四款", filing, StringComparison.Ordinal);

        var recommendation = DocxText.All(documents.Generate(caseId, "recommendation", Path.Combine(folder, "recommendation.docx"), "procurator").Path);
        Assert.Contains("景德镇市珠山区文化广电和旅游局：", recommendation, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国个人信息保护法》第十条", recommendation, StringComparison.Ordinal);
        Assert.Contains("一、依法全面履行监管职责", recommendation, StringComparison.Ordinal);
        Assert.Contains("两个月", recommendation, StringComparison.Ordinal);
        Assert.Contains("2025年10月9日", recommendation, StringComparison.Ordinal);
        Assert.Contains("360203********1234", recommendation, StringComparison.Ordinal);

        var hearing = DocxText.All(documents.Generate(caseId, "hearing-record", Path.Combine(folder, "hearing.docx"), "procurator").Path);
        Assert.Contains("人大代表：王建国（珠山区人大代表）", hearing, StringComparison.Ordinal);
        Assert.Contains("专家：李华（景德镇学院）", hearing, StringComparison.Ordinal);

        var report = DocxText.All(documents.Generate(caseId, "follow-up-report", Path.Combine(folder, "follow-up.docx"), "procurator").Path);
        Assert.Contains("已整改 1 项，仍存在 0 项", report, StringComparison.Ordinal);
        Assert.Contains("2025年9月20日书面回复", report, StringComparison.Ordinal);

        // Not before its stage; and every document is kept as evidence with its hash.
        Assert.Contains("notice", Assert.Throws<ArgumentException>(() => documents.Generate(caseId, "notice", Path.Combine(folder, "n.docx"), "procurator")).Message, StringComparison.Ordinal);
        var kept = documents.List(caseId);
        Assert.Equal(["filing-decision", "recommendation", "hearing-record", "follow-up-report"], kept.Select(d => d.Kind));
        var locker = new EvidenceLocker(test.Store, test.DataDirectory, time);
        Assert.All(kept, d => Assert.True(locker.Verify(d.EvidenceItemId, "auditor")));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_civil_case_produces_its_notice_and_complaint(string provider)
    {
        using var test = TestStore.Create(provider);
        var time = FixedTime.At(2025, 1, 2);
        var caseId = EvidenceLockerTests.OpenCase(test, time, CaseKind.Civil);
        time.Now = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var (cases, documents) = Services(test, time);

        cases.Advance(caseId, new AdvanceRequest { To = "notice", Date = new DateOnly(2025, 1, 3) }, "procurator");
        var notice = DocxText.All(documents.Generate(caseId, "notice", Path.Combine(test.DataDirectory, "notice.docx"), "procurator").Path);
        Assert.Contains("第十三条", notice, StringComparison.Ordinal);
        Assert.Contains("2025年2月5日", notice, StringComparison.Ordinal); // 30 days after 3 January end on 2 February, in the Spring Festival rest days

        cases.Claim(caseId, "stop", "判令被告立即停止违法处理个人信息", null);
        cases.Claim(caseId, "damages", "判令被告支付公益损害赔偿金", 38_760m);
        cases.Claim(caseId, "apology", "判令被告在全国性媒体公开赔礼道歉", null);
        Assert.Throws<ArgumentException>(() => cases.Claim(caseId, "damages", "没有金额", null));
        cases.Advance(caseId, new AdvanceRequest { To = "suit", Date = new DateOnly(2025, 3, 10) }, "procurator");

        var complaint = DocxText.All(documents.Generate(caseId, "complaint", Path.Combine(test.DataDirectory, "complaint.docx"), "procurator").Path);
        Assert.Contains("民事公益诉讼起诉书", complaint, StringComparison.Ordinal);
        Assert.Contains("二、判令被告支付公益损害赔偿金（人民币 38,760.00 元）", complaint, StringComparison.Ordinal);
        Assert.Contains("依法公告，公告期满", complaint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_template_is_used_and_an_unknown_placeholder_is_named()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        var time = FixedTime.At(2025, 7, 1);
        var caseId = EvidenceLockerTests.OpenCase(test, time);
        var (_, documents) = Services(test, time);
        Directory.CreateDirectory(documents.TemplateFolder);

        // The administrator's template: the default with one placeholder more that the platform does not have.
        var edited = DocxTemplate.Fill(DefaultTemplates.Create("filing-decision"), new Dictionary<string, string>(DocxTemplate.Placeholders(DefaultTemplates.Create("filing-decision")).ToDictionary(p => p, p => "{{" + p + "}}")), "copy");
        File.WriteAllBytes(Path.Combine(documents.TemplateFolder, "filing-decision.docx"), edited);
        Assert.Contains("{{检察院}}", string.Join("", DocxText.Paragraphs(edited)), StringComparison.Ordinal);
        var ok = DocxText.All(documents.Generate(caseId, "filing-decision", Path.Combine(test.DataDirectory, "f.docx"), "procurator").Path);
        Assert.Contains("景德镇市珠山区人民检察院", ok, StringComparison.Ordinal);

        var broken = DocxTemplate.Fill(DefaultTemplates.Create("filing-decision"), DocxTemplate.Placeholders(DefaultTemplates.Create("filing-decision")).ToDictionary(p => p, p => p == "案由" ? "{{承办检察官}}" : "{{" + p + "}}"), "copy");
        File.WriteAllBytes(Path.Combine(documents.TemplateFolder, "filing-decision.docx"), broken);
        var error = Assert.Throws<InvalidDataException>(() => documents.Generate(caseId, "filing-decision", Path.Combine(test.DataDirectory, "g.docx"), "procurator"));
        Assert.Contains("{{承办检察官}}", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(test.DataDirectory, "g.docx")));
    }

    private static (CaseService Cases, DocumentService Documents) Services(TestStore test, FixedTime time)
    {
        var cases = new CaseService(test.Store, Reference, WorkCalendar.Embedded, time);
        var documents = new DocumentService(cases, new EvidenceLocker(test.Store, test.DataDirectory, time), test.Store, Reference, new PiiDetector(Reference.Regions), test.DataDirectory, time);
        return (cases, documents);
    }
}
