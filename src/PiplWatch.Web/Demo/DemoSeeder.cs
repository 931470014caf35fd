using System.Security.Cryptography;
using System.Text;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.ReservationAbuse;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cases.Clues;
using PiplWatch.Core.Findings;
using PiplWatch.Detection;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Demo;

/// <summary>
/// The first run's demo data, for every model that has a demo generator (today reservation-abuse, scenario N6): the
/// generated export imported as a dataset, the model run in the demo procuratorate's region and recorded, and its
/// findings pushed to clues — so a procurator signing in for the first time has real work to look at.
/// Runs in the background after the host has started; the log says when it is done.
/// </summary>
internal static partial class DemoSeeder
{
    public const string DatasetName = "jdz-2025h1-demo";

    public static void Seed(string dataDirectory, PiiDetector detector, ClueService clues, ILogger logger)
    {
        var workspace = new AnalyticsWorkspace(dataDirectory);
        if (workspace.Find(DatasetName) is not null)
        {
            return;
        }

        var folder = Path.Combine(dataDirectory, "demo");
        Directory.CreateDirectory(folder);
        var export = Path.Combine(folder, "jingdezhen-museum-2025h1.csv");
        new ReservationDemoGenerator().WriteCsv(export);
        new DatasetImporter(workspace, detector).Import(new ImportRequest { File = export, Name = DatasetName, Role = "reservations", User = "demo" });
        var entry = workspace.Find(DatasetName)!;
        var report = new ModelRunner().Run(
            new ReservationAbuseModel(),
            [new ModelInput("reservations", entry.Name, workspace.PathOf(entry), entry.SourceSha256, entry.Rows, entry.SkippedRows)],
            new Dictionary<string, string> { ["max_findings_per_kind"] = "20" },
            FirstRunSeeder.DemoRegion);
        workspace.SaveRun(report, "demo");
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FindingsReportJson.Serialize(report))));
        var created = clues.ImportFindings(report, sha, "demo").Count(r => r.Created);
        Seeded(logger, entry.Rows, report.Findings.Count, created, report.RunId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo data could not be prepared: {Message}")]
    public static partial void Failed(ILogger logger, string message, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data ready: {Rows} reservation records imported, {Findings} findings of reservation-abuse, {Clues} clues (run {Run})")]
    private static partial void Seeded(ILogger logger, long rows, int findings, int clues, string run);
}
