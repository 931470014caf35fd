using System.CommandLine;
using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Store;
using PiplWatch.Cli.Infrastructure;

namespace PiplWatch.Cli.Cases;

/// <summary>Opens the case store of the data directory (SQLite, or PostgreSQL from PIPLWATCH_CASES_DB), migrated.</summary>
internal static class CaseStoreAccess
{
    public static CaseStore Open(ParseResult parse)
    {
        var store = CaseStore.FromEnvironment(CliContext.DataDirectory(parse));
        try
        {
            store.Migrate();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            throw new CliFailure($"cannot open the case store ({store.Description}): {ex.Message}");
        }

        return store;
    }

    public static ClueService Clues(CliContext context, ParseResult parse) => new(Open(parse), context.Reference(parse));

    public static CaseService Cases(CliContext context, ParseResult parse) =>
        new(Open(parse), context.Reference(parse), WorkCalendar.Load(CliContext.DataDirectory(parse)));

    /// <summary>Runs a command body, turning the services' argument errors into one-line failures.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ArgumentException ex)
        {
            throw new CliFailure(ex.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
