using System.Globalization;
using DuckDB.NET.Data;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.TestSupport;

namespace PiplWatch.Analytics.Tests;

/// <summary>
/// A workspace in a temporary folder with an importer whose detector has a fixed "today" (ages and dates in ID numbers
/// are judged against it), for the tests that import exports; and one-value queries over the Parquet files they write.
/// </summary>
internal sealed class ImportWorkspace : IDisposable
{
    public static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);

    public static readonly PiiDetector Detector = new(Reference.Regions, new DetectorOptions { Today = new DateOnly(2026, 11, 22) });

    private readonly TemporaryDirectory _temp = new();

    public ImportWorkspace()
    {
        Workspace = new AnalyticsWorkspace(_temp.Combine("data"));
        Importer = new DatasetImporter(Workspace, Detector);
    }

    public AnalyticsWorkspace Workspace { get; }

    public DatasetImporter Importer { get; }

    /// <summary>A path in the temporary folder, outside the workspace.</summary>
    public string Combine(string name) => _temp.Combine(name);

    /// <summary>The Parquet file of the dataset named <paramref name="dataset"/>.</summary>
    public string Parquet(string dataset) => Workspace.PathOf(Workspace.Find(dataset)!);

    /// <summary>The first value of <paramref name="sql"/>, run where view <c>t</c> is <paramref name="parquet"/>; null for SQL NULL.</summary>
    public static object? Value(string parquet, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Sql.Execute(connection, $"CREATE VIEW t AS SELECT * FROM read_parquet({Sql.Literal(parquet)})");
        return Sql.Query(connection, sql).FirstOrDefault()?[0];
    }

    /// <summary><see cref="Value"/> converted to <typeparamref name="T"/>; fails on NULL.</summary>
    public static T Scalar<T>(string parquet, string sql) =>
        (T)Convert.ChangeType(Value(parquet, sql) ?? throw new InvalidOperationException($"NULL from: {sql}"), typeof(T), CultureInfo.InvariantCulture);

    public void Dispose() => _temp.Dispose();
}
