using Microsoft.EntityFrameworkCore;

namespace PiplWatch.Cases.Store;

/// <summary>The database engines the case store runs on.</summary>
public enum StoreProvider
{
    /// <summary>A file in the data directory; nothing to install.</summary>
    Sqlite,

    /// <summary>A server, for multi-user deployments.</summary>
    PostgreSql,
}

/// <summary>
/// Opens the case store. By default it is <c>piplwatch.db</c> (SQLite) in the data directory; the environment variable
/// <c>PIPLWATCH_CASES_DB</c> (or the web host's <c>Cases:ConnectionString</c>) set to a PostgreSQL connection string
/// (<c>Host=…;Database=…;Username=…;Password=…</c>) moves it to a server. The schema is migrated when the store opens.
/// </summary>
public sealed class CaseStore
{
    /// <summary>The environment variable holding a PostgreSQL connection string.</summary>
    public const string EnvironmentVariable = "PIPLWATCH_CASES_DB";

    /// <summary>The migrations assembly for SQLite.</summary>
    public const string SqliteMigrations = "PiplWatch.Cases.Migrations.Sqlite";

    /// <summary>The migrations assembly for PostgreSQL.</summary>
    public const string PostgreSqlMigrations = "PiplWatch.Cases.Migrations.PostgreSql";

    private CaseStore(StoreProvider provider, string connectionString, string description)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Description = description;
    }

    /// <summary>Which engine.</summary>
    public StoreProvider Provider { get; }

    /// <summary>The connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the store is, without a password (for messages).</summary>
    public string Description { get; }

    /// <summary>The store for a data directory: PostgreSQL when <paramref name="connectionString"/> is given, else SQLite.</summary>
    public static CaseStore For(string dataDirectory, string? connectionString)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            if (!builder.ContainsKey("Host"))
            {
                throw new ArgumentException($"{EnvironmentVariable} must be a PostgreSQL connection string with Host=…; leave it unset for the SQLite file in the data directory", nameof(connectionString));
            }

            builder.Remove("Password");
            return new CaseStore(StoreProvider.PostgreSql, connectionString, "PostgreSQL " + builder.ConnectionString);
        }

        var file = Path.Combine(dataDirectory, "piplwatch.db");
        return new CaseStore(StoreProvider.Sqlite, $"Data Source={file};Foreign Keys=True", "SQLite " + file);
    }

    /// <summary>The store the hosts use: <paramref name="dataDirectory"/> and the environment.</summary>
    public static CaseStore FromEnvironment(string dataDirectory) => For(dataDirectory, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>EF Core options for this store.</summary>
    public DbContextOptions<CasesDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<CasesDbContext>();
        Configure(builder);
        return builder.Options;
    }

    /// <summary>Configures <paramref name="builder"/> for this store (for dependency injection).</summary>
    public void Configure(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _ = Provider == StoreProvider.PostgreSql
            ? builder.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgreSqlMigrations))
            : builder.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrations));
    }

    /// <summary>A context on this store.</summary>
    public CasesDbContext CreateContext() => new(Options());

    /// <summary>Brings the schema up to date (creating the database file on first use).</summary>
    public void Migrate()
    {
        using var context = CreateContext();
        context.Database.Migrate();
    }
}
