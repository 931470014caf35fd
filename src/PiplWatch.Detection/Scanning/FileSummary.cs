namespace PiplWatch.Detection.Scanning;

/// <summary>The outcome of scanning one file: counts per type, the columns classified, or why it could not be read.</summary>
public sealed record FileSummary
{
    /// <summary>File path as reported.</summary>
    public required string File { get; init; }

    /// <summary>Format read (<c>csv</c>, <c>xlsx</c> …), or <c>unknown</c>.</summary>
    public required string Format { get; init; }

    /// <summary>SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Size in bytes.</summary>
    public long Bytes { get; init; }

    /// <summary>Hits per type.</summary>
    public IReadOnlyDictionary<PiiType, int> Counts { get; init; } = new Dictionary<PiiType, int>();

    /// <summary>Hits per type that a reader does not see (attributes, comments, hidden sheets, columns, text).</summary>
    public IReadOnlyDictionary<PiiType, int> HiddenCounts { get; init; } = new Dictionary<PiiType, int>();

    /// <summary>Table columns and what they hold.</summary>
    public IReadOnlyList<ColumnClassification> Columns { get; init; } = [];

    /// <summary>Why the file could not be read; null when it was.</summary>
    public string? Error { get; init; }

    /// <summary>Total hits.</summary>
    public int Total => Counts.Values.Sum();
}
