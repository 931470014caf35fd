using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cases.Clues;
using PiplWatch.TestSupport;
using PiplWatch.Web.Demo;

namespace PiplWatch.Web.Tests;

/// <summary>A host whose first run prepares the demo data, as `dotnet run` does.</summary>
public sealed class DemoHostFixture : WebHostFixture
{
    private protected override bool SeedDemo => true;
}

public sealed class DemoSeedTests(DemoHostFixture host) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task The_first_run_imports_the_demo_export_runs_the_model_and_makes_clues()
    {
        var clues = host.Services.GetRequiredService<ClueService>();
        var workspace = new AnalyticsWorkspace(host.DataDirectory);

        // The demo is prepared in the background; its runs are recorded before their findings reach the clues.
        await host.Services.GetRequiredService<DemoSeedProgress>().Finished.WaitAsync(Eventually.Limit, TestContext.Current.CancellationToken);

        var dataset = workspace.Find("jdz-2025h1-demo");
        Assert.NotNull(dataset);
        Assert.Equal(241_012, dataset.Rows);
        Assert.Equal(["job_postings", "job_postings", "business_registry"], new[] { "platform-a", "platform-b", "registry" }.Select(n => workspace.Find("tianhe-demo-" + n)!.Role));
        var runs = workspace.Runs();
        Assert.Equal(["fake-recruitment", "reservation-abuse"], runs.Select(r => r.Model).Order(StringComparer.Ordinal));
        var seeded = clues.List();
        Assert.NotEmpty(seeded);
        Assert.All(seeded, c => Assert.Equal("景德镇市珠山区人民检察院", c.Procuratorate));

        using var procurator = host.Session();
        await procurator.SignInAsync("procurator");
        var dashboard = await procurator.GetHtmlAsync("/dashboard");
        Assert.Contains("待评估", dashboard, StringComparison.Ordinal);
        Assert.All(runs, r => Assert.Contains(r.RunId, dashboard, StringComparison.Ordinal));

        // The fake-recruitment run reads like any model's: findings with their signals, filtered by one of them.
        var recruitment = runs.Single(r => r.Model == "fake-recruitment");
        var page = await procurator.GetHtmlAsync($"/runs/{recruitment.RunId}?signal=shared_phone");
        Assert.Contains("?signal=not_in_registry", page, StringComparison.Ordinal);
        Assert.Contains("同时用于 3 家公司的招聘信息", page, StringComparison.Ordinal);
        Assert.DoesNotContain("营业执照已被吊销", page, StringComparison.Ordinal);
        var report = await procurator.GetHtmlAsync($"/runs/{recruitment.RunId}?handler=Report");
        Assert.Contains("\"by_signal\"", report, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\d)1[3-9]\d{9}(?!\d)", report);

        // Its clue shows the evidence: the registry record field by field, the postings in a table, phones masked.
        var shell = seeded.Single(c => c.Subject == "广州市辉拓益电子商务有限公司");
        var cluePage = await procurator.GetHtmlAsync($"/clues/{shell.Id}");
        Assert.Contains("<code>company</code>", cluePage, StringComparison.Ordinal);
        Assert.Contains("<code>posting</code>", cluePage, StringComparison.Ordinal);
        Assert.Contains("<code>link_reason</code>", cluePage, StringComparison.Ordinal);
        Assert.Contains("138****", cluePage, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\d)1[3-9]\d{9}(?!\d)", cluePage);
    }
}
