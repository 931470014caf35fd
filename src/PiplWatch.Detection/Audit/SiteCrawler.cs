using System.Globalization;
using AngleSharp.Html.Parser;

namespace PiplWatch.Detection.Audit;

/// <summary>Bounds of a crawl: it stays on the start URL's host, honours robots.txt, and never goes faster than the rate.</summary>
public sealed record CrawlOptions
{
    /// <summary>Links followed from the start page, at most this many levels deep.</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>Pages and files fetched at most.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Requests per second at most.</summary>
    public double RequestsPerSecond { get; init; } = 2;

    /// <summary>Largest file downloaded.</summary>
    public long MaxFileBytes { get; init; } = 100L << 20;

    /// <summary>User agent sent, and matched against robots.txt groups.</summary>
    public string UserAgent { get; init; } = "PiplWatch-Audit";
}

/// <summary>What a crawl fetched and what it did not, with the reason.</summary>
public sealed record CrawlResult(int Fetched, IReadOnlyList<string> SkippedByRobots, IReadOnlyList<string> Errors, bool HitPageLimit);

/// <summary>
/// Mirrors a public website into a folder for the disclosure audit: HTML pages and the documents they link to (XLSX,
/// DOCX, PDF, CSV …), following links on the same host only, honouring robots.txt, bounded by depth, page count and
/// request rate. File paths in the mirror follow URL paths, so the audit reports them as the site's paths.
/// </summary>
public sealed class SiteCrawler(HttpClient http, CrawlOptions options, TimeProvider? time = null)
{
    private static readonly string[] DocumentExtensions = [".html", ".htm", ".xlsx", ".xlsm", ".docx", ".pdf", ".csv", ".tsv", ".txt", ".json", ".jsonl", ".zip"];
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Crawls from <paramref name="start"/> into <paramref name="mirror"/>; <paramref name="onFetched"/>, if given, is told how many pages and files were fetched so far.</summary>
    public async Task<CrawlResult> CrawlAsync(Uri start, string mirror, Action<int>? onFetched = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        Directory.CreateDirectory(mirror);
        var robots = await RobotsRules.FetchAsync(http, start, options.UserAgent, cancellationToken);
        var queue = new Queue<(Uri Url, int Depth)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(start) };
        queue.Enqueue((start, 0));
        var skipped = new List<string>();
        var errors = new List<string>();
        var fetched = 0;
        var delay = TimeSpan.FromSeconds(1 / Math.Max(0.01, options.RequestsPerSecond));
        var first = true;
        while (queue.Count > 0 && fetched < options.MaxPages)
        {
            var (url, depth) = queue.Dequeue();
            if (!robots.Allows(url.PathAndQuery))
            {
                skipped.Add(url.ToString());
                continue;
            }

            if (!first)
            {
                await Task.Delay(delay, _time, cancellationToken);
            }

            first = false;
            fetched++;
            onFetched?.Invoke(fetched);
            string? path = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.UserAgent.ParseAdd(options.UserAgent);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{url}: HTTP {(int)response.StatusCode}"));
                    continue;
                }

                var isHtml = response.Content.Headers.ContentType?.MediaType is "text/html" or "application/xhtml+xml";
                path = LocalPath(mirror, url, isHtml);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
                await using (var file = File.Create(path))
                {
                    await CopyBoundedAsync(body, file, options.MaxFileBytes, cancellationToken);
                }

                if (isHtml && depth < options.MaxDepth)
                {
                    foreach (var link in Links(await File.ReadAllTextAsync(path, cancellationToken), url))
                    {
                        if (link.Host == start.Host && link.Port == start.Port && link.Scheme == start.Scheme && seen.Add(Key(link)) && Followable(link))
                        {
                            queue.Enqueue((link, depth + 1));
                        }
                    }
                }
            }
            catch (HttpRequestException ex)
            {
                errors.Add($"{url}: {ex.Message}");
                DeletePartial(path);
            }
            catch (InvalidDataException ex)
            {
                errors.Add($"{url}: {ex.Message}");
                DeletePartial(path);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // HttpClient's timeout: the page is reported, the crawl goes on.
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{url}: no answer within {http.Timeout.TotalSeconds:0} s"));
                DeletePartial(path);
            }
        }

        return new CrawlResult(fetched, skipped, errors, queue.Count > 0);
    }

    /// <summary>Where a URL is stored: its path under the mirror, index.html for folders, .html added to extensionless pages.</summary>
    public static string LocalPath(string mirror, Uri url, bool isHtml)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        else if (isHtml && !path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            path += ".html";
        }

        if (url.Query.Length > 1)
        {
            var extension = Path.GetExtension(path);
            var query = string.Concat(url.Query[1..].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
            path = path[..^extension.Length] + "_" + query + extension;
        }

        // Never outside the mirror, whatever the URL says.
        var full = Path.GetFullPath(Path.Combine(mirror, path));
        if (!full.StartsWith(Path.GetFullPath(mirror), StringComparison.Ordinal))
        {
            throw new InvalidDataException($"URL path escapes the mirror: {url}");
        }

        return full;
    }

    private static IEnumerable<Uri> Links(string html, Uri baseUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("a[href], iframe[src], frame[src], link[rel=alternate][href]"))
        {
            var target = element.GetAttribute("href") ?? element.GetAttribute("src");
            if (target is null || target.StartsWith('#') || target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Uri.TryCreate(baseUrl, target, out var link) && link.Scheme is "http" or "https")
            {
                yield return new UriBuilder(link) { Fragment = string.Empty }.Uri;
            }
        }
    }

    private static bool Followable(Uri url)
    {
        var extension = Path.GetExtension(url.AbsolutePath);
        return extension.Length == 0 || DocumentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || extension is ".php" or ".asp" or ".aspx" or ".jsp" or ".shtml";
    }

    private static string Key(Uri url) => url.GetLeftPart(UriPartial.Query);

    private static void DeletePartial(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static async Task CopyBoundedAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new InvalidDataException($"larger than {limit} bytes; not downloaded");
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
