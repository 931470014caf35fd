using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.FakeRecruitment;
using PiplWatch.Analytics.Models.ReservationAbuse;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cases.Clues;
using PiplWatch.Core.Findings;
using PiplWatch.Detection;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Demo;

/// <summary>
/// The first run's demo data, for every model that has a demo generator — reservation-abuse (scenario N6) and
/// fake-recruitment (N3): the generated exports imported as datasets, the model run in the demo procuratorate's region
/// and recorded, and its findings pushed to clues — so a procurator signing in for the first time has real work to look
/// at. Runs in the background after the host has started; the log says when it is done.
/// </summary>
internal static partial class DemoSeeder
{
    public const string DatasetName = "jdz-2025h1-demo";

    public const string RecruitmentPrefix = "tianhe-demo-";

    public static void Seed(string dataDirectory, PiiDetector detector, ClueService clues, ILogger logger)
    {
        var workspace = new AnalyticsWorkspace(dataDirectory);
        var importer = new DatasetImporter(workspace, detector);
        var folder = Path.Combine(dataDirectory, "demo");
        Directory.CreateDirectory(folder);
        if (workspace.Find(DatasetName) is null)
        {
            var export = Path.Combine(folder, "jingdezhen-museum-2025h1.csv");
            new ReservationDemoGenerator().WriteCsv(export);
            importer.Import(new ImportRequest { File = export, Name = DatasetName, Role = "reservations", User = "demo" });
            var report = RunAndPush(workspace, clues, new ReservationAbuseModel(), [workspace.InputOf(DatasetName)], new() { ["max_findings_per_kind"] = "20" });
            Seeded(logger, ReservationAbuseModel.Id, report.Findings.Count, report.RunId);
        }

        if (workspace.Find(RecruitmentPrefix + FakeRecruitmentDemoGenerator.DatasetNames[^1]) is null)
        {
            var exports = Path.Combine(folder, "tianhe-recruitment");
            new FakeRecruitmentDemoGenerator().Write(exports);
            // The check above reads the registry's presence as "this demo is in the workspace already" (a new case store
            // over an old data folder); Import brings it in last, after the postings.
            var imported = FakeRecruitmentDemoGenerator.Import(importer, exports, RecruitmentPrefix, "demo");
            var report = RunAndPush(workspace, clues, new FakeRecruitmentModel(), [.. imported.Select(r => workspace.InputOf(r.Dataset))], []);
            Seeded(logger, FakeRecruitmentModel.Id, report.Findings.Count, report.RunId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo data could not be prepared: {Message}")]
    public static partial void Failed(ILogger logger, string message, Exception exception);

    /// <summary>
    /// Runs in the demo procuratorate's region, whatever city the generated data describes (the N3 exports are Tianhe's),
    /// so that the demo accounts see the clues: routing follows a finding's region.
    /// </summary>
    private static FindingsReport RunAndPush(AnalyticsWorkspace workspace, ClueService clues, ISupervisionModel model, IReadOnlyList<ModelInput> inputs, Dictionary<string, string> parameters)
    {
        var report = new ModelRunner().Run(model, inputs, parameters, FirstRunSeeder.DemoRegion);
        workspace.SaveRun(report, "demo");
        clues.ImportFindings(report, FindingsReportJson.Sha256(report), "demo");
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data ready: {Findings} findings of {Model}, pushed to clues (run {Run})")]
    private static partial void Seeded(ILogger logger, string model, int findings, string run);
}
