using System.Text.Json.Nodes;

namespace PiplWatch.Core.Findings;

/// <summary>
/// The report contract every model, scan and audit writes (JSON, snake_case; names kept stable):
/// <c>{"model", "model_version", "run_id", "started_at", "finished_at", "parameters", "inputs", "summary", "findings"}</c>.
/// </summary>
public sealed record FindingsReport
{
    /// <summary>Model, scan or audit id, e.g. <c>reservation-abuse</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Version of the model's logic, so a result can be reproduced.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>Id of this run.</summary>
    public required string RunId { get; init; }

    /// <summary>When the run started, with its offset.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished, with its offset.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>Parameters the run used, defaults included.</summary>
    public JsonObject Parameters { get; init; } = [];

    /// <summary>Datasets read, with their hashes.</summary>
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>Model-specific summary figures.</summary>
    public JsonObject Summary { get; init; } = [];

    /// <summary>The findings.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
