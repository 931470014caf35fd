using Microsoft.EntityFrameworkCore.Design;
using PiplWatch.Cases.Store;

namespace PiplWatch.Cases.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context for SQLite without a host; the file is never opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    /// <inheritdoc/>
    public CasesDbContext CreateDbContext(string[] args) => CaseStore.For(Path.GetTempPath(), connectionString: null).CreateContext();
}
