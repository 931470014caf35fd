using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Documents;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Store;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Hosting;

/// <summary>
/// The case store and its services for the web host: SQLite in the data directory, or PostgreSQL from
/// <c>PIPLWATCH_CASES_DB</c> (or the setting <c>Cases:ConnectionString</c>); migrated and seeded before the host starts.
/// </summary>
internal static class CaseStoreServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration, string dataDirectory, ReferenceData reference)
    {
        var store = CaseStore.For(dataDirectory, configuration["Cases:ConnectionString"] ?? Environment.GetEnvironmentVariable(CaseStore.EnvironmentVariable));
        var procedure = ProcedureReference.Load(dataDirectory, reference.Legal);
        var detector = new PiiDetector(reference.Regions);
        services.AddSingleton(store);
        services.AddSingleton<Jobs.BackgroundJobs>();
        services.AddSingleton<Demo.DemoSeedProgress>();
        services.AddMemoryCache();
        services.AddSingleton(procedure);
        services.AddSingleton(detector);
        services.AddSingleton(new ContentStore(dataDirectory));
        services.AddSingleton(sp => new AccountService(store, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ClueService(store, reference, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ContentStore>()));
        services.AddSingleton(sp => new CaseService(store, reference, procedure, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PiplWatch.Cases.Statistics.ScopeStatistics(store, reference, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new PiplWatch.Cases.Statistics.DivisionClues(store));
        services.AddSingleton<Charts.MapCatalog>();
        services.AddSingleton(sp => new EvidenceLocker(store, dataDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DocumentService(sp.GetRequiredService<CaseService>(), sp.GetRequiredService<EvidenceLocker>(), store, reference, detector, dataDirectory, sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>Migrates the store and seeds the first run's accounts; true when the store was new.</summary>
    public static bool Prepare(IServiceProvider services, string? seedPassword, ILogger logger)
    {
        var store = services.GetRequiredService<CaseStore>();
        try
        {
            store.Migrate();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Cannot open the case store ({store.Description}): {ex.Message}", ex);
        }

        return FirstRunSeeder.Seed(services.GetRequiredService<AccountService>(), services.GetRequiredService<ReferenceData>(), seedPassword, logger).Count > 0;
    }
}
