using System.CommandLine;
using System.Reflection;
using PiplWatch.Cli.Agencies;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Cli.Law;
using PiplWatch.Cli.Regions;
using PiplWatch.Core;

namespace PiplWatch.Cli;

/// <summary>Builds the command tree and runs one command line: exit 0 done, 1 failed, 2 bad usage; errors are one line on stderr.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var isTerminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var context = new CliContext(output, error, isTerminal);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line: the parser's messages joined, most specific (unrecognized tokens) first.
            var messages = parse.Errors.Select(e => string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).OrderByDescending(m => m.Contains("Unrecognized", StringComparison.Ordinal)).Distinct();
            await error.WriteLineAsync($"piplwatch: {string.Join("; ", messages)} (see 'piplwatch --help')");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliFailure failure)
        {
            await error.WriteLineAsync($"piplwatch: {failure.Message}");
            return failure.ExitCode;
        }
        catch (ReferenceDataException ex)
        {
            await error.WriteLineAsync($"piplwatch: reference data: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("piplwatch: cancelled");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or KeyNotFoundException)
        {
            await error.WriteLineAsync($"piplwatch: {ex.Message}");
            return ExitCodes.Failed;
        }
    }

    internal static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand($"PiplWatch {Version} — 个人信息保护检察公益诉讼大数据监督平台 / big-data supervision for personal-information-protection public-interest litigation")
        {
            RegionsCommand.Create(context),
            LawCommand.Create(context),
            AgencyCommand.Create(context),
            Scan.ScanCommand.Create(context),
            Mask.MaskCommand.Create(context),
            Audit.AuditCommand.Create(context),
            Import.ImportCommand.Create(context),
            Models.RunCommand.CreateRun(context),
            Models.RunCommand.CreateList(context),
            Models.RunCommand.CreateRuns(context),
            Models.DemoCommand.Create(context),
            Cases.ClueCommand.Create(context),
            Cases.CaseCommand.Create(context),
            Cases.DamagesCommand.Create(context),
            Cases.DamagesCommand.CreateThreshold(context),
        };
        root.Options.Add(CommonOptions.Data);
        root.Options.Add(CommonOptions.Json);
        return root;
    }

    internal static string Version =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
