namespace PiplWatch.Cases.Clues;

/// <summary>Where a clue came from.</summary>
public static class ClueSources
{
    /// <summary>A supervision model's findings.</summary>
    public const string ModelRun = "model-run";

    /// <summary>A disclosure audit's findings.</summary>
    public const string Audit = "audit";

    /// <summary>A volunteer's report (益心为公).</summary>
    public const string Volunteer = "volunteer";

    /// <summary>A referral from a criminal case.</summary>
    public const string CriminalReferral = "criminal-referral";

    /// <summary>A hotline record (12309 and the like).</summary>
    public const string Hotline = "hotline";

    /// <summary>Entered by hand.</summary>
    public const string Manual = "manual";

    /// <summary>Every source.</summary>
    public static readonly IReadOnlyList<string> All = [ModelRun, Audit, Volunteer, CriminalReferral, Hotline, Manual];

    /// <summary>Chinese name of a source.</summary>
    public static string Zh(string source) => source switch
    {
        ModelRun => "大数据模型",
        Audit => "信息公开审查",
        Volunteer => "志愿者举报",
        CriminalReferral => "刑事案件移送",
        Hotline => "热线",
        _ => "人工录入",
    };
}

/// <summary>Where a clue stands.</summary>
public static class ClueStatuses
{
    /// <summary>Received, not yet evaluated.</summary>
    public const string Received = "received";

    /// <summary>Handed over to another procuratorate.</summary>
    public const string HandedOver = "handed-over";

    /// <summary>Evaluated: a case is to be opened (立案).</summary>
    public const string Accepted = "accepted";

    /// <summary>Evaluated: not opened (不予立案), with reasons.</summary>
    public const string Declined = "declined";

    /// <summary>A case was opened on it.</summary>
    public const string Opened = "opened";

    /// <summary>Chinese name of a status.</summary>
    public static string Zh(string status) => status switch
    {
        Received => "待评估",
        HandedOver => "已移送",
        Accepted => "评估后拟立案",
        Declined => "不予立案",
        Opened => "已立案",
        _ => status,
    };
}

/// <summary>
/// A clue (线索): something that may harm the public interest, from a model run, an audit, a volunteer, a criminal
/// case, a hotline or a person. Findings with the same model, kind, subject and region merge into one clue.
/// </summary>
public sealed class Clue
{
    /// <summary>Number, printed by the CLI.</summary>
    public long Id { get; set; }

    /// <summary>One of <see cref="ClueSources"/>.</summary>
    public required string Source { get; set; }

    /// <summary>The merge key: the finding id (model, kind, subject key, region) for findings; null otherwise.</summary>
    public string? MergeKey { get; set; }

    /// <summary>Short title.</summary>
    public required string Title { get; set; }

    /// <summary>Who or what it is about, masked.</summary>
    public required string Subject { get; set; }

    /// <summary>The model (or audit) that found it.</summary>
    public string? Model { get; set; }

    /// <summary>Finding kind.</summary>
    public string? Kind { get; set; }

    /// <summary>What the clue says, in words.</summary>
    public required string Description { get; set; }

    /// <summary>Region code where it happened.</summary>
    public required string Region { get; set; }

    /// <summary>Legal basis ids, comma-separated.</summary>
    public string LegalBasis { get; set; } = string.Empty;

    /// <summary>Competent sector ids, comma-separated.</summary>
    public string Sectors { get; set; } = string.Empty;

    /// <summary>The highest finding score.</summary>
    public double Score { get; set; }

    /// <summary>The procuratorate it is routed to.</summary>
    public string? Procuratorate { get; set; }

    /// <summary>That procuratorate's region code.</summary>
    public string? ProcuratorateRegion { get; set; }

    /// <summary>Whether the procuratorate's name was derived by rule rather than configured.</summary>
    public bool ProcuratorateDerived { get; set; }

    /// <summary>The code a volunteer follows the clue's status with (public reports); null otherwise.</summary>
    public string? TrackingCode { get; set; }

    /// <summary>The volunteer's account, when the report was made signed in.</summary>
    public string? ReportedBy { get; set; }

    /// <summary>Reporter's contact (volunteer, hotline), kept whole; shown masked.</summary>
    public string? Contact { get; set; }

