using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using PiplWatch.Core;
using PiplWatch.Core.Findings;
using PiplWatch.Detection;
using PiplWatch.Detection.Audit;
using PiplWatch.Detection.Masking;
using PiplWatch.Detection.Scanning;
using PiplWatch.Web.Hosting;
using PiplWatch.Web.Jobs;

namespace PiplWatch.Web.Audits;

/// <summary>
/// Scans and disclosure audits started from the pages, kept under <c>&lt;data&gt;/audits/&lt;id&gt;/</c>: audit.json,
/// the engine's report.json, report.html, findings.json, crawl.json for a site, and the uploaded or crawled files
/// under <c>files/</c>. An audit is built in <c>audits/.staging/&lt;id&gt;</c> and moved into place only when every file
/// is written, so a failed one leaves nothing. The audit itself is the CLI's (<see cref="DisclosureAuditor"/>,
/// <see cref="AuditFiles"/>); this adds the web's limits and masks the paths and URLs that the reports carry.
/// </summary>
public sealed partial class AuditStore(WebDataDirectory data, PiiDetector detector, ReferenceData reference, TimeProvider time)
{
    /// <summary>Largest uploaded file.</summary>
    public const long MaxFileBytes = 20L << 20;

    /// <summary>Largest upload in total.</summary>
    public const long MaxUploadBytes = 50L << 20;

    /// <summary>Most files in one upload.</summary>
    public const int MaxFiles = 200;

    /// <summary>Bounds of a crawl started from the server: the CLI's defaults are the ceilings.</summary>
    public const int MaxPagesCeiling = 500;

    /// <summary>Deepest link level followed.</summary>
    public const int MaxDepthCeiling = 5;

    /// <summary>Fastest request rate, per second.</summary>
    public const double MaxRateCeiling = 10;

    /// <summary>Slowest request rate, per second (bounds how long a crawl holds the job queue).</summary>
    public const double MinRate = 0.5;

    /// <summary>How long a whole audit may run.</summary>
    public static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(30);

    private const string RecordFile = "audit.json";
    private static readonly DisplayPolicy Display = new();

    /// <summary>File types the detection readers read, and archives of them.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. DocumentReaders.Extensions.Append(".zip").Order(StringComparer.Ordinal)];

    private string Root => Path.Combine(data.Path, "audits");

    private string StagingRoot => Path.Combine(Root, ".staging");

    /// <summary>The Chinese name of a PII type's public name (<c>ID_CARD</c> → 身份证号).</summary>
    public static string TypeLabel(string publicName) => PiiTypeNames.TryParse(publicName, out var type) ? type.ToChineseName() : publicName;

