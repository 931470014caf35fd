using Microsoft.EntityFrameworkCore.Design;
using PiplWatch.Cases.Store;

namespace PiplWatch.Cases.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the context for PostgreSQL without a host; no connection is made.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    /// <inheritdoc/>
    public CasesDbContext CreateDbContext(string[] args) => CaseStore.For(Path.GetTempPath(), "Host=localhost;Database=piplwatch").CreateContext();
}
