using System.Text.Json;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

namespace PiplWatch.Detection.Audit;

/// <summary>
/// The steps of a disclosure audit that the CLI (<c>piplwatch audit</c>) and the web platform share: what counts as a
/// site URL, the polite crawl with its client timeout, and the files an audit leaves — report.json, report.html,
/// findings.json and, for a crawl, crawl.json — each written atomically.
/// </summary>
public static class AuditFiles
{
    /// <summary>The audit report (counts and hashes only).</summary>
    public const string Report = "report.json";

    /// <summary>The report as a Chinese HTML page.</summary>
    public const string Html = "report.html";

    /// <summary>Core's findings report, one finding per exposing file.</summary>
    public const string Findings = "findings.json";

    /// <summary>What the crawl fetched, skipped by robots.txt, and failed on.</summary>
    public const string Crawl = "crawl.json";

    /// <summary>How long one request of a crawl may take.</summary>
    public static TimeSpan RequestTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The URL in <paramref name="text"/> when it is an absolute http or https URL, else null.</summary>
    public static Uri? SiteUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Host.Length > 0 ? url : null;

    /// <summary>Crawls <paramref name="url"/> into <paramref name="mirror"/> within <paramref name="options"/>, each request bounded by <see cref="RequestTimeout"/>.</summary>
    public static async Task<CrawlResult> CrawlAsync(Uri url, string mirror, CrawlOptions options, Action<int>? onFetched = null, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = RequestTimeout };
        return await new SiteCrawler(http, options).CrawlAsync(url, mirror, onFetched, cancellationToken);
    }

    /// <summary>Writes the audit's files into <paramref name="folder"/>; <paramref name="crawl"/> only when a site was crawled.</summary>
    public static async Task WriteAsync(string folder, AuditReport report, FindingsReport findings, CrawlResult? crawl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        await AtomicFile.WriteAllTextAsync(Path.Combine(folder, Report), JsonSerializer.Serialize(report, ReferenceJson.Options), cancellationToken);
        await AtomicFile.WriteAllTextAsync(Path.Combine(folder, Html), AuditHtmlReport.Render(report), cancellationToken);
        await FindingsReportJson.WriteAsync(findings, Path.Combine(folder, Findings), cancellationToken);
        if (crawl is not null)
        {
            await AtomicFile.WriteAllTextAsync(Path.Combine(folder, Crawl), JsonSerializer.Serialize(crawl, ReferenceJson.Options), cancellationToken);
        }
    }

    /// <summary>Reads a report.json written by an earlier audit.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">The file is not an audit report.</exception>
    public static async Task<AuditReport> ReadReportAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{path}' does not exist", path);
        }

        try
        {
            return JsonSerializer.Deserialize<AuditReport>(await File.ReadAllTextAsync(path, cancellationToken), ReferenceJson.Options)
                ?? throw new InvalidDataException($"'{path}' is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{path}' is not an audit report.json: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a crawl.json, or null when the audit crawled nothing.</summary>
    public static CrawlResult? ReadCrawl(string folder)
    {
        var path = Path.Combine(folder, Crawl);
        return File.Exists(path) ? JsonSerializer.Deserialize<CrawlResult>(File.ReadAllText(path), ReferenceJson.Options) : null;
    }
}
