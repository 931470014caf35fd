namespace PiplWatch.Cases.Evidence;

/// <summary>What an evidence item is.</summary>
public static class EvidenceKinds
{
    /// <summary>A file (a screenshot, an export, a letter).</summary>
    public const string File = "file";

    /// <summary>A model run's report, with its inputs' hashes.</summary>
    public const string ModelRun = "model-run";

    /// <summary>A disclosure audit's report.</summary>
    public const string Audit = "audit";

    /// <summary>A document the platform generated (立案决定书, 检察建议书 …).</summary>
    public const string Document = "document";
}

/// <summary>
/// An item of the evidence locker: a file stored by its SHA-256 (content-addressed, so the same bytes are stored once
/// and any change shows), who added it when, and its chain of custody.
/// </summary>
public sealed class EvidenceItem
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>One of <see cref="EvidenceKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>SHA-256 of the content (lower-case hex); also its name in the locker.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Length { get; set; }

    /// <summary>The file name it came with.</summary>
    public required string FileName { get; set; }

    /// <summary>What it shows.</summary>
    public required string Description { get; set; }

    /// <summary>For runs and audits: the run id.</summary>
    public string? RunId { get; set; }

    /// <summary>For runs and audits: the inputs and their hashes, as JSON.</summary>
    public string? InputsJson { get; set; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset AddedAt { get; set; }

    /// <summary>By whom.</summary>
    public required string AddedBy { get; set; }

    /// <summary>Chain of custody, oldest first.</summary>
    public List<CustodyEntry> Custody { get; set; } = [];
}

/// <summary>One link of the chain of custody: what was done with an item, when, by whom, and the hash seen then.</summary>
public sealed class CustodyEntry
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The item.</summary>
    public long EvidenceItemId { get; set; }

    /// <summary>added, verified, exported, linked.</summary>
    public required string Action { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>By whom.</summary>
    public required string By { get; set; }

    /// <summary>The SHA-256 computed at that moment.</summary>
    public required string Sha256Seen { get; set; }

    /// <summary>Note.</summary>
    public string? Note { get; set; }
}

/// <summary>A document generated for a case, kept with its hash and the template it came from.</summary>
public sealed class CaseDocument
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>Document kind (filing-decision, recommendation …).</summary>
    public required string Kind { get; set; }

    /// <summary>SHA-256 of the DOCX.</summary>
    public required string Sha256 { get; set; }

    /// <summary>SHA-256 of the template used.</summary>
    public required string TemplateSha256 { get; set; }

    /// <summary>The evidence item holding it.</summary>
    public long EvidenceItemId { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>By whom.</summary>
    public required string GeneratedBy { get; set; }
}
