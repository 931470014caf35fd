using System.CommandLine;
using System.Globalization;
using PiplWatch.Analytics.Contracts;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core;
using PiplWatch.Detection;
using Spectre.Console;

namespace PiplWatch.Cli.Import;

/// <summary>
/// <c>piplwatch import FILE --as NAME [--role ROLE] [--sheet NAME] [--mapping FILE] [--suggest-mapping]</c>: brings an
/// export into the workspace as Parquet, or prints the suggested mapping to confirm and pass back with --mapping.
/// </summary>
internal static class ImportCommand
{
    private static readonly Argument<string> File = new("file") { Description = "导出文件 CSV, TSV, XLSX or JSON lines export" };
    private static readonly Option<string?> As = new("--as") { Description = "数据集名称 Dataset name in the workspace" };
    private static readonly Option<string?> Role = new("--role") { Description = "数据集角色 Dataset role (reservations, job_postings, business_registry …)" };
    private static readonly Option<string?> Sheet = new("--sheet") { Description = "工作表 Worksheet of an XLSX (default: the first visible sheet with data)" };
    private static readonly Option<string?> Mapping = new("--mapping") { Description = "字段映射 Mapping file (JSON) confirmed by the analyst" };
    private static readonly Option<bool> SuggestMapping = new("--suggest-mapping") { Description = "只输出建议的映射 Print the suggested mapping and import nothing" };
    private static readonly Option<string?> User = new("--user") { Description = "导入人 Who imports (default: the OS user)" };

    public static Command Create(CliContext context)
    {
        var command = new Command("import", "导入数据 Import an export into the workspace as a dataset") { File, As, Role, Sheet, Mapping, SuggestMapping, User };
        command.SetAction(parse => Run(context, parse));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        var file = parse.GetRequiredValue(File);
        if (!System.IO.File.Exists(file))
        {
            throw new CliFailure($"'{file}' does not exist");
        }

        var reference = context.Reference(parse);
        var detector = new PiiDetector(reference.Regions);
        var importer = new DatasetImporter(new AnalyticsWorkspace(CliContext.DataDirectory(parse)), detector);
        try
        {
            if (parse.GetValue(SuggestMapping))
            {
                var role = parse.GetValue(Role) ?? throw CliFailure.Usage("--suggest-mapping needs --role");
                var suggestion = importer.Suggest(file, role, parse.GetValue(Sheet));
                context.Output.WriteLine(DatasetMapping.Serialize([suggestion.Mapping]));
                foreach (var column in suggestion.Columns)
                {
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{column.Role} ← {column.Header} ({column.Confidence:0.00}: {column.Reason})"));
                }

                foreach (var missing in suggestion.MissingRequired)
                {
                    context.Error.WriteLine($"{missing}: required, no header matched — add it to the mapping");
                }

                foreach (var (column, values) in suggestion.UnmappedValues)
                {
                    context.Error.WriteLine($"{column}: values without a canonical value: {string.Join(", ", values)}");
                }

                return ExitCodes.Success;
            }

            var name = parse.GetValue(As) ?? throw CliFailure.Usage("give the dataset a name with --as NAME");
            var mappings = parse.GetValue(Mapping) is { } mappingFile
                ? DatasetMapping.Parse(System.IO.File.ReadAllText(mappingFile), mappingFile)
                : null;
            var request = new ImportRequest
            {
                File = file,
                Name = name,
                Role = parse.GetValue(Role),
                Sheet = parse.GetValue(Sheet),
                Mappings = mappings,
                User = parse.GetValue(User) ?? Environment.UserName,
            };
            var report = context.IsTerminal
                ? AnsiConsole.Progress().AutoClear(true).Start(progress =>
                {
                    var task = progress.AddTask("导入 importing", maxValue: 1000);
                    return importer.Import(request, new Progress<ImportProgress>(p =>
                    {
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"导入 importing {p.Rows:N0} rows");
                        if (p.Fraction is { } fraction)
                        {
                            task.Value = fraction * 1000;
                        }
                    }));
                })
                : importer.Import(request);
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(report);
                return ExitCodes.Success;
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {report.Rows} rows as '{report.Dataset}' ({report.Role}); {report.SkippedRows} skipped")
                + (RoleCatalog.Find(report.Role)!.Columns.Any(c => c.Kind == ColumnKind.Identity)
                    ? string.Create(CultureInfo.InvariantCulture, $"; {report.NonResidentIdentities} identities are not resident ID numbers")
                    : string.Empty));
            if (report.MappingSuggested)
            {
                context.Output.WriteLine("applied the suggested mapping: " + string.Join(", ", report.Mapping.Columns.Select(c => $"{c.Key} ← {c.Value}")));
            }

            foreach (var (column, count) in report.UnknownValues)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{column}: {count} values not in the value map, imported as 'unknown'"));
            }

            foreach (var skipped in report.Skipped.Take(20))
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"skipped line {skipped.Line}{(skipped.Column is null ? string.Empty : $" [{skipped.Column}]")}: {skipped.Reason}"));
            }

            if (report.Skipped.Count > 20)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {report.SkippedRows - 20} more skipped rows (--json lists the first {report.Skipped.Count})"));
            }

            return ExitCodes.Success;
        }
        catch (ArgumentException ex)
        {
            throw CliFailure.Usage(ErrorText.Of(ex));
        }
    }
}
