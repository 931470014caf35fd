using PiplWatch.Analytics.Workspace;
using PiplWatch.Core.Findings;
using PiplWatch.TestSupport;

namespace PiplWatch.Analytics.Tests.Workspace;

public sealed class RunListTests
{
    [Fact]
    public void Runs_are_listed_from_their_summaries_and_old_runs_get_one()
    {
        using var data = new TemporaryDirectory();
        var workspace = new AnalyticsWorkspace(data.Path);
        var first = workspace.SaveRun(Report("run-1", 2, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8))), "analyst");
        workspace.SaveRun(Report("run-2", 3, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8))), "procurator");

        var runs = workspace.Runs();

        Assert.Equal([("run-2", 3, "procurator"), ("run-1", 2, "analyst")], runs.Select(r => (r.RunId, r.Findings, r.RunBy)));
        Assert.Equal(first, runs[1].File);

        // A run recorded before summaries existed: listed by reading it in full, and summarised for next time.
        File.Delete(Path.ChangeExtension(first, ".summary"));
        Assert.Equal(2, workspace.Runs().Single(r => r.RunId == "run-1").Findings);
        Assert.True(File.Exists(Path.ChangeExtension(first, ".summary")));

        // A damaged summary is not trusted: the run is read in full.
        File.WriteAllText(Path.ChangeExtension(first, ".summary"), "{ not json");
        Assert.Equal(2, workspace.Runs().Single(r => r.RunId == "run-1").Findings);
    }

    [Fact]
    public void A_run_is_read_back_as_written_and_a_damaged_record_is_named()
    {
        using var data = new TemporaryDirectory();
        var workspace = new AnalyticsWorkspace(data.Path);
        var report = Report("run-1", 3, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        var file = workspace.SaveRun(report, "analyst");

        // The record on disk: who ran it beside the report as the report's own JSON.
        var record = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal("analyst", (string?)record["run_by"]);
        Assert.Equal(FindingsReportJson.Serialize(report), record["report"]!.ToJsonString(PiplWatch.Core.ReferenceJson.Options));

        var run = workspace.Runs().Single();
        Assert.Equal(FindingsReportJson.Serialize(report), FindingsReportJson.Serialize(AnalyticsWorkspace.ReadReport(run)));

        File.WriteAllText(file, "{\"run_by\": \"analyst\", \"report\": {\"findings\": 7}}");
        var error = Assert.Throws<InvalidDataException>(() => AnalyticsWorkspace.ReadReport(run));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("$.report.findings", error.Message, StringComparison.Ordinal);
    }

    private static FindingsReport Report(string runId, int findings, DateTimeOffset started) => new()
    {
        Model = "reservation-abuse",
        ModelVersion = "1.0.0",
        RunId = runId,
        StartedAt = started,
        FinishedAt = started.AddMinutes(1),
        Findings = [.. Enumerable.Range(0, findings).Select(i => new Finding
        {
            Id = FindingId.For("reservation-abuse", "identity_overuse", $"{runId}-{i}", "360203"),
            Subject = $"360203********{i:0000}",
            Kind = "identity_overuse",
            Score = 1,
            Reason = "test",
            Region = "360203",
        })],
    };
}
