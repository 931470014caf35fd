using System.CommandLine;
using System.Security.Cryptography;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Store;
using PiplWatch.Cases.Workflow;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

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

    public static ClueService Clues(CliContext context, ParseResult parse) =>
        new(Open(parse), context.Reference(parse), content: new PiplWatch.Cases.Evidence.ContentStore(CliContext.DataDirectory(parse)));

    public static CaseService Cases(CliContext context, ParseResult parse) =>
        new(Open(parse), context.Reference(parse), ProcedureReference.Load(CliContext.DataDirectory(parse), context.Reference(parse).Legal));

    /// <summary>A findings report and the SHA-256 of its file, as clues and follow-ups record it.</summary>
    public static async Task<(FindingsReport Report, string Sha256)> ReadReportAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new CliFailure($"'{file}' does not exist");
        }

        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        var report = FindingsReportJson.Deserialize(await reader.ReadToEndAsync(cancellationToken), file);
        return (report, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Runs a command body, turning the services' argument errors into one-line failures.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ArgumentException ex)
        {
            throw new CliFailure(ErrorText.Of(ex));
        }
    }
}
