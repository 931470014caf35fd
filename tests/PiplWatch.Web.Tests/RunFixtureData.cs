using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.FakeRecruitment;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cases.Clues;
using PiplWatch.Core;
using PiplWatch.Detection;

namespace PiplWatch.Web.Tests;

/// <summary>A fake-recruitment run on the generated Tianhe exports, in the host's workspace, for pages that show a run.</summary>
internal static class RunFixtureData
{
    private static readonly Lock Gate = new();

    /// <summary>The clue of a planted shell company (four signals), the run's findings pushed to clues once.</summary>
    public static long EnsureClue(WebHostFixture host)
    {
        lock (Gate)
        {
            var clues = host.Services.GetRequiredService<ClueService>();
            if (clues.List().FirstOrDefault(c => c.Subject == ShellCompany) is { } existing)
            {
                return existing.Id;
            }

            // The run first: listing the runs before it exists would miss it.
            var runId = Ensure(host);
            var run = new AnalyticsWorkspace(host.DataDirectory).Runs().Single(r => r.RunId == runId);
            var report = AnalyticsWorkspace.ReadReport(run);
            clues.ImportFindings(report, new string('0', 64), "analyst");
            return clues.List().Single(c => c.Subject == ShellCompany).Id;
        }
    }

    private const string ShellCompany = "广州市辉拓益电子商务有限公司";

    public static string Ensure(WebHostFixture host)
    {
        lock (Gate)
        {
            var workspace = new AnalyticsWorkspace(host.DataDirectory);
            if (workspace.Runs().FirstOrDefault(r => r.Model == FakeRecruitmentModel.Id) is { } existing)
            {
                return existing.RunId;
            }

            var folder = Path.Combine(host.DataDirectory, "n3-fixture");
            new FakeRecruitmentDemoGenerator().Write(folder);
            var importer = new DatasetImporter(workspace, new PiiDetector(ReferenceData.Load(dataDirectory: null).Regions));
            var imported = FakeRecruitmentDemoGenerator.Import(importer, folder, "tianhe-", "analyst");
            var report = new ModelRunner().Run(
                new FakeRecruitmentModel(),
                [.. imported.Select(r => workspace.InputOf(r.Dataset))],
                new Dictionary<string, string>(),
                "360203");
            workspace.SaveRun(report, "analyst");
            return report.RunId;
        }
    }
}
