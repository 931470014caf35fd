using System.Text.Json;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Models;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

namespace PiplWatch.Analytics.Workspace;

/// <summary>
/// The analyst's workspace inside the data directory: <c>workspace/datasets/*.parquet</c> and the catalog
/// <c>workspace/catalog.json</c>. DuckDB opens the Parquet files in-process and holds nothing open between queries, so
/// the CLI and the web host can share one data directory.
/// </summary>
public sealed class AnalyticsWorkspace
{
    private static readonly Lock CatalogGate = new();

    /// <summary>Opens (and creates) the workspace of <paramref name="dataDirectory"/>.</summary>
    public AnalyticsWorkspace(string dataDirectory)
    {
        Root = Path.Combine(dataDirectory, "workspace");
        Directory.CreateDirectory(DatasetsFolder);
        Directory.CreateDirectory(TempFolder);
    }

    /// <summary>The workspace folder.</summary>
    public string Root { get; }

    /// <summary>Where datasets are stored as Parquet.</summary>
    public string DatasetsFolder => Path.Combine(Root, "datasets");

    /// <summary>Scratch space for imports in progress (removed when they end).</summary>
    public string TempFolder => Path.Combine(Root, "tmp");

    private string CatalogFile => Path.Combine(Root, "catalog.json");

    /// <summary>All datasets, by name.</summary>
    public IReadOnlyList<DatasetEntry> Datasets()
    {
        lock (CatalogGate)
        {
            return ReadCatalog();
        }
    }

    /// <summary>The dataset called <paramref name="name"/>, or null.</summary>
    public DatasetEntry? Find(string name) => Datasets().FirstOrDefault(d => d.Name == name);

    /// <summary>The full path of a dataset's Parquet file.</summary>
    public string PathOf(DatasetEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Path.Combine(Root, entry.File);
    }

    /// <summary>A dataset as a model's input in its own role: its Parquet file and provenance.</summary>
    public ModelInput InputOf(DatasetEntry entry) => new(entry.Role, entry.Name, PathOf(entry), entry.SourceSha256, entry.Rows, entry.SkippedRows);

    /// <summary>The dataset named <paramref name="name"/> as a model's input; fails naming it when the workspace has none.</summary>
    public ModelInput InputOf(string name) =>
        InputOf(Find(name) ?? throw new ArgumentException($"the workspace has no dataset '{name}'", nameof(name)));

    /// <summary>Adds or replaces a catalog entry (written to a temporary name and renamed).</summary>
    public void Save(DatasetEntry entry)
    {
        lock (CatalogGate)
        {
            var entries = ReadCatalog().Where(e => e.Name != entry.Name).Append(entry).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            AtomicFile.WriteAllText(CatalogFile, JsonSerializer.Serialize(entries, ReferenceJson.Options));
        }
    }

    /// <summary>Where model runs are recorded.</summary>
    public string RunsFolder => Path.Combine(Root, "runs");

    /// <summary>
    /// Records a run — model, version, parameters, input hashes, times (all in the report) and who ran it — so that its
    /// result can be reproduced and cited as evidence. Returns the record's path.
    /// </summary>
    public string SaveRun(FindingsReport report, string runBy)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(RunsFolder);
        var path = Path.Combine(RunsFolder, report.RunId + ".json");
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(new RunFile(runBy, report), ReferenceJson.Options));
        WriteSummary(new RunRecord(report.RunId, report.Model, report.ModelVersion, report.StartedAt, runBy, report.Findings.Count, path));
        return path;
    }

    /// <summary>The recorded runs, newest first: run id, model, version, start, who, findings.</summary>
    public IReadOnlyList<RunRecord> Runs()
    {
        if (!Directory.Exists(RunsFolder))
        {
            return [];
        }

        var runs = new List<RunRecord>();
        foreach (var file in Directory.EnumerateFiles(RunsFolder, "*.json"))
        {
            runs.Add(ReadSummary(file) ?? Summarise(file));
        }

        return [.. runs.OrderByDescending(r => r.StartedAt)];
    }

    /// <summary>The report of a recorded run (its findings included).</summary>
    public static FindingsReport ReadReport(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return ReadRunFile(run.File).Report;
    }

    /// <summary>A run's record on disk: who ran it and the report, read and written in one pass (it can be many megabytes).</summary>
    private sealed record RunFile(string? RunBy, FindingsReport? Report);

    private static (string RunBy, FindingsReport Report) ReadRunFile(string runFile)
    {
        try
        {
            using var stream = File.OpenRead(runFile);
            var record = JsonSerializer.Deserialize<RunFile>(stream, ReferenceJson.Options);
            return (record?.RunBy ?? string.Empty, record?.Report ?? throw new InvalidDataException($"{runFile}: the run record has no report"));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{runFile}: not a run record{(ex.Path is null ? string.Empty : " at " + ex.Path)}: {ex.Message}", ex);
        }
    }

    // A run's record holds every finding and can be many megabytes; listing runs reads a small summary written beside
    // it instead. Runs recorded before summaries existed are read in full once and get one.
    private static string SummaryOf(string runFile) => Path.ChangeExtension(runFile, ".summary");

    private static RunRecord? ReadSummary(string runFile)
    {
        var summary = SummaryOf(runFile);
        if (!File.Exists(summary) || File.GetLastWriteTimeUtc(summary) < File.GetLastWriteTimeUtc(runFile))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(summary), ReferenceJson.Options) is { } record ? record with { File = runFile } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static RunRecord Summarise(string runFile)
    {
        var (runBy, report) = ReadRunFile(runFile);
        var record = new RunRecord(report.RunId, report.Model, report.ModelVersion, report.StartedAt, runBy, report.Findings.Count, runFile);
        try
        {
            WriteSummary(record);
        }
        catch (IOException)
        {
            // A read-only workspace still lists its runs, reading them in full.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return record;
    }

    private static void WriteSummary(RunRecord record) =>
        AtomicFile.WriteAllText(SummaryOf(record.File), JsonSerializer.Serialize(record, ReferenceJson.Options));

    private List<DatasetEntry> ReadCatalog()
    {
        if (!File.Exists(CatalogFile))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<DatasetEntry>>(File.ReadAllText(CatalogFile), ReferenceJson.Options) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{CatalogFile}: the dataset catalog is damaged ({ex.Message})", ex);
        }
    }
}
