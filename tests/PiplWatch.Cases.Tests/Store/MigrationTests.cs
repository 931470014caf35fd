using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Tests.Support;

namespace PiplWatch.Cases.Tests.Store;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void The_migrations_of_each_provider_match_the_model(string provider)
    {
        using var test = TestStore.Create(provider);
        using var context = test.Store.CreateContext();
        Assert.Empty(context.Database.GetPendingMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"the model changed without a migration for {provider}: run dotnet ef migrations add in src/PiplWatch.Cases.Migrations.*");
    }

    [Fact]
    public void A_connection_string_that_is_not_postgresql_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PiplWatch.Cases.Store.CaseStore.For("/tmp", "Data Source=cases.db"));
        Assert.Contains("PIPLWATCH_CASES_DB", error.Message, StringComparison.Ordinal);
    }
}
