using System.Globalization;
using System.Security.Cryptography;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Store;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Core.Legal;
using PiplWatch.Detection;
using PiplWatch.Detection.Masking;

namespace PiplWatch.Cases.Documents;

/// <summary>A generated document: its file name (or where it was written), its hash and the evidence item that keeps it.</summary>
public sealed record GeneratedDocument(string Kind, string Path, string Sha256, string TemplateSha256, long EvidenceItemId);

/// <summary>
/// Generates the documents of a case from templates (the administrator's in <c>&lt;data&gt;/templates/KIND.docx</c>,
/// else the shipped ones), filled from the case file. Values pass through the public-notice policy unless the document
/// needs them whole (a complaint's defendant, a hearing's participants). Each document is kept in the evidence locker
/// with its hash and recorded on the case.
/// </summary>
public sealed class DocumentService(CaseService cases, EvidenceLocker locker, CaseStore store, ReferenceData reference, PiiDetector detector, string dataDirectory, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly MaskingPolicy _policy = MaskingPolicies.Get("public-notice");

    /// <summary>The folder of an administrator's templates.</summary>
    public string TemplateFolder => Path.Combine(dataDirectory, "templates");

    /// <summary>The template in use for <paramref name="kind"/>: the administrator's, else the shipped one.</summary>
    public (byte[] Content, string Name) Template(string kind)
    {
        _ = DocumentKinds.Get(kind);
        var custom = Path.Combine(TemplateFolder, kind + ".docx");
        return File.Exists(custom) ? (File.ReadAllBytes(custom), custom) : (DefaultTemplates.Create(kind), "default " + kind + ".docx");
    }

    /// <summary>Generates <paramref name="kind"/> for the case into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The case has not reached the stage the document belongs to.</exception>
    public GeneratedDocument Generate(long caseId, string kind, string output, string user)
    {
        var (generated, content) = Generate(caseId, kind, user);
        AtomicFile.WriteAsync(output, stream => stream.WriteAsync(content).AsTask()).GetAwaiter().GetResult();
        return generated with { Path = output };
    }

    /// <summary>Generates <paramref name="kind"/> for the case, kept in the locker; returns it with its content.</summary>
    /// <exception cref="ArgumentException">The case has not reached the stage the document belongs to.</exception>
    public (GeneratedDocument Document, byte[] Content) Generate(long caseId, string kind, string user)
    {
        var documentKind = DocumentKinds.Get(kind);
        var file = cases.Records(caseId);
        if (file.Case.Events.All(e => e.Stage != documentKind.RequiredStage))
        {
            throw new ArgumentException($"a {documentKind.Zh} belongs to the stage {documentKind.RequiredStage}, which case {caseId} has not reached", nameof(kind));
        }

        var values = Fields(file, documentKind);
        foreach (var key in values.Keys.Where(k => !documentKind.WholeFields.Contains(k)).ToList())
        {
            values[key] = TextMasker.Mask(values[key], detector.Detect(values[key]), _policy);
        }

        var (template, templateName) = Template(kind);
        var content = DocxTemplate.Fill(template, values, templateName);
        var item = locker.Prepare(caseId, content, $"{caseId}-{kind}.docx", EvidenceKinds.Document, $"{documentKind.Zh}（{values["文书编号"]}）", user);
        var templateSha = Convert.ToHexStringLower(SHA256.HashData(template));
        using (var db = store.CreateContext())
        {
            // The locker's item and the document's record are one write.
            using var transaction = db.Database.BeginTransaction();
            db.EvidenceItems.Add(item);
            db.SaveChanges();
            db.Documents.Add(new CaseDocument { CaseId = caseId, Kind = kind, Sha256 = item.Sha256, TemplateSha256 = templateSha, EvidenceItemId = item.Id, GeneratedAt = _time.GetUtcNow(), GeneratedBy = user });
            db.SaveChanges();
            transaction.Commit();
        }

        return (new GeneratedDocument(kind, item.FileName, item.Sha256, templateSha, item.Id), content);
    }

    /// <summary>The documents generated for a case.</summary>
    public IReadOnlyList<CaseDocument> List(long caseId)
    {
        using var db = store.CreateContext();
        return [.. db.Documents.Where(d => d.CaseId == caseId).OrderBy(d => d.Id)];
    }

    private Dictionary<string, string> Fields(CaseFile file, DocumentKind kind)
    {
        var record = file.Case;
        var caseKind = CaseKinds.Parse(record.Kind);
        var rules = cases.Procedure.Rules.Get(record.RulesVersion);
        var deadlines = new DeadlineCalculator(rules, cases.Procedure.Calendar).For(caseKind, [.. record.Events.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new StageEvent(e.Stage, e.Date, e.Urgent))], cases.Today);
        var recommendation = file.Recommendations.Count > 0 ? file.Recommendations[^1] : null;
        var followUp = file.FollowUps.Count > 0 ? file.FollowUps[^1] : null;
        var meeting = file.Meetings.LastOrDefault(m => m.Kind == "hearing");
        var evaluation = file.Clue.Evaluations.LastOrDefault();
        DateOnly? EventDay(string stage) => record.Events.Where(e => e.Stage == stage).Select(e => (DateOnly?)e.Date).LastOrDefault();
        var basisIds = (recommendation?.LegalBasis ?? file.Clue.LegalBasis).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["检察院"] = record.Procuratorate,
            ["文书编号"] = string.Create(CultureInfo.InvariantCulture, $"PiplWatch〔{record.OpenedOn.Year}〕{record.Id}号-{kind.Id}"),
            ["案由"] = record.Title,
            ["案件类型"] = caseKind.Zh(),
            ["对象"] = record.Subject,
            ["线索来源"] = ClueSources.Zh(file.Clue.Source),
            ["线索接收日期"] = DateZh(DateOnly.FromDateTime(file.Clue.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).DateTime)),
            ["事实"] = Sentence(recommendation?.Facts ?? file.Clue.Description),
            ["评估意见"] = evaluation is null ? "线索具有可查性。" : Sentence(string.Join("，", new[]
            {
                evaluation.PublicInterestHarmed ? "社会公共利益受到侵害" : "社会公共利益受损情况待查",
                evaluation.ManyAffected ? "涉及众多个人" : null,
                evaluation.DutySector is { } duty ? $"{reference.Sectors.Find(duty)?.NameZh ?? duty}部门负有监督管理职责" : null,
                evaluation.AgencyFailed ? "相关行政机关可能存在未依法全面履职情形" : null,
                evaluation.Reasons.Length > 0 ? evaluation.Reasons : null,
            }.Where(p => p is not null))),
            ["立案依据"] = caseKind switch
            {
                CaseKind.Administrative => "《中华人民共和国行政诉讼法》第二十五条第四款、《人民检察院公益诉讼办案规则》",
                CaseKind.Civil => "《中华人民共和国民事诉讼法》第五十八条、《中华人民共和国个人信息保护法》第七十条、《人民检察院公益诉讼办案规则》",
                _ => "《中华人民共和国个人信息保护法》第七十条、两高《关于检察公益诉讼案件适用法律若干问题的解释》第二十条、《人民检察院公益诉讼办案规则》",
            },
            ["立案日期"] = DateZh(record.OpenedOn),
            ["法律依据"] = string.Join("、", basisIds.Select(id => LegalCitation.Zh(reference.Legal, id)).Distinct()),
            ["被建议机关"] = recommendation?.Agency ?? "—",
            ["建议事项"] = recommendation is null ? "—" : string.Join('\n', recommendation.Asks.Split('\n').Select((a, i) => $"{LegalCitation.Number(i + 1)}、{a}")),
            ["回复期间"] = recommendation?.Urgent == true ? "十五日" : "两个月",
            ["回复期限"] = Due(deadlines, "agency-reply", "agency-reply-urgent"),
            ["送达日期"] = recommendation is null ? "—" : DateZh(recommendation.ServedOn),
            ["回复情况"] = recommendation?.RepliedOn is { } replied ? $"{recommendation.Agency}于{DateZh(replied)}书面回复：{Sentence(recommendation.Reply ?? "已回复")}" : "被建议机关未在期限内书面回复。",
            ["公告日期"] = EventDay("notice") is { } notice ? DateZh(notice) : "—",
            ["公告期满日"] = Due(deadlines, "civil-notice"),
            ["起诉书名称"] = caseKind == CaseKind.Administrative ? "行政公益诉讼起诉书" : caseKind == CaseKind.Civil ? "民事公益诉讼起诉书" : "刑事附带民事公益诉讼起诉书",
            ["被告"] = caseKind == CaseKind.Administrative ? recommendation?.Agency ?? record.Subject : record.Subject,
            ["诉讼请求"] = Claims(file, caseKind, recommendation),
            ["诉前程序"] = caseKind == CaseKind.Administrative
                ? recommendation is null ? "—" : $"本院于{DateZh(recommendation.ServedOn)}向被告送达检察建议书。{(followUp is null ? "被告未依法全面履行职责。" : $"经跟进调查，{followUp.Conclusion}")}"
                : EventDay("notice") is { } published ? $"本院于{DateZh(published)}依法公告，公告期满，没有法律规定的机关和有关组织提起诉讼，社会公共利益仍处于受侵害状态。" : "—",
            ["起诉依据"] = caseKind == CaseKind.Administrative ? "《中华人民共和国行政诉讼法》第二十五条第四款" : "《中华人民共和国民事诉讼法》第五十八条第二款、《中华人民共和国个人信息保护法》第七十条",
            ["受诉法院"] = "有管辖权的人民法院",
            ["起诉日期"] = EventDay("suit") is { } suit ? DateZh(suit) : "—",
            ["跟进调查日期"] = followUp is null ? "—" : DateZh(followUp.Date),
            ["模型"] = file.Clue.Model ?? "—",
            ["跟进运行"] = followUp?.RunId ?? "—",
            ["原运行"] = followUp?.BaselineRunId ?? "—",
            ["原发现数"] = followUp is null ? "—" : (followUp.Fixed + followUp.StillOpen).ToString(CultureInfo.InvariantCulture),
            ["已整改"] = followUp?.Fixed.ToString(CultureInfo.InvariantCulture) ?? "—",
            ["仍存在"] = followUp?.StillOpen.ToString(CultureInfo.InvariantCulture) ?? "—",
            ["新增"] = followUp?.New.ToString(CultureInfo.InvariantCulture) ?? "—",
            ["跟进结论"] = followUp?.Conclusion ?? "—",
            ["报告日期"] = DateZh(cases.Today),
            ["听证日期"] = meeting is null ? "—" : DateZh(meeting.Date),
            ["听证地点"] = meeting?.Place ?? "—",
            ["参加人员"] = meeting is null ? "—" : string.Join('\n', meeting.Participants.Select(p => $"{ParticipantRoles.Zh[p.Role]}：{p.Name}{(p.Organisation is null ? string.Empty : $"（{p.Organisation}）")}")),
            ["听证纪要"] = meeting?.Minutes ?? "—",
            ["听证结论"] = meeting?.Conclusion ?? "—",
        };
        return values;
    }

    private static string Claims(CaseFile file, CaseKind kind, Recommendation? recommendation)
    {
        if (kind == CaseKind.Administrative)
        {
            return recommendation is null ? "判令被告依法履行监管职责。" : $"一、判令被告依法履行对{file.Case.Subject}相关个人信息处理活动的监督管理职责；\n二、本案诉讼费用由被告承担。";
        }

        if (file.Claims.Count == 0)
        {
            return "—";
        }

        return string.Join('\n', file.Claims.Select((c, i) => string.Create(CultureInfo.InvariantCulture,
            $"{LegalCitation.Number(i + 1)}、{c.Text}{(c.Amount is { } amount ? $"（人民币 {amount:N2} 元）" : string.Empty)}")));
    }

    private static string Due(IReadOnlyList<DueItem> deadlines, params string[] rules) =>
        deadlines.FirstOrDefault(d => rules.Contains(d.Rule)) is { } item ? DateZh(item.Due) : "—";

    private static string DateZh(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || "。！？；".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + "。";
    }
}
