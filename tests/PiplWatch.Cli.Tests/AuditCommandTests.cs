using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PiplWatch.Cli.Tests;

public sealed class AuditCommandTests : CliTestBase
{
    private const string Id = "11010519491231002X";
    private const string OtherId = "440524188001010014";

    private string Site()
    {
        var site = Path.Combine(Cli.DataDirectory, "www");
        Directory.CreateDirectory(Path.Combine(site, "notices"));
        Directory.CreateDirectory(Path.Combine(site, "private"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<html><body><a href=\"notices/list.html\">公示</a> <a href=\"/notices/annex.csv\">附件</a> <a href=\"private/secret.html\">内部</a> <a href=\"https://elsewhere.example/x.html\">外站</a></body></html>");
        File.WriteAllText(Path.Combine(site, "notices", "list.html"), $"<html><body><table><tr><th>姓名</th><th>身份证号</th></tr><tr><td>张三丰</td><td>{Id}</td></tr></table></body></html>");
        File.WriteAllText(Path.Combine(site, "notices", "annex.csv"), $"姓名,身份证号\n李娜,{OtherId}\n");
        File.WriteAllText(Path.Combine(site, "private", "secret.html"), $"<p>{OtherId}</p>");
        File.WriteAllText(Path.Combine(site, "robots.txt"), "User-agent: *\nDisallow: /private/\n");
        return site;
    }

    private static async Task<WebApplication> ServeAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), ServeUnknownFileTypes = true });
        app.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Content(File.ReadAllText(Path.Combine(folder, "index.html")), "text/html"));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    [Fact]
    public async Task Audit_Folder_WritesReportsAndFindings()
    {
        var out1 = Path.Combine(Cli.DataDirectory, "audit1");

        var result = await Cli.RunAsync("audit", Site(), "--out", out1, "--region", "210104", "--sector", "住建");

        Assert.Equal(0, result.ExitCode);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(out1, "report.json")))!;
        Assert.Equal(2, report["totals"]!["distinct_unmasked_ids"]!.GetValue<int>());
        var files = report["files"]!.AsArray();
        var list = files.Single(f => f!["path"]!.GetValue<string>() == "notices/list.html")!;
        Assert.Equal(1, list["unmasked_ids"]!.GetValue<int>());
        Assert.Equal(1, list["unmasked_ids_visible"]!.GetValue<int>());
        Assert.Equal(1, list["unmasked_names_next_to_ids"]!.GetValue<int>());
        foreach (var key in new[] { "noncompliant_masked_ids", "unmasked_phones", "door_level_addresses" })
        {
            Assert.NotNull(list[key]);
        }

        var findings = JsonNode.Parse(File.ReadAllText(Path.Combine(out1, "findings.json")))!;
        Assert.Equal("disclosure-audit", findings["model"]!.GetValue<string>());
        Assert.Equal("housing", findings["findings"]![0]!["sectors"]![0]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(out1, "report.html")));
        Assert.False(File.Exists(Path.Combine(out1, "crawl.json")));
        Assert.DoesNotContain(Id, File.ReadAllText(Path.Combine(out1, "report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_LoopbackSite_CrawlsWithinHostAndRobots_ThenComparesAfterRectification()
    {
        // Arrange
        var site = Site();
        await using var app = await ServeAsync(site);
        var url = app.Urls.First() + "/";
        var out1 = Path.Combine(Cli.DataDirectory, "crawl1");
        var out2 = Path.Combine(Cli.DataDirectory, "crawl2");

        // Act: audit, then the site masks its list, then a follow-up audit compared with the first.
        var first = await Cli.RunAsync("audit", url, "--out", out1, "--rate", "100", "--mask-to", Path.Combine(Cli.DataDirectory, "masked"));
        File.WriteAllText(Path.Combine(site, "notices", "list.html"), "<html><body><table><tr><th>姓名</th><th>身份证号</th></tr><tr><td>张*丰</td><td>110105********002X</td></tr></table></body></html>");
        var second = await Cli.RunAsync("audit", url, "--out", out2, "--rate", "100", "--compare", Path.Combine(out1, "report.json"));

        // Assert
        Assert.Equal(0, first.ExitCode);
        var paths = JsonNode.Parse(File.ReadAllText(Path.Combine(out1, "report.json")))!["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("notices/list.html", paths);
        Assert.Contains("notices/annex.csv", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("private/", StringComparison.Ordinal));
        Assert.Contains("1 skipped by robots.txt", first.Error, StringComparison.Ordinal);
        var crawl = JsonNode.Parse(File.ReadAllText(Path.Combine(out1, "crawl.json")))!;
        Assert.Single(crawl["skipped_by_robots"]!.AsArray());
        Assert.DoesNotContain(Id, File.ReadAllText(Path.Combine(Cli.DataDirectory, "masked", "notices", "list.html")), StringComparison.Ordinal);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 fixed, 1 still exposed, 0 new", second.Output, StringComparison.Ordinal);
        var comparison = JsonNode.Parse(File.ReadAllText(Path.Combine(out2, "report.json")))!["comparison"]!;
        Assert.Equal("notices/list.html", comparison["fixed"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("audit", "/no/such/site")]
    [InlineData("audit", ".", "--compare", "/no/such/report.json")]
    public async Task Audit_MissingInput_Fails(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task Audit_BadRegion_IsBadUsage()
    {
        var result = await Cli.RunAsync("audit", Site(), "--region", "999999");

        Assert.Equal(2, result.ExitCode);
    }
}
