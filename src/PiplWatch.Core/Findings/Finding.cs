using System.Text.Json.Nodes;

namespace PiplWatch.Core.Findings;

/// <summary>
/// One thing a model, scan or audit found. <see cref="Id"/> is stable across runs (<see cref="FindingId"/>), so a
/// follow-up run can be compared with the first. <see cref="Subject"/> names what the finding is about in full —
/// an agency, an IP, an account, a company, a web page — except a person's identity, which is masked.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable id derived from model, kind, subject and region.</summary>
    public required string Id { get; init; }

    /// <summary>What the finding is about; a person's identity appears masked.</summary>
    public required string Subject { get; init; }

    /// <summary>The model's kind of finding, e.g. <c>identity_overuse</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Names of the signals that fired.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];

    /// <summary>Strength of the finding, 0–1.</summary>
    public required double Score { get; init; }

    /// <summary>The reason in words, for the procurator.</summary>
    public required string Reason { get; init; }

    /// <summary>Article ids of the legal catalog (e.g. <c>PIPL-28</c>).</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>Sector ids of the competent agencies.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Six-digit region code where the finding lies; routing follows it.</summary>
    public required string Region { get; init; }

    /// <summary>Evidence rows, personal data masked.</summary>
    public IReadOnlyList<JsonObject> Evidence { get; init; } = [];
}