    /// <summary>One of <see cref="ClueStatuses"/>.</summary>
    public string Status { get; set; } = ClueStatuses.Received;

    /// <summary>When it was received.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Who recorded it.</summary>
    public required string ReceivedBy { get; set; }

    /// <summary>Items of whereabouts, communication content, credit or property data involved (criminal thresholds).</summary>
    public long ItemsSensitive { get; set; }

    /// <summary>Items of accommodation, communication records, health or transaction data involved.</summary>
    public long ItemsImportant { get; set; }

    /// <summary>Other items of personal information involved.</summary>
    public long ItemsOther { get; set; }

    /// <summary>Illegal gains in yuan, when known.</summary>
    public decimal IllegalGains { get; set; }

    /// <summary>Whether the data was obtained in the course of work (insiders: half the thresholds).</summary>
    public bool Insider { get; set; }

    /// <summary>Findings merged into it.</summary>
    public List<ClueFinding> Findings { get; set; } = [];

    /// <summary>Files that came with it (a volunteer's screenshots), kept by hash.</summary>
    public List<ClueAttachment> Attachments { get; set; } = [];

    /// <summary>Hand-overs, oldest first.</summary>
    public List<ClueHandover> Handovers { get; set; } = [];

    /// <summary>Evaluations, oldest first; the last decides.</summary>
    public List<ClueEvaluation> Evaluations { get; set; } = [];

    /// <summary>Concurrency token.</summary>
    public int Version { get; set; }
}

/// <summary>A finding merged into a clue, with the run it came from.</summary>
public sealed class ClueFinding
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The clue.</summary>
    public long ClueId { get; set; }

    /// <summary>The finding id of Core's contract.</summary>
    public required string FindingId { get; set; }

    /// <summary>The run (model run or audit) it came from.</summary>
    public required string RunId { get; set; }

    /// <summary>Model version of that run.</summary>
    public required string ModelVersion { get; set; }

    /// <summary>The reason in words.</summary>
    public required string Reason { get; set; }

    /// <summary>Score.</summary>
    public double Score { get; set; }

    /// <summary>Masked evidence rows as JSON.</summary>
    public required string EvidenceJson { get; set; }

    /// <summary>SHA-256 of the report file it was imported from.</summary>
    public required string ReportSha256 { get; set; }

    /// <summary>When the run finished.</summary>
    public DateTimeOffset RunFinishedAt { get; set; }
}

/// <summary>A file that came with a clue, in the content store by its SHA-256.</summary>
public sealed class ClueAttachment
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The clue.</summary>
    public long ClueId { get; set; }

    /// <summary>SHA-256 of the content.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file name it came with.</summary>
    public required string FileName { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Length { get; set; }

    /// <summary>When it was received.</summary>
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>A hand-over of a clue to another procuratorate (移送), with the reason.</summary>
public sealed class ClueHandover
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The clue.</summary>
    public long ClueId { get; set; }

    /// <summary>From which procuratorate.</summary>
    public required string FromProcuratorate { get; set; }

    /// <summary>To which procuratorate.</summary>
    public required string ToProcuratorate { get; set; }

    /// <summary>Its region code.</summary>
    public required string ToRegion { get; set; }

    /// <summary>Why.</summary>
    public required string Reason { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>By whom.</summary>
    public required string By { get; set; }
}

/// <summary>The evaluation (评估) of a clue with its checklist and decision.</summary>
public sealed class ClueEvaluation
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The clue.</summary>
    public long ClueId { get; set; }

    /// <summary>Is the public interest harmed?</summary>
    public bool PublicInterestHarmed { get; set; }

    /// <summary>Are many people affected (PIPL art. 70: 众多个人)?</summary>
    public bool ManyAffected { get; set; }

    /// <summary>The sector whose agency has the duty, if one does.</summary>
    public string? DutySector { get; set; }

    /// <summary>Has that agency failed its duty (acting unlawfully or not acting)?</summary>
    public bool AgencyFailed { get; set; }

    /// <summary><c>open</c> (立案) or <c>decline</c> (不予立案).</summary>
    public required string Decision { get; set; }

    /// <summary>Reasons, required when declining.</summary>
    public required string Reasons { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>By whom.</summary>
    public required string By { get; set; }
}
