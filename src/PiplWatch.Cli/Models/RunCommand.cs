using System.CommandLine;
using System.Globalization;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core;
using PiplWatch.Core.Findings;
using PiplWatch.Detection;
using Spectre.Console;

namespace PiplWatch.Cli.Models;

/// <summary>
/// <c>piplwatch run MODEL --input ROLE=FILE_OR_DATASET ... [--mapping FILE] [--param k=v] [--region CODE] --out REPORT.json</c>
/// (files are imported on the fly) and <c>piplwatch models</c>.
/// </summary>
internal static class RunCommand
{
    private static readonly Argument<string> Model = new("model") { Description = "模型 Model id (see piplwatch models)" };
    private static readonly Option<string[]> Inputs = new("--input") { Description = "ROLE=DATASET or ROLE=FILE; a role may be given several times", AllowMultipleArgumentsPerToken = false, Required = true };
    private static readonly Option<string?> Mapping = new("--mapping") { Description = "字段映射 Mapping for files imported on the fly" };
    private static readonly Option<string[]> Params = new("--param") { Description = "参数 k=v" };
    private static readonly Option<string> Region = new("--region") { Description = "数据来源区划 Region the data comes from (routes the findings)", DefaultValueFactory = _ => "000000" };
    private static readonly Option<string> Out = new("--out") { Description = "报告文件 Report file (JSON)", Required = true };
    private static readonly Option<string?> Compare = new("--compare") { Description = "上次的报告 An earlier report of the same model: mark each finding new, still present or gone" };
    private static readonly Option<string?> Csv = new("--csv") { Description = "另存 CSV Also write the findings as CSV" };
    private static readonly Option<string?> Xlsx = new("--xlsx") { Description = "另存 XLSX Also write the report as a workbook" };

    public static Command CreateRun(CliContext context)
    {
        var command = new Command("run", "运行监督模型 Run a supervision model") { Model, Inputs, Mapping, Params, Region, Out, Compare, Csv, Xlsx };
        command.SetAction(parse => Run(context, parse));
        return command;
    }

