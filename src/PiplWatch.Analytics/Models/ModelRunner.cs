using System.Globalization;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Core.Findings;

namespace PiplWatch.Analytics.Models;

/// <summary>One dataset given for an input role: its name, Parquet file and provenance.</summary>
public sealed record ModelInput(string Role, string Dataset, string ParquetFile, string Sha256, long Rows, long SkippedRows);

/// <summary>
/// Runs a model over datasets: each input role becomes a DuckDB view over the union of its datasets' Parquet files
/// (two platforms' exports read as one, each row with its dataset's name in <c>_dataset</c>), parameters get their defaults, and the result is Core's report contract
/// with the run's inputs, parameters and times recorded so it can be reproduced and cited.
/// </summary>
public sealed class ModelRunner(TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Runs <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">A required input role has no dataset, or a parameter is unknown; the message names it.</exception>
    public FindingsReport Run(ISupervisionModel model, IReadOnlyList<ModelInput> inputs, IReadOnlyDictionary<string, string> parameters, string region)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        var definition = model.Definition;
        foreach (var role in definition.InputRoles.Where(r => !r.EndsWith('?')).Where(r => inputs.All(i => i.Role != r)))
        {
            throw new ArgumentException($"model {definition.Id} needs an input for role '{role}' (--input {role}=DATASET_OR_FILE)", nameof(inputs));
        }

        var unknown = parameters.Keys.Where(k => definition.Parameters.All(p => p.Name != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"model {definition.Id} has no parameter {string.Join(", ", unknown)} (parameters: {string.Join(", ", definition.Parameters.Select(p => p.Name))})", nameof(parameters));
        }

        var values = definition.Parameters.ToDictionary(p => p.Name, p => parameters.GetValueOrDefault(p.Name) ?? p.Default, StringComparer.Ordinal);
        var startedAt = _time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var settings = connection.CreateCommand())
        {
            // Models order what they return; letting DuckDB drop insertion order lets it stream large aggregations.
            settings.CommandText = "SET preserve_insertion_order = false";
            settings.ExecuteNonQuery();
            // Large inputs (company linkage against a 10-million-row registry) hold more in temp tables than a model
            // run should take: DuckDB's default limit is 80 % of RAM and an in-memory database spills to ./.tmp. Cap
            // it at 5 GB (the process stays under 8 GiB with .NET's share; BENCHMARKS.md, issue 7) and spill to the
            // system temp folder, which DuckDB deletes when the connection closes.
            var limit = Math.Min(5L << 30, (long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 0.8)) >> 20;
            var spill = Path.Combine(Path.GetTempPath(), "piplwatch-duckdb-" + Guid.NewGuid().ToString("N"));
            settings.CommandText = $"SET memory_limit = '{limit}MiB'";
            settings.ExecuteNonQuery();
            settings.CommandText = $"SET temp_directory = '{spill.Replace("'", "''", StringComparison.Ordinal)}'";
            settings.ExecuteNonQuery();
        }

        foreach (var group in inputs.GroupBy(i => i.Role))
        {
            // Each row keeps the name of its dataset in _dataset, so a model can tell two platforms' exports apart
            // where they carry no platform column of their own.
            var parts = group.Select(i => $"SELECT *, {Sql.Literal(i.Dataset)} AS _dataset FROM read_parquet({Sql.Literal(i.ParquetFile)})");
            using var view = connection.CreateCommand();
            view.CommandText = $"CREATE VIEW \"{group.Key}\" AS {string.Join(" UNION ALL BY NAME ", parts)}";
            view.ExecuteNonQuery();
        }

        var (summary, findings) = model.Run(new ModelRunContext(connection, values, region));
        var finishedAt = _time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        return new FindingsReport
        {
            Model = definition.Id,
            ModelVersion = definition.Version,
            RunId = string.Create(CultureInfo.InvariantCulture, $"{definition.Id}-{startedAt:yyyyMMdd'T'HHmmss}-{Guid.NewGuid().ToString("N")[..6]}"),
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            Parameters = new JsonObject(values.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))) { ["region"] = region },
            Inputs = inputs.Select(i => new ReportInput(i.Role, i.Dataset, i.Sha256, i.Rows, i.SkippedRows)).ToList(),
            Summary = summary,
            Findings = findings,
        };
    }
}
