using PiplWatch.Detection.Audit;

namespace PiplWatch.Web.Audits;

/// <summary>What a user asks for: uploaded files or a site URL, where the publishing agency is, and what to compare with.</summary>
public sealed record AuditRequest
{
    /// <summary><see cref="AuditKinds.Upload"/> or <see cref="AuditKinds.Site"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The site URL, or the name the user gives the uploaded files.</summary>
    public required string Target { get; init; }

    /// <summary>GB/T 2260 code of the publishing agency (routes the clue).</summary>
    public required string Region { get; init; }

    /// <summary>Sector id of the publishing agency, if known.</summary>
    public string? Sector { get; init; }

    /// <summary>Id of an earlier audit of the same target to compare with.</summary>
    public string? CompareWith { get; init; }

    /// <summary>Pages and files fetched at most (site only).</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Link depth (site only).</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>Requests per second (site only).</summary>
    public double Rate { get; init; } = 2;
}

/// <summary>The two kinds of audit.</summary>
public static class AuditKinds
{
    /// <summary>Files uploaded from the user's computer.</summary>
    public const string Upload = "upload";

    /// <summary>A public website crawled from the server.</summary>
    public const string Site = "site";
}

/// <summary>
/// An audit in the workspace (<c>audits/&lt;id&gt;/audit.json</c>): who asked for what, when, and the totals, so the
/// list needs no report. The target may hold personal data (a URL's query, a name); pages show it masked.
/// </summary>
public sealed record AuditRecord
{
    /// <summary>Id in URLs and folder names.</summary>
    public required string Id { get; init; }

    /// <summary>What was asked for.</summary>
    public required AuditRequest Request { get; init; }

    /// <summary>Who started it.</summary>
    public required string StartedBy { get; init; }

    /// <summary>When it started (+08:00).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The report's totals.</summary>
    public required AuditTotals Totals { get; init; }

    /// <summary>Findings in findings.json (one per exposing file).</summary>
    public int Findings { get; init; }

    /// <summary>Files uploaded, for an upload.</summary>
    public int UploadedFiles { get; init; }
}