    public static Command CreateList(CliContext context)
    {
        var command = new Command("models", "列出监督模型 List the models with their inputs and parameters");
        command.SetAction(parse =>
        {
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(ModelRegistry.All.Select(m => m.Definition));
                return ExitCodes.Success;
            }

            foreach (var model in ModelRegistry.All.Select(m => m.Definition))
            {
                context.Console.MarkupLine($"[bold]{Markup.Escape(model.Id)}[/] {Markup.Escape(model.TitleZh)} / {Markup.Escape(model.TitleEn)} (scenario {model.Scenario}, v{model.Version})");
                context.Console.WriteLine("  inputs: " + string.Join(", ", model.InputRoles));
                var table = new Table().AddColumns("参数 Parameter", "默认 Default", "含义 Meaning");
                foreach (var p in model.Parameters)
                {
                    table.AddRow(Markup.Escape(p.Name), Markup.Escape(p.Default), Markup.Escape($"{p.DescriptionZh} / {p.DescriptionEn}"));
                }

                context.Console.Write(table);
                context.Console.WriteLine("  findings: " + string.Join(", ", model.FindingKinds.Select(k => $"{k.Kind} ({string.Join(" ", k.LegalBasis)})")));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateRuns(CliContext context)
    {
        var command = new Command("runs", "运行记录 The recorded model runs, newest first");
        command.SetAction(parse =>
        {
            var runs = new AnalyticsWorkspace(CliContext.DataDirectory(parse)).Runs();
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(runs);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("运行 Run", "模型 Model", "开始 Started", "执行人 By", "发现 Findings");
            foreach (var run in runs)
            {
                table.AddRow(Markup.Escape(run.RunId), Markup.Escape($"{run.Model} {run.ModelVersion}"), run.StartedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture), Markup.Escape(run.RunBy), run.Findings.ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        var model = ModelRegistry.Find(parse.GetRequiredValue(Model))
            ?? throw CliFailure.Usage($"unknown model '{parse.GetRequiredValue(Model)}' (models: {string.Join(", ", ModelRegistry.All.Select(m => m.Definition.Id))})");
        var reference = context.Reference(parse);
        var region = parse.GetRequiredValue(Region);
        if (region != "000000" && reference.Regions.Find(region) is null)
        {
            throw CliFailure.Usage($"--region '{region}' is not a GB/T 2260 code");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parse.GetValue(Params) ?? [])
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw CliFailure.Usage($"--param '{pair}' is not k=v");
            }

            parameters[pair[..at]] = pair[(at + 1)..];
        }

        var workspace = new AnalyticsWorkspace(CliContext.DataDirectory(parse));
        var importer = new DatasetImporter(workspace, new PiiDetector(reference.Regions));
        var mappings = parse.GetValue(Mapping) is { } mappingFile ? DatasetMapping.Parse(File.ReadAllText(mappingFile), mappingFile) : null;
        var inputs = new List<ModelInput>();
        foreach (var spec in parse.GetValue(Inputs) ?? [])
        {
            var at = spec.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw CliFailure.Usage($"--input '{spec}' is not ROLE=FILE_OR_DATASET");
            }

            var role = spec[..at];
            var target = spec[(at + 1)..];
            var entry = workspace.Find(target);
            if (entry is null && File.Exists(target))
            {
                // A file is imported on the fly under a name derived from its content hash, so a rerun reuses it.
                var name = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(target)}-{FileHash(target)[..8]}");
                entry = workspace.Find(name);
                if (entry is null)
                {
                    var report = importer.Import(new ImportRequest { File = target, Name = SafeName(name), Role = role, Mappings = mappings?.Where(m => m.Role == role).ToList() is { Count: > 0 } m ? m : null, User = Environment.UserName });
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {target}: {report.Rows} rows, {report.SkippedRows} skipped"));
                    entry = workspace.Find(report.Dataset);
                }
            }

            if (entry is null)
            {
                throw new CliFailure($"--input {role}: '{target}' is neither a dataset of the workspace nor a file");
            }

            if (entry.Role != role)
            {
                throw CliFailure.Usage($"--input {role}: dataset '{entry.Name}' has role '{entry.Role}'");
            }

            inputs.Add(workspace.InputOf(entry));
        }

        FindingsReport result;
        try
        {
            result = new ModelRunner().Run(model, inputs, parameters, region);
        }
        catch (ArgumentException ex)
        {
            throw CliFailure.Usage(ErrorText.Of(ex));
        }

        if (parse.GetValue(Compare) is { } previousFile)
        {
            if (!File.Exists(previousFile))
            {
                throw new CliFailure($"--compare '{previousFile}' does not exist");
            }

            var previous = FindingsReportJson.ReadAsync(previousFile).GetAwaiter().GetResult();
            try
            {
                result = RunComparison.WithComparison(result, previous);
            }
            catch (ArgumentException ex)
            {
                throw CliFailure.Usage(ErrorText.Of(ex));
            }

            var comparison = result.Summary["comparison"]!;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compared with {previous.RunId}: {comparison["new"]!.AsArray().Count} new, {comparison["still_present"]!.AsArray().Count} still present, {comparison["gone"]!.AsArray().Count} gone"));
        }

        FindingsReportJson.WriteAsync(result, parse.GetRequiredValue(Out)).GetAwaiter().GetResult();
        workspace.SaveRun(result, Environment.UserName);
        if (parse.GetValue(Csv) is { } csv)
        {
            ReportExport.WriteCsv(result, csv);
        }

        if (parse.GetValue(Xlsx) is { } xlsx)
        {
            ReportExport.WriteXlsx(result, xlsx);
        }
        context.Output.WriteLine(result.Summary.ToJsonString(Core.ReferenceJson.Compact));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Findings.Count} findings written to {parse.GetRequiredValue(Out)}"));
        return ExitCodes.Success;
    }

    private static string SafeName(string name) => new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').Take(64).ToArray());

    private static string FileHash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