    /// <summary>A new id: the time, then random characters.</summary>
    public string NewId() =>
        time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));

    /// <summary>Audits in the workspace, newest first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<AuditRecord> List(int max = 200)
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(Root)
            .Select(Path.GetFileName)
            .Where(name => name is not null && IdPattern().IsMatch(name))
            .Order(StringComparer.Ordinal).Reverse()
            .Select(name => Find(name!))
            .OfType<AuditRecord>()
            .OrderByDescending(r => r.StartedAt)
            .Take(max)];
    }

    /// <summary>The audit <paramref name="id"/>, or null.</summary>
    public AuditRecord? Find(string id)
    {
        if (!IdPattern().IsMatch(id))
        {
            return null;
        }

        var path = Path.Combine(Root, id, RecordFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<AuditRecord>(File.ReadAllText(path), ReferenceJson.Options) : null;
    }

    /// <summary>The folder of a stored audit.</summary>
    public string FolderOf(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Path.Combine(Root, record.Id);
    }

    /// <summary>The engine's report of a stored audit.</summary>
    public AuditReport Report(AuditRecord record) =>
        JsonSerializer.Deserialize<AuditReport>(File.ReadAllText(Path.Combine(FolderOf(record), AuditFiles.Report)), ReferenceJson.Options)!;

    /// <summary>The findings of a stored audit.</summary>
    public FindingsReport Findings(AuditRecord record)
    {
        var path = Path.Combine(FolderOf(record), AuditFiles.Findings);
        return FindingsReportJson.Deserialize(File.ReadAllText(path), path);
    }

    /// <summary>The crawl of a stored site audit, or null.</summary>
    public CrawlResult? Crawl(AuditRecord record) => AuditFiles.ReadCrawl(FolderOf(record));

    /// <summary>
    /// <paramref name="text"/> (a file path, a URL, a name) with every personal value the detector finds masked for
    /// display — but for IP addresses and company codes, which in a URL name a server or an agency, not a person.
    /// </summary>
    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextMasker.Mask(text, [.. detector.Detect(text).Where(h => h.Type is not (PiiType.IpAddress or PiiType.OrgId))], Display);
    }

    /// <summary>
    /// Whether <paramref name="text"/> (a report to hand out) holds an unmasked ID, phone or bank card number. File
    /// hashes are left out first: 64 hex digits may hold a run of digits that looks like a number.
    /// </summary>
    public bool HoldsRawValues(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutHashes = HashPattern().Replace(text, " ");
        return detector.Detect(withoutHashes).Any(h => h.Type is PiiType.IdCard or PiiType.PhoneMobile or PiiType.PhoneLandline or PiiType.BankCard or PiiType.Passport);
    }

    /// <summary>What is wrong with <paramref name="request"/>, in words, or null when it can run.</summary>
    public string? Problem(AuditRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == AuditKinds.Site)
        {
            if (AuditFiles.SiteUrl(request.Target) is null)
            {
                return $"网址“{Mask(request.Target)}”不是 http(s) 网址 The site must be an http or https URL";
            }

            if (request.MaxPages is < 1 or > MaxPagesCeiling)
            {
                return $"最多抓取页数须在 1–{MaxPagesCeiling} 之间 Max pages must be 1–{MaxPagesCeiling}";
            }

            if (request.MaxDepth is < 0 or > MaxDepthCeiling)
            {
                return $"链接深度须在 0–{MaxDepthCeiling} 之间 Depth must be 0–{MaxDepthCeiling}";
            }

            if (double.IsNaN(request.Rate) || request.Rate < MinRate || request.Rate > MaxRateCeiling)
            {
                return string.Create(CultureInfo.InvariantCulture, $"每秒请求数须在 {MinRate}–{MaxRateCeiling} 之间 Rate must be {MinRate}–{MaxRateCeiling} requests a second");
            }
        }
        else if (request.Kind != AuditKinds.Upload)
        {
            return $"未知的审计方式 Unknown kind '{request.Kind}'";
        }

        if (request.Target.Length is 0 or > 300)
        {
            return "请填写审计对象（1–300 字）Name what is audited (1–300 characters)";
        }

        if (reference.Regions.Find(request.Region) is null)
        {
            return $"地区代码“{request.Region}”不是 GB/T 2260 区划代码 Region '{request.Region}' is not a GB/T 2260 code";
        }

        if (request.Sector is { } sector && reference.Sectors.All.All(s => s.Id != sector))
        {
            return $"未知行业“{sector}” Unknown sector '{sector}'";
        }

        if (request.CompareWith is { } earlier)
        {
            if (Find(earlier) is not { } previous)
            {
                return $"没有审计 {earlier} There is no audit {earlier} to compare with";
            }

            if (previous.Request.Kind != request.Kind || !SameTarget(previous.Request.Target, request.Target, request.Kind))
            {
                return "只能与同一对象的早先审计比对 Compare only with an earlier audit of the same target";
            }
        }

        return null;
    }

    /// <summary>What is wrong with an upload of files (name, bytes), or null.</summary>
    public static string? UploadProblem(IReadOnlyList<(string Name, long Length)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return "请选择要上传的文件 Choose at least one file to upload";
        }

        if (files.Count > MaxFiles)
        {
            return $"一次最多上传 {MaxFiles} 个文件 At most {MaxFiles} files at once";
        }

        foreach (var (name, length) in files)
        {
            if (!Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
            {
                return $"不支持的文件类型：{Path.GetFileName(name)}（支持 {string.Join(" ", Extensions)}）Unsupported file type";
            }

            if (length > MaxFileBytes)
            {
                return $"文件过大：{Path.GetFileName(name)}（单个文件不超过 {MaxFileBytes >> 20} MB）File larger than {MaxFileBytes >> 20} MB";
            }

            if (length == 0)
            {
                return $"文件为空：{Path.GetFileName(name)} The file is empty";
            }
        }

        if (files.Sum(f => f.Length) > MaxUploadBytes)
        {
            return $"上传总量超过 {MaxUploadBytes >> 20} MB Upload larger than {MaxUploadBytes >> 20} MB in total";
        }

        return null;
    }

    /// <summary>A staging folder for <paramref name="id"/>; the uploaded or crawled files go under its <c>files/</c>.</summary>
    public string Stage(string id)
    {
        var folder = Path.Combine(StagingRoot, id);
        Directory.CreateDirectory(Path.Combine(folder, "files"));
        return folder;
    }

    /// <summary>Saves one uploaded file into the staging folder under a safe, unique name.</summary>
    public static async Task SaveUploadAsync(string staging, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var files = Path.Combine(staging, "files");
        var name = string.Concat(Path.GetFileName(fileName.Replace('\\', '/')).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c)).TrimStart('.');
        if (name.Length == 0)
        {
            name = "file" + Path.GetExtension(fileName);
        }

        var target = Path.Combine(files, name);
        for (var n = 2; File.Exists(target); n++)
        {
            target = Path.Combine(files, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        }

        await AtomicFile.WriteAsync(target, stream => content.CopyToAsync(stream, cancellationToken), cancellationToken);
    }

    /// <summary>Removes a staging folder (a refused or failed audit).</summary>
    public void Discard(string id)
    {
        var folder = Path.Combine(StagingRoot, id);
        if (IdPattern().IsMatch(id) && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Runs the audit staged as <paramref name="id"/> (crawling first for a site), reporting progress on
    /// <paramref name="job"/>, and moves it into place; on any failure the staging folder is removed.
    /// </summary>
    public async Task<AuditRecord> RunAsync(string id, AuditRequest request, string user, JobState job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(job);
        var staging = Stage(id);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(JobTimeout);
        try
        {
            var startedAt = time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
            var files = Path.Combine(staging, "files");
            var uploaded = Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories).Count();
            CrawlResult? crawl = null;
            if (request.Kind == AuditKinds.Site)
            {
                var options = new CrawlOptions { MaxPages = request.MaxPages, MaxDepth = request.MaxDepth, RequestsPerSecond = request.Rate };
                crawl = await AuditFiles.CrawlAsync(AuditFiles.SiteUrl(request.Target)!, files, options,
                    fetched =>
                    {
                        job.Fraction = (double)fetched / request.MaxPages;
                        job.Progress = $"已抓取 {fetched} 个页面和文件 {fetched} pages and files fetched";
                    },
                    timeout.Token);
                crawl = crawl with { SkippedByRobots = [.. crawl.SkippedByRobots.Select(Mask)], Errors = [.. crawl.Errors.Select(Mask)] };
            }

            var previous = request.CompareWith is { } earlier && Find(earlier) is { } record ? Report(record) : null;
            var site = Mask(request.Target);
            var audited = new DisclosureAuditor(detector, time).Audit(files, site, previous: null,
                (done, total) =>
                {
                    job.Fraction = (double)done / Math.Max(1, total);
                    job.Progress = $"已审计 {done}/{total} 个文件 {done} of {total} files audited";
                },
                timeout.Token);

            // Paths come from file names and URLs, which may themselves hold an ID number: reports carry them masked.
            var masked = audited.Files.Select(f => f with { Path = Mask(f.Path) }).ToList();
            var report = audited with { Files = masked, Comparison = previous is null ? null : AuditComparison.Between(previous, masked) };
            var findings = AuditFindings.Build(report, request.Region, request.Sector);
            await AuditFiles.WriteAsync(staging, report, findings, crawl, timeout.Token);
            var result = new AuditRecord
            {
                Id = id,
                Request = request,
                StartedBy = user,
                StartedAt = startedAt,
                FinishedAt = time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)),
                Totals = report.Totals,
                Findings = findings.Findings.Count,
                UploadedFiles = request.Kind == AuditKinds.Upload ? uploaded : 0,
            };
            await AtomicFile.WriteAllTextAsync(Path.Combine(staging, RecordFile), JsonSerializer.Serialize(result, ReferenceJson.Options), timeout.Token);
            Directory.Move(staging, Path.Combine(Root, id));
            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Discard(id);
            throw new InvalidOperationException($"审计超过 {JobTimeout.TotalMinutes:0} 分钟，已停止 The audit took longer than {JobTimeout.TotalMinutes:0} minutes and was stopped");
        }
        catch
        {
            Discard(id);
            throw;
        }
    }

    private static bool SameTarget(string a, string b, string kind) =>
        kind == AuditKinds.Site
            ? AuditFiles.SiteUrl(a) is { } x && AuditFiles.SiteUrl(b) is { } y && Uri.Compare(x, y, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            : string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[0-9a-fA-F]{64}")]
    private static partial Regex HashPattern();
}
