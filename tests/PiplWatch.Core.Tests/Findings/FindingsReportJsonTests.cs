using System.Text.Json.Nodes;
using PiplWatch.Core.Findings;
using PiplWatch.TestSupport;

namespace PiplWatch.Core.Tests.Findings;

public sealed class FindingsReportJsonTests
{
    [Fact]
    public void Serialize_UsesTheContractsSnakeCaseNames()
    {
        var report = new FindingsReportBuilder().WithInput("reservations", "jdz-2025h1").WithFinding("identity_overuse", "360202********123X").Build();

        var json = JsonNode.Parse(FindingsReportJson.Serialize(report))!.AsObject();

        Assert.Equal(["model", "model_version", "run_id", "started_at", "finished_at", "parameters", "inputs", "summary", "findings"], json.Select(p => p.Key));
        Assert.Equal(["role", "dataset", "sha256", "rows", "skipped_rows"], json["inputs"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["id", "subject", "kind", "signals", "score", "reason", "legal_basis", "sectors", "region", "evidence"], json["findings"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("2025-07-01T09:30:00+08:00", json["started_at"]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_SerializedReport_RoundTrips()
    {
        var report = new FindingsReportBuilder().WithInput("reservations", "a").WithInput("reservations", "b", skipped: 3)
            .WithFinding("identity_overuse", "360202********123X").WithFinding("ip_cluster", "203.0.113.7").Build();
        var json = FindingsReportJson.Serialize(report);

        var back = FindingsReportJson.Deserialize(json);

        Assert.Equal(json, FindingsReportJson.Serialize(back));
        Assert.Equal(report.StartedAt, back.StartedAt);
        Assert.Equal(TimeSpan.FromHours(8), back.StartedAt.Offset);
        Assert.Equal(3, back.Inputs[1].SkippedRows);
        Assert.Equal(12, back.Findings[0].Evidence[0]["entries"]!.GetValue<int>());
    }

    [Fact]
    public void Deserialize_WrongShape_SaysWhereAndWhat()
    {
        var error = Assert.Throws<InvalidDataException>(() => FindingsReportJson.Deserialize("""{"model": "x", "findings": [{"score": "high"}]}""", "old.json"));

        Assert.StartsWith("old.json: not a findings report", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.findings[0].score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ThenReadAsync_LeavesOnlyTheReport()
    {
        using var temp = new TemporaryDirectory();
        var path = temp.Combine("out", "report.json");
        var report = new FindingsReportBuilder().WithFinding("cancel_rebook", "account-42").Build();

        await FindingsReportJson.WriteAsync(report, path, TestContext.Current.CancellationToken);
        var back = await FindingsReportJson.ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("account-42", back.Findings[0].Subject);
        Assert.Equal(["report.json"], Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName));
    }
}
