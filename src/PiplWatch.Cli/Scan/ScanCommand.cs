using System.CommandLine;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Detection.Scanning;

namespace PiplWatch.Cli.Scan;

/// <summary>
/// <c>piplwatch scan PATH... [--types T,...] [--format table|jsonl|csv|html] [--out FILE]</c> and
/// <c>piplwatch scan --jsonl-in FILE --id-field id --text-field text --out FILE</c>.
/// Exit 0 when the scan completed, whether or not it found personal data and even if some files could not be read.
/// </summary>
internal static class ScanCommand
{
    private static readonly Argument<string[]> Paths = new("path") { Description = "文件或文件夹 Files or folders to scan", Arity = ArgumentArity.ZeroOrMore };
    private static readonly Option<string?> Types = new("--types") { Description = "只找这些类型 Only these types, e.g. ID_CARD,PHONE_MOBILE" };
    private static readonly Option<string> Format = new("--format") { Description = "输出格式 table (default), jsonl, csv or html", DefaultValueFactory = _ => "table" };
    private static readonly Option<string?> Out = new("--out") { Description = "输出文件 Write to this file instead of standard output" };
    private static readonly Option<string?> JsonlIn = new("--jsonl-in") { Description = "逐行 JSON 文档 Read documents from a JSON lines file" };
    private static readonly Option<string> IdField = new("--id-field") { Description = "文档编号字段 Field holding the document id", DefaultValueFactory = _ => "id" };
    private static readonly Option<string> TextField = new("--text-field") { Description = "文本字段 Field holding the text", DefaultValueFactory = _ => "text" };

    public static Command Create(CliContext context)
    {
        Format.AcceptOnlyFromAmong("table", "jsonl", "csv", "html");
        var command = new Command("scan", "扫描个人信息 Find personal information in files, folders, archives or JSON-lines documents")
        {
            Paths, Types, Format, Out, JsonlIn, IdField, TextField,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var types = ParseTypes(parse.GetValue(Types));
        var detector = new PiiDetector(context.Reference(parse).Regions, new DetectorOptions { Types = types });
        var output = parse.GetValue(Out);
        if (parse.GetValue(JsonlIn) is { } jsonlIn)
        {
            if (parse.GetValue(Paths) is { Length: > 0 })
            {
                throw CliFailure.Usage("--jsonl-in reads documents from one file; give no PATH with it");
            }

            var count = await JsonlDocumentScan.RunAsync(detector, jsonlIn, parse.GetValue(IdField)!, parse.GetValue(TextField)!, output, context, cancellationToken);
            await context.Error.WriteLineAsync($"scanned {count} documents");
            return ExitCodes.Success;
        }

        var paths = parse.GetValue(Paths) ?? [];
        if (paths.Length == 0)
        {
            throw CliFailure.Usage("give at least one PATH to scan, or --jsonl-in FILE");
        }

        foreach (var path in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            throw new CliFailure($"'{path}' is neither a file nor a folder");
        }

        var format = parse.GetValue(Format)!;
        await ScanReportWriter.RunAsync(new FolderScanner(new FileScanner(detector)), paths, format, output, context, cancellationToken);
        return ExitCodes.Success;
    }

    private static IReadOnlyList<PiiType> ParseTypes(string? list)
    {
        if (list is null)
        {
            return PiiTypeNames.All;
        }

        try
        {
            return PiiTypeNames.ParseList(list);
        }
        catch (ArgumentException ex)
        {
            throw CliFailure.Usage("--types: " + ErrorText.Of(ex));
        }
    }
}
