using System.Text.Json.Nodes;
using PiplWatch.Analytics.Models;
using PiplWatch.Core.Findings;

namespace PiplWatch.Analytics.Tests.Models;

public sealed class RunComparisonTests
{
    private static FindingsReport Report(string model, params string[] subjects) => new()
    {
        Model = model,
        ModelVersion = "1",
        RunId = model + "-" + subjects.Length,
        StartedAt = new DateTimeOffset(2025, 8, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        FinishedAt = new DateTimeOffset(2025, 8, 1, 9, 1, 0, TimeSpan.FromHours(8)),
        Findings = subjects.Select(s => new Finding { Id = FindingId.For(model, "k", s, "360200"), Subject = s, Kind = "k", Score = 0.9, Reason = "r", Region = "360200" }).ToList(),
    };

    [Fact]
    public void Compare_MarksEachFindingNewStillPresentOrGone()
    {
        var comparison = RunComparison.Compare(Report("m", "a", "b", "c"), Report("m", "b", "c", "d"));

        Assert.Equal([FindingId.For("m", "k", "d", "360200")], comparison["new"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(2, comparison["still_present"]!.AsArray().Count);
        Assert.Equal([FindingId.For("m", "k", "a", "360200")], comparison["gone"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(1, comparison["gone_by_kind"]!["k"]!.GetValue<int>());
    }

    [Fact]
    public void Compare_DifferentModels_IsRefused() =>
        Assert.Throws<ArgumentException>(() => RunComparison.Compare(Report("m1", "a"), Report("m2", "a")));

    [Fact]
    public void WithComparison_KeepsTheSummaryAndAddsTheComparison()
    {
        var current = Report("m", "a") with { Summary = new JsonObject { ["records"] = 5 } };

        var compared = RunComparison.WithComparison(current, Report("m", "a"));

        Assert.Equal(5, compared.Summary["records"]!.GetValue<int>());
        Assert.NotNull(compared.Summary["comparison"]);
        Assert.Null(current.Summary["comparison"]);
    }
}
