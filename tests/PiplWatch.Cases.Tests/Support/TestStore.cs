using Npgsql;
using PiplWatch.Cases.Store;
using PiplWatch.TestSupport;

namespace PiplWatch.Cases.Tests.Support;

/// <summary>
/// A fresh, migrated case store on SQLite (a file in a temporary folder) or PostgreSQL (a database created for the
/// test and dropped after it). PostgreSQL tests skip, with the reason, when no server is configured.
/// </summary>
public sealed class TestStore : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    private readonly TemporaryDirectory _folder = new();
    private readonly string? _database;
    private readonly string? _adminConnection;

    private TestStore(string provider)
    {
        if (provider == PostgreSql)
        {
            _adminConnection = TestEnvironment.Postgres;
            if (_adminConnection is null)
            {
                _folder.Dispose();
                Assert.Skip(TestEnvironment.PostgresMissing);
            }

            _database = "piplwatch_test_" + Guid.NewGuid().ToString("N")[..12];
            Execute(_adminConnection, $"CREATE DATABASE {_database}");
            var builder = new NpgsqlConnectionStringBuilder(_adminConnection) { Database = _database };
            Store = CaseStore.For(_folder.Path, builder.ConnectionString);
        }
        else
        {
            Store = CaseStore.For(_folder.Path, connectionString: null);
        }

        Store.Migrate();
    }

    public static TheoryData<string> Providers => [Sqlite, PostgreSql];

    public CaseStore Store { get; }

    public string DataDirectory => _folder.Path;

    public static TestStore Create(string provider) => new(provider);

    public void Dispose()
    {
        if (_database is not null && _adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(_adminConnection, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        _folder.Dispose();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
