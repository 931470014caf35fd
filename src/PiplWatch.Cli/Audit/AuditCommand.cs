using System.CommandLine;
using System.Globalization;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Detection;
using PiplWatch.Detection.Audit;
using PiplWatch.Detection.Masking;

namespace PiplWatch.Cli.Audit;

/// <summary>
/// <c>piplwatch audit SITE [--out DIR] [--mask-to DIR --policy NAME] [--compare FILE]</c>: the disclosure audit of a
/// folder or website (scenario O8). Writes report.json, report.html and findings.json (Core's report contract), and crawl.json for a site.
/// </summary>
internal static class AuditCommand
{
    private static readonly Argument<string> Site = new("site") { Description = "文件夹或网址 A folder, or an http(s) URL to crawl" };
    private static readonly Option<string?> Out = new("--out") { Description = "报告目录 Folder for report.json, report.html, findings.json (default ./audit-<time>)" };
    private static readonly Option<string?> MaskTo = new("--mask-to") { Description = "脱敏副本目录 Write a masked copy of the site here" };
    private static readonly Option<string> Policy = new("--policy") { Description = "脱敏策略 Policy for --mask-to", DefaultValueFactory = _ => "public-notice" };
    private static readonly Option<string?> Compare = new("--compare") { Description = "上次的 report.json: show what was fixed, what is still exposed, what is new" };
    private static readonly Option<string?> Region = new("--region") { Description = "区划代码 Region of the publishing agency (routes the clue)" };
    private static readonly Option<string?> Sector = new("--sector") { Description = "行业 Sector of the publishing agency, if known" };
    private static readonly Option<int> MaxPages = new("--max-pages") { Description = "最多抓取页数 Pages and files fetched at most", DefaultValueFactory = _ => 500 };
    private static readonly Option<int> MaxDepth = new("--max-depth") { Description = "链接深度 Link depth", DefaultValueFactory = _ => 3 };
    private static readonly Option<double> Rate = new("--rate") { Description = "每秒请求数 Requests per second", DefaultValueFactory = _ => 2 };

    public static Command Create(CliContext context)
    {
        Policy.AcceptOnlyFromAmong([.. MaskingPolicies.Names.Where(n => n != "pseudonymize")]);
        var command = new Command("audit", "公开信息脱敏审计 Audit a site or folder for personal data published without masking")
        {
            Site, Out, MaskTo, Policy, Compare, Region, Sector, MaxPages, MaxDepth, Rate,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var site = parse.GetRequiredValue(Site);
        var reference = context.Reference(parse);
        var region = parse.GetValue(Region) ?? "000000";
        if (parse.GetValue(Region) is { } given && reference.Regions.Find(given) is null)
        {
            throw CliFailure.Usage($"--region '{given}' is not a GB/T 2260 code");
        }

        var sector = parse.GetValue(Sector) is { } s ? (reference.Sectors.Find(s) ?? throw CliFailure.Usage($"--sector '{s}' is unknown")).Id : null;
        var previous = parse.GetValue(Compare) is { } comparePath ? await ReadPreviousAsync(comparePath, cancellationToken) : null;
        var output = Path.GetFullPath(parse.GetValue(Out) ?? "audit-" + DateTime.SpecifyKind(TimeProvider.System.GetLocalNow().DateTime, DateTimeKind.Unspecified).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var url = AuditFiles.SiteUrl(site);
        if (url is null && !Directory.Exists(site))
        {
            throw new CliFailure($"'{site}' is neither a folder nor an http(s) URL");
        }

        Directory.CreateDirectory(output);
        string folder;
        CrawlResult? crawl = null;
        if (url is not null)
        {
            folder = Path.Combine(output, "site");
            crawl = await AuditFiles.CrawlAsync(url, folder, new CrawlOptions { MaxPages = parse.GetValue(MaxPages), MaxDepth = parse.GetValue(MaxDepth), RequestsPerSecond = parse.GetValue(Rate) }, cancellationToken: cancellationToken);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"crawled {crawl.Fetched} pages and files from {url.Host}; {crawl.SkippedByRobots.Count} skipped by robots.txt; {crawl.Errors.Count} errors{(crawl.HitPageLimit ? "; page limit reached" : string.Empty)}"));
            foreach (var error in crawl.Errors)
            {
                await context.Error.WriteLineAsync("warning: " + error);
            }
        }
        else
        {
            folder = Path.GetFullPath(site);
        }

        var detector = new PiiDetector(reference.Regions);
        var report = new DisclosureAuditor(detector).Audit(folder, site, previous, cancellationToken: cancellationToken);
        await AuditFiles.WriteAsync(output, report, AuditFindings.Build(report, region, sector), crawl, cancellationToken);

        if (parse.GetValue(MaskTo) is { } maskTo)
        {
            var masker = new FileMasker(detector, MaskingPolicies.Get(parse.GetValue(Policy)!));
            foreach (var file in PiplWatch.Detection.Scanning.FolderScanner.Expand(folder))
            {
                try
                {
                    masker.Mask(file.FullPath, Path.Combine(Path.GetFullPath(maskTo), file.DisplayPath));
                }
                catch (Exception ex) when (ex is NotSupportedException or InvalidDataException or IOException)
                {
                    await context.Error.WriteLineAsync($"warning: {file.DisplayPath}: not masked: {ex.Message}");
                }
            }
        }

        var t = report.Totals;
        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{t.Files} files, {t.ExposingFiles} exposing: {t.DistinctUnmaskedIds} distinct unmasked IDs, {t.UnmaskedNamesNextToIds} names next to IDs, {t.UnmaskedPhones} phones, {t.DoorLevelAddresses} door-level addresses, {t.NoncompliantMaskedIds} IDs masked below standard, {t.HiddenItems} hidden items, {t.FakeRedactions} fake redactions"));
        if (report.Comparison is { } c)
        {
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"compared with {c.PreviousStartedAt:yyyy-MM-dd HH:mm}: {c.Fixed.Count} fixed, {c.StillExposed.Count} still exposed, {c.New.Count} new; distinct unmasked IDs {c.PreviousDistinctUnmaskedIds} → {t.DistinctUnmaskedIds}"));
        }

        await context.Output.WriteLineAsync("report: " + Path.Combine(output, AuditFiles.Html));
        return ExitCodes.Success;
    }

    private static async Task<AuditReport> ReadPreviousAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await AuditFiles.ReadReportAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            throw new CliFailure($"--compare {ex.Message}");
        }
    }
}
