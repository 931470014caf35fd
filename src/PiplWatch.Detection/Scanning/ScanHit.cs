using System.Text.Json.Serialization;

namespace PiplWatch.Detection.Scanning;

/// <summary>
/// A hit with what a report needs to stand as evidence: where it is, the source file's SHA-256, when it was scanned,
/// the engine version, and the value and its context masked. <see cref="Value"/> is the value in full: it is never
/// written to reports (JSON ignores it) and exists for counting distinct values and for audited reveals.
/// </summary>
public sealed record ScanHit
{
    /// <summary>File path as reported (inside archives: <c>a.zip!/b.csv</c>).</summary>
    public required string File { get; init; }

    /// <summary>SHA-256 of the file's bytes (lowercase hex).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The type.</summary>
    public required PiiType Type { get; init; }

    /// <summary>Where in the file.</summary>
    public required ScanLocation Location { get; init; }

    /// <summary>Start offset within the segment's text (UTF-16 code units).</summary>
    public required int Start { get; init; }

    /// <summary>End offset (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>Detector score 0–1.</summary>
    public required double Score { get; init; }

    /// <summary>The value masked with the display policy.</summary>
    public required string MaskedValue { get; init; }

    /// <summary>About twenty characters either side, every value in it masked.</summary>
    public required string MaskedContext { get; init; }

    /// <summary>Whether a reader of the document sees the value.</summary>
    public bool Visible { get; init; } = true;

    /// <summary>Why it is not visible (comment, attribute, hidden sheet …).</summary>
    public string? HiddenBecause { get; init; }

    /// <summary>When the file was scanned.</summary>
    public required DateTimeOffset ScannedAt { get; init; }

    /// <summary>Version of the detection engine.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The value in full (canonical form). Never serialized.</summary>
    [JsonIgnore]
    public required string Value { get; init; }
}
