namespace PiplWatch.Cases.Procedure;

/// <summary>How the procuratorate investigated (调查): the methods of the rules and of data-era practice.</summary>
public static class InvestigationKinds
{
    /// <summary>询问 — questioning a party or witness.</summary>
    public const string Inquiry = "inquiry";

    /// <summary>现场勘验 — inspecting a site.</summary>
    public const string SiteInspection = "site-inspection";

    /// <summary>远程网页勘验 — inspecting a website remotely (an audit).</summary>
    public const string RemoteInspection = "remote-inspection";

    /// <summary>数据碰撞 — a model run over collected data.</summary>
    public const string DataCollision = "data-collision";

    /// <summary>专家意见 — an expert's opinion.</summary>
    public const string ExpertOpinion = "expert-opinion";

    /// <summary>技术检测 — a technical test (app traffic, system configuration).</summary>
    public const string TechnicalDetection = "technical-detection";

    /// <summary>Every kind with its Chinese name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Inquiry] = "询问",
        [SiteInspection] = "现场勘验",
        [RemoteInspection] = "远程网页勘验",
        [DataCollision] = "数据碰撞",
        [ExpertOpinion] = "专家意见",
        [TechnicalDetection] = "技术检测",
    };
}

/// <summary>An investigation record of a case.</summary>
public sealed class InvestigationRecord
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>One of <see cref="InvestigationKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>What was done and found.</summary>
    public required string Summary { get; set; }

    /// <summary>Evidence items it produced.</summary>
    public string EvidenceIds { get; set; } = string.Empty;

    /// <summary>When recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>By whom.</summary>
    public required string RecordedBy { get; set; }
}

/// <summary>Who takes part in a consultation or hearing.</summary>
public static class ParticipantRoles
{
    /// <summary>Every role with its Chinese name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["npc-deputy"] = "人大代表",
        ["cppcc-member"] = "政协委员",
        ["people-supervisor"] = "人民监督员",
        ["volunteer"] = "公益诉讼志愿者",
        ["expert"] = "专家",
        ["agency"] = "行政机关代表",
        ["party"] = "当事人",
        ["procurator"] = "检察官",
    };
}

/// <summary>A 诉前磋商 or 公开听证 of a case, with its participants, minutes and conclusion.</summary>
public sealed class Meeting
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary><c>consultation</c> or <c>hearing</c> (the stage it records).</summary>
    public required string Kind { get; set; }

    /// <summary>The day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Where.</summary>
    public string? Place { get; set; }

    /// <summary>Minutes.</summary>
    public required string Minutes { get; set; }

    /// <summary>Conclusion.</summary>
    public required string Conclusion { get; set; }

    /// <summary>Participants.</summary>
    public List<MeetingParticipant> Participants { get; set; } = [];
}

/// <summary>A participant of a meeting.</summary>
public sealed class MeetingParticipant
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The meeting.</summary>
    public long MeetingId { get; set; }

    /// <summary>A key of <see cref="ParticipantRoles.Zh"/>.</summary>
    public required string Role { get; set; }

    /// <summary>Name (participants of a public hearing are named in its record).</summary>
    public required string Name { get; set; }

    /// <summary>Organisation or title.</summary>
    public string? Organisation { get; set; }
}

/// <summary>The content of a 检察建议: addressee, facts, legal basis, what is asked; and the agency's reply.</summary>
public sealed class Recommendation
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>Addressee sector.</summary>
    public required string AgencySector { get; set; }

    /// <summary>Addressee agency.</summary>
    public required string Agency { get; set; }

    /// <summary>The day it was served.</summary>
    public DateOnly ServedOn { get; set; }

    /// <summary>Urgent: 15 days.</summary>
    public bool Urgent { get; set; }

    /// <summary>The facts found.</summary>
    public required string Facts { get; set; }

    /// <summary>Legal basis ids, comma-separated.</summary>
    public required string LegalBasis { get; set; }

    /// <summary>What is asked, one item per line.</summary>
    public required string Asks { get; set; }

    /// <summary>The day the reply arrived.</summary>
    public DateOnly? RepliedOn { get; set; }

    /// <summary>The agency's reply and rectification report.</summary>
    public string? Reply { get; set; }
}

/// <summary>A 跟进调查: a new run or audit compared with the original, and what it shows.</summary>
public sealed class FollowUp
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>The day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The new run.</summary>
    public required string RunId { get; set; }

    /// <summary>SHA-256 of its report.</summary>
    public required string ReportSha256 { get; set; }

    /// <summary>The run it is compared with.</summary>
    public required string BaselineRunId { get; set; }

    /// <summary>Findings of the case's clue that are gone (fixed).</summary>
    public int Fixed { get; set; }

    /// <summary>Findings still present.</summary>
    public int StillOpen { get; set; }

    /// <summary>Findings new in the follow-up run.</summary>
    public int New { get; set; }

    /// <summary>Conclusion in words.</summary>
    public required string Conclusion { get; set; }
}

/// <summary>A claim of a civil suit.</summary>
public sealed class CivilClaim
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>stop, delete, damages, apology or other.</summary>
    public required string Kind { get; set; }

    /// <summary>The claim in words.</summary>
    public required string Text { get; set; }

    /// <summary>Amount in yuan (damages).</summary>
    public decimal? Amount { get; set; }

    /// <summary>Claim kinds with their Chinese names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["stop"] = "停止侵害",
        ["delete"] = "删除个人信息",
        ["damages"] = "赔偿损失",
        ["apology"] = "在全国性媒体公开赔礼道歉",
        ["other"] = "其他",
    };
}
