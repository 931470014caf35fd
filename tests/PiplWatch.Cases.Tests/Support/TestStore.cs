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
            Drop(_adminConnection, _database);
        }

        _folder.Dispose();
    }

    /// <summary>
    /// Drops the test database. A plain DROP waits (up to five seconds) for backends that are still closing and asks an
    /// autovacuum worker visiting the new database to leave; FORCE is only the fallback for a connection the test left
    /// open, because on PostgreSQL 15 FORCE refuses to run at all when an autovacuum worker is there and the role is not
    /// a member of pg_signal_backend (42501, seen in CI).
    /// </summary>
    private static void Drop(string adminConnection, string database)
    {
        try
        {
            Execute(adminConnection, $"DROP DATABASE IF EXISTS {database}");
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.ObjectInUse)
        {
            Execute(adminConnection, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
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
