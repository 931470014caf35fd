namespace PiplWatch.Detection.Audit;

/// <summary>
/// What one published file exposes. The JSON names (<c>path</c>, <c>unmasked_ids</c> …) are a contract: scripts and
/// the follow-up comparison depend on them.
/// </summary>
public sealed record FileAudit
{
    /// <summary>Path relative to the audited site or folder.</summary>
    public required string Path { get; init; }

    /// <summary>Format read.</summary>
    public string Format { get; init; } = "unknown";

    /// <summary>SHA-256 of the file as published.</summary>
    public string Sha256 { get; init; } = string.Empty;

    /// <summary>Hits per PII type (public names such as <c>ID_CARD</c>), as the scan counts them.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Distinct valid ID numbers published in full.</summary>
    public int UnmaskedIds { get; init; }

    /// <summary>Of those, the ones a reader of the page sees (not only in attributes, comments, hidden sheets …).</summary>
    public int UnmaskedIdsVisible { get; init; }

    /// <summary>ID numbers masked, but not to the public-notice standard (the birth date left readable).</summary>
    public int NoncompliantMaskedIds { get; init; }

    /// <summary>ID numbers masked to the standard.</summary>
    public int MaskedIds { get; init; }

    /// <summary>Full names in the same row or record as an unmasked ID number.</summary>
    public int UnmaskedNamesNextToIds { get; init; }

    /// <summary>Mobile and fixed-line numbers in full.</summary>
    public int UnmaskedPhones { get; init; }

    /// <summary>Mobile numbers masked (any standard).</summary>
    public int MaskedPhones { get; init; }

    /// <summary>Addresses down to the door number (号, 室, 栋, 单元 …).</summary>
    public int DoorLevelAddresses { get; init; }

    /// <summary>Personal data a reader does not see but the file publishes (attributes, comments, hidden sheets, columns, text).</summary>
    public int HiddenItems { get; init; }

    /// <summary>PDF areas drawn over with a dark box while the text under them is still in the text layer.</summary>
    public int FakeRedactions { get; init; }

    /// <summary>Why the file could not be read, if it could not.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the file exposes anything the public-notice standard forbids.</summary>
    public bool Exposes => UnmaskedIds > 0 || UnmaskedPhones > 0 || DoorLevelAddresses > 0 || NoncompliantMaskedIds > 0 || FakeRedactions > 0;
}
