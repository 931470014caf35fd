using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cases.Clues;

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

        // The demo is prepared in the background; give it time on a slow machine.
        for (var waited = 0; waited < 180 && clues.List().Count == 0; waited++)
        {
            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }

        var dataset = workspace.Find("jdz-2025h1-demo");
        Assert.NotNull(dataset);
        Assert.Equal(241_012, dataset.Rows);
        var run = Assert.Single(workspace.Runs());
        Assert.Equal("reservation-abuse", run.Model);
        var seeded = clues.List();
        Assert.NotEmpty(seeded);
        Assert.All(seeded, c => Assert.Equal("景德镇市珠山区人民检察院", c.Procuratorate));

        using var procurator = host.Session();
        await procurator.SignInAsync("procurator");
        var dashboard = await procurator.GetHtmlAsync("/dashboard");
        Assert.Contains("待评估", dashboard, StringComparison.Ordinal);
        Assert.Contains(run.RunId, dashboard, StringComparison.Ordinal);
    }
}
