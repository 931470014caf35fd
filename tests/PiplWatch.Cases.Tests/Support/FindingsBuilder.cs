using System.Text.Json.Nodes;
using PiplWatch.Core.Findings;

namespace PiplWatch.Cases.Tests.Support;

/// <summary>Builds reservation-abuse reports (scenario N6) with made-up, masked subjects.</summary>
public sealed class FindingsBuilder
{
    public const string Model = "reservation-abuse";
    public const string Region = "360203"; // 景德镇市珠山区

    private readonly List<Finding> _findings = [];

    public FindingsBuilder Overuse(string maskedId, int entries, string region = Region)
    {
        _findings.Add(new Finding
        {
            Id = FindingId.For(Model, "identity_overuse", "key-" + maskedId, region),
            Subject = maskedId,
            Kind = "identity_overuse",
            Signals = ["entries_over_threshold"],
            Score = 0.9,
            Reason = $"身份信息 {maskedId} 在 183 天内入馆 {entries} 次，远超 10 次；涉及旅行社：第3旅行社",
            LegalBasis = ["PIPL-10", "PIPL-5", "TOURL-52"],
            Sectors = ["culture-tourism", "public-security"],
            Region = region,
            Evidence = [new JsonObject { ["id_number"] = maskedId, ["entries"] = entries }],
        });
        return this;
    }

    public FindingsReport Build(string runId, DateTimeOffset finished) => new()
    {
        Model = Model,
        ModelVersion = "1.0.0",
        RunId = runId,
        StartedAt = finished.AddMinutes(-1),
        FinishedAt = finished,
        Summary = new JsonObject { ["records"] = 207012 },
        Findings = [.. _findings],
    };
}
