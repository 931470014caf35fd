using System.Text.Json.Nodes;
using PiplWatch.Core.Findings;

namespace PiplWatch.Core.Tests.Findings;

/// <summary>Builds reports for tests: generated values only, never data of real people.</summary>
internal sealed class FindingsReportBuilder
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private readonly List<Finding> _findings = [];
    private readonly List<ReportInput> _inputs = [];

    public FindingsReportBuilder WithInput(string role, string dataset, long rows = 1000, long skipped = 0)
    {
        _inputs.Add(new ReportInput(role, dataset, new string('a', 64), rows, skipped));
        return this;
    }

    public FindingsReportBuilder WithFinding(string kind, string subject, string region = "360200", double score = 0.9, Action<FindingTweak>? tweak = null)
    {
        var t = new FindingTweak();
        tweak?.Invoke(t);
        _findings.Add(new Finding
        {
            Id = FindingId.For("reservation-abuse", kind, subject, region),
            Subject = subject,
            Kind = kind,
            Signals = ["threshold_exceeded"],
            Score = score,
            Reason = "同一身份信息六个月内入馆 12 次",
            LegalBasis = t.LegalBasis,
            Sectors = t.Sectors,
            Region = region,
            Evidence = [new JsonObject { ["id_number"] = "360202********123X", ["visit_date"] = "2025-03-01", ["entries"] = 12 }],
        });
        return this;
    }

    public FindingsReport Build() => new()
    {
        Model = "reservation-abuse",
        ModelVersion = "1.0.0",
        RunId = "run-0001",
        StartedAt = new DateTimeOffset(2025, 7, 1, 9, 30, 0, Beijing),
        FinishedAt = new DateTimeOffset(2025, 7, 1, 9, 31, 5, Beijing),
        Parameters = new JsonObject { ["threshold"] = 10, ["window_days"] = 183 },
        Inputs = _inputs,
        Summary = new JsonObject { ["records"] = 207_000, ["repeat_share"] = 0.4678 },
        Findings = _findings,
    };

    internal sealed class FindingTweak
    {
        public IReadOnlyList<string> LegalBasis { get; set; } = ["PIPL-10", "TOURL-52"];

        public IReadOnlyList<string> Sectors { get; set; } = ["culture-tourism"];
    }
}
