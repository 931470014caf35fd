using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using PiplWatch.Cases.Clues;
using PiplWatch.TestSupport;
using PiplWatch.Web.Audits;
using static PiplWatch.Web.Tests.AuditFixtureData;

namespace PiplWatch.Web.Tests;

/// <summary>
/// Scans and audits from the pages: uploads and a site served on 127.0.0.1, counts per type and per file, masked
/// output only, a re-audit that shows what was fixed, refused input that leaves nothing, clues, and roles.
/// </summary>
public sealed partial class AuditPagesTests(WebHostFixture host) : IClassFixture<WebHostFixture>, IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private AuditStore Store => host.Services.GetRequiredService<AuditStore>();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task An_upload_is_counted_per_type_and_per_file_shown_masked_and_a_reaudit_shows_the_fixed_file()
    {
        using var session = host.Session();
        await session.SignInAsync("analyst");
        var named = IdNumber("360203", "19661111", 42) + ".txt";

        // Act: audit three files and one whose very name is an ID number.
        var first = await UploadAsync(session, "某局公示 test", null,
            [("notice.csv", Notice()), ("list.html", List()), ("clean.txt", Clean()), (named, "备注：无"u8.ToArray())]);

        // Assert: the report's counts, per type and per file.
        var record = Store.Find(first)!;
        var report = Store.Report(record);
        var notice = report.Files.Single(f => f.Path == "notice.csv");
        Assert.Equal(2, notice.Counts["ID_CARD"]);
        Assert.Equal(2, notice.Counts["PHONE_MOBILE"]);
        Assert.Equal(2, notice.UnmaskedIds);
        Assert.Equal(2, notice.UnmaskedPhones);
        Assert.Equal(2, notice.UnmaskedNamesNextToIds);
        var list = report.Files.Single(f => f.Path == "list.html");
        Assert.Equal(2, list.UnmaskedIds);
        Assert.Equal(1, list.MaskedIds);
        Assert.False(report.Files.Single(f => f.Path == "clean.txt").Exposes);
        Assert.Equal(3, report.Totals.DistinctUnmaskedIds);
        Assert.Equal(2, report.Totals.ExposingFiles);
        Assert.Equal(4, report.Totals.Counts["ID_CARD"]);
        Assert.Equal(4, report.Totals.Files);
        Assert.Equal(4, record.UploadedFiles);

        // … and the page shows them, per file.
        var page = await session.GetHtmlAsync($"/audits/{first}");
        Assert.Matches("身份证号 2，手机号 2", Row(page, "notice.csv"));
        Assert.Contains("完整身份证号 2（可见 2）", Row(page, "notice.csv"), StringComparison.Ordinal);
        Assert.Contains("同行姓名 2", Row(page, "notice.csv"), StringComparison.Ordinal);
        Assert.Contains("符合公示标准", Row(page, "clean.txt"), StringComparison.Ordinal);
        Assert.Matches(@"完整身份证号（去重）.*?</td>\s*<td class=""text-end[^""]*"">3</td>", page);

        // Nothing raw anywhere: pages, downloads, the stored report — the file named by an ID included.
        var html = await session.GetHtmlAsync($"/audits/{first}?handler=Html");
        var findingsText = await session.GetHtmlAsync($"/audits/{first}?handler=Findings");
        var listPage = await session.GetHtmlAsync("/audits");
        var stored = await File.ReadAllTextAsync(Path.Combine(Store.FolderOf(record), "report.json"), Cancel);
        foreach (var raw in RawValues.Append(named[..18]))
        {
            Assert.DoesNotContain(raw, page, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, html, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, findingsText, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, listPage, StringComparison.Ordinal);
            Assert.DoesNotContain(raw, stored, StringComparison.Ordinal);
        }

        Assert.Contains(named[..6] + "********" + named[14..18] + ".txt", page, StringComparison.Ordinal);
        var findings = JsonNode.Parse(findingsText)!;
        Assert.Equal("disclosure-audit", findings["model"]!.GetValue<string>());
        Assert.Equal(2, findings["findings"]!.AsArray().Count);

        // Act: the agency masks its notice; the re-audit form comes filled in and compares with the first audit.
        var form = await session.GetHtmlAsync($"/audits?reaudit={first}");
        Assert.Contains($"<option value=\"{first}\" selected=\"selected\">", form, StringComparison.Ordinal);
        var second = await UploadAsync(session, "某局公示 test", first,
            [("notice.csv", NoticeFixed()), ("list.html", List()), ("clean.txt", Clean())]);

        // Assert
        var comparison = Store.Report(Store.Find(second)!).Comparison!;
        Assert.Equal(["notice.csv"], comparison.Fixed);
        Assert.Equal(["list.html"], comparison.StillExposed);
        Assert.Empty(comparison.New);
        var after = await session.GetHtmlAsync($"/audits/{second}");
        var fixedCard = Regex.Match(after, "已整改 <span.*?</ul>", RegexOptions.Singleline).Value;
        Assert.Contains("<li>notice.csv</li>", fixedCard, StringComparison.Ordinal);
        Assert.DoesNotContain("list.html", fixedCard, StringComparison.Ordinal);
        Assert.Contains("3 → 2", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_served_on_loopback_is_crawled_within_robots_and_its_reaudit_compares()
    {
        // Arrange: a small site with a notice, an annex, and a folder robots.txt forbids.
        var site = _temp.Combine("www");
        Directory.CreateDirectory(Path.Combine(site, "notices"));
        Directory.CreateDirectory(Path.Combine(site, "private"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<html><body><a href=\"notices/list.html\">公示</a> <a href=\"/notices/annex.csv\">附件</a> <a href=\"private/secret.html\">内部</a> <a href=\"https://elsewhere.example/x.html\">外站</a></body></html>");
        File.WriteAllBytes(Path.Combine(site, "notices", "list.html"), List());
        File.WriteAllBytes(Path.Combine(site, "notices", "annex.csv"), Notice());
        File.WriteAllText(Path.Combine(site, "private", "secret.html"), $"<p>{IdB}</p>");
        File.WriteAllText(Path.Combine(site, "robots.txt"), "User-agent: *\nDisallow: /private/\n");
        await using var app = await ServeAsync(site);
        var url = app.Urls.First() + "/";
        using var session = host.Session();
        await session.SignInAsync("procurator");

        // Act
        using var response = await session.PostMultipartAsync("/audits", "/audits?handler=Site",
            [new("Url", url), new("Region", "360203"), new("Sector", "housing"), new("MaxPages", "20"), new("MaxDepth", "2"), new("Rate", "10")], []);
        var first = await ResultOfAsync(session, response);

        // Assert
        var report = Store.Report(Store.Find(first)!);
        var paths = report.Files.Select(f => f.Path).ToList();
        Assert.Contains("notices/list.html", paths);
        Assert.Contains("notices/annex.csv", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("private/", StringComparison.Ordinal));
        var page = await session.GetHtmlAsync($"/audits/{first}");
        Assert.Contains("robots.txt 跳过 1 ·", page, StringComparison.Ordinal);
        Assert.Contains("robots.txt 不允许：" + url + "private/secret.html", page, StringComparison.Ordinal);
        Assert.Equal(3, report.Totals.DistinctUnmaskedIds);

        // Act: the list is masked on the site; a re-audit from the result page crawls again and compares.
        File.WriteAllBytes(Path.Combine(site, "notices", "list.html"), Clean());
        using var again = await session.PostFormAsync($"/audits/{first}", $"/audits/{first}?handler=Reaudit", []);
        var second = await ResultOfAsync(session, again);

        // Assert
        var record = Store.Find(second)!;
        Assert.Equal(first, record.Request.CompareWith);
        var comparison = Store.Report(record).Comparison!;
        Assert.Equal(["notices/list.html"], comparison.Fixed);
        Assert.Equal(["notices/annex.csv"], comparison.StillExposed);
    }

    [Theory]
    [InlineData("no-files", "请选择要上传的文件")]
    [InlineData("ftp-url", "不是 http(s) 网址")]
    [InlineData("not-a-url", "不是 http(s) 网址")]
    [InlineData("unknown-region", "“999999”不是 GB/T 2260 区划代码")]
    [InlineData("unsupported-type", "不支持的文件类型：setup.exe")]
    [InlineData("too-large", "文件过大：big.csv")]
    [InlineData("too-many-pages", "最多抓取页数须在 1–500 之间")]
    [InlineData("unknown-compare", "没有审计 20990101-000000-abcdef")]
    public async Task Bad_input_is_refused_with_a_clear_error_and_nothing_is_stored(string input, string error)
    {
        using var session = host.Session();
        await session.SignInAsync("analyst");
        var before = StoredFolders();
        List<KeyValuePair<string, string>> fields = [new("Name", "test"), new("Region", input == "unknown-region" ? "999999" : "360203")];
        var files = new List<(string, string, byte[])> { ("Files", "notice.csv", Notice()) };
        var handler = "Upload";
        switch (input)
        {
            case "no-files":
                files.Clear();
                break;
            case "ftp-url" or "not-a-url" or "too-many-pages":
                handler = "Site";
                fields.Add(new("Url", input == "ftp-url" ? "ftp://127.0.0.1/notices/" : input == "not-a-url" ? "www.example dot gov" : "http://127.0.0.1:9/"));
                fields.Add(new("MaxPages", input == "too-many-pages" ? "5000" : "10"));
                break;
            case "unsupported-type":
                files.Add(("Files", "setup.exe", [0x4d, 0x5a, 0x90]));
                break;
            case "too-large":
                files.Add(("Files", "big.csv", new byte[(int)AuditStore.MaxFileBytes + 1]));
                break;
            case "unknown-compare":
                fields.Add(new("CompareWith", "20990101-000000-abcdef"));
                break;
            default:
                break;
        }

        using var response = await session.PostMultipartAsync("/audits", $"/audits?handler={handler}", fields, files);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, page, StringComparison.Ordinal);
        Assert.Equal("/audits", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(before, StoredFolders());
        var staging = Path.Combine(host.DataDirectory, "audits", ".staging");
        Assert.True(!Directory.Exists(staging) || Directory.GetFileSystemEntries(staging).Length == 0, "a staging folder was left");
    }

    [Fact]
    public async Task Pushing_the_findings_makes_one_clue_per_exposing_file()
    {
        using var session = host.Session();
        await session.SignInAsync("analyst");
        var id = await UploadAsync(session, "push test " + Guid.NewGuid().ToString("N")[..6], null,
            [("notice.csv", Notice()), ("list.html", List()), ("clean.txt", Clean())]);
        var clues = host.Services.GetRequiredService<ClueService>();
        var before = clues.Count("360203", null, null);
        var audits = clues.Count("360203", null, "audit");

        using var response = await session.PostFormAsync($"/audits/{id}", $"/audits/{id}?handler=Push", []);
        var page = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已生成线索 2 条", page, StringComparison.Ordinal);
        Assert.Equal(before + 2, clues.Count("360203", null, null));
        Assert.Equal(audits + 2, clues.Count("360203", null, "audit"));
        var made = clues.Page("360203", null, null, 1, 2);
        Assert.All(made, c => Assert.DoesNotContain(IdA, c.Title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("volunteer")]
    [InlineData("regulator")]
    [InlineData("auditor")]
    public async Task Roles_outside_case_work_get_403(string user)
    {
        var (audit, _) = Ensure(host);
        using var session = host.Session();
        await session.SignInAsync(user);

        foreach (var path in new[] { "/audits", $"/audits/{audit}", $"/audits/{audit}?handler=Findings" })
        {
            using var response = await session.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var home = await session.GetHtmlAsync("/dashboard");
        Assert.DoesNotContain("href=\"/audits\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_lists_audits_and_gives_one_with_its_report_in_snake_case()
    {
        var (first, second) = Ensure(host);
        using var session = host.Session();
        await session.SignInAsync("analyst");

        var list = JsonNode.Parse(await session.GetHtmlAsync("/api/v1/audits"))!.AsArray();
        var one = JsonNode.Parse(await session.GetHtmlAsync($"/api/v1/audits/{second}"))!;
        using var missing = await session.GetAsync("/api/v1/audits/20990101-000000-abcdef");

        Assert.Contains(list, a => a!["id"]!.GetValue<string>() == first && a["totals"]!["distinct_unmasked_ids"]!.GetValue<int>() == 3);
        Assert.Equal(first, one["audit"]!["compared_with"]!.GetValue<string>());
        Assert.Equal("notice.csv", one["report"]!["comparison"]!["fixed"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var raw in RawValues)
        {
            Assert.DoesNotContain(raw, list.ToJsonString(), StringComparison.Ordinal);
        }
    }

    private static async Task<string> UploadAsync(WebSession session, string name, string? compareWith, IEnumerable<(string Name, byte[] Content)> files)
    {
        List<KeyValuePair<string, string>> fields = [new("Name", name), new("Region", "360203"), new("Sector", "housing")];
        if (compareWith is not null)
        {
            fields.Add(new("CompareWith", compareWith));
        }

        using var response = await session.PostMultipartAsync("/audits", "/audits?handler=Upload", fields, files.Select(f => ("Files", f.Name, f.Content)));
        return await ResultOfAsync(session, response);
    }

    /// <summary>Follows the job page the form redirected to until the audit is done; returns the audit's id.</summary>
    private static async Task<string> ResultOfAsync(WebSession session, HttpResponseMessage response)
    {
        var jobPath = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/jobs/", jobPath, StringComparison.Ordinal);
        return await Eventually.ValueAsync(async () =>
        {
            var job = await session.GetHtmlAsync(jobPath);
            Assert.DoesNotContain("alert-danger", job, StringComparison.Ordinal);
            return ResultLink().Match(job) is { Success: true } link ? link.Groups[1].Value : null;
        }, jobPath);
    }

    /// <summary>The per-file table row of <paramref name="path"/>.</summary>
    private static string Row(string page, string path) =>
        Regex.Match(page, $"<tr data-path=\"{Regex.Escape(path)}\">(.*?)</tr>", RegexOptions.Singleline) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException($"no row for {path}");

    private string[] StoredFolders()
    {
        var root = Path.Combine(host.DataDirectory, "audits");
        return Directory.Exists(root) ? [.. Directory.GetDirectories(root).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal)!] : [];
    }

    private static async Task<WebApplication> ServeAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), ServeUnknownFileTypes = true });
        app.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Content(File.ReadAllText(Path.Combine(folder, "index.html")), "text/html"));
        await app.StartAsync(Cancel);
        return app;
    }

    [GeneratedRegex("href=\"/audits/([0-9]{8}-[0-9]{6}-[0-9a-f]{6})\"")]
    private static partial Regex ResultLink();
}
