using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Detection.Scanning;
using Spectre.Console;

namespace PiplWatch.Cli.Scan;

/// <summary>Runs a folder scan and writes its result as a summary table, JSON lines, CSV or an HTML report.</summary>
internal static class ScanReportWriter
{
    private static readonly string[] CsvColumns = ["file", "type", "start", "end", "score", "location", "masked_value", "masked_context", "visible", "sha256", "scanned_at", "engine_version"];

    public static async Task RunAsync(FolderScanner scanner, string[] paths, string format, string? output, CliContext context, CancellationToken cancellationToken)
    {
        var summaries = new List<FileSummary>();
        var hitsForHtml = new List<ScanHit>();
        var gate = new Lock();
        await OutputTarget.WriteAsync(output, context, async writer =>
        {
            if (format == "csv")
            {
                await writer.WriteLineAsync(string.Join(',', CsvColumns));
            }

            void OnHit(ScanHit hit)
            {
                lock (gate)
                {
                    switch (format)
                    {
                        case "jsonl":
                            writer.WriteLine(HitJson(hit).ToJsonString(ReferenceJson.Compact));
                            break;
                        case "csv":
                            writer.WriteLine(string.Join(',', HitFields(hit).Select(f => CsvText.Field(f))));
                            break;
                        case "html":
                            hitsForHtml.Add(hit);
                            break;
                        default:
                            break;
                    }
                }
            }

            void OnFile(FileSummary summary)
            {
                lock (gate)
                {
                    summaries.Add(summary);
                }
            }

            await ScanWithProgressAsync(scanner, paths, OnHit, OnFile, context, cancellationToken);
            summaries.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
            if (format == "table")
            {
                WriteTable(summaries, context, writer);
            }
            else if (format == "html")
            {
                await writer.WriteAsync(ScanHtmlReport.Render(summaries, hitsForHtml));
            }
        }, cancellationToken);

        foreach (var failed in summaries.Where(s => s.Error is not null))
        {
            await context.Error.WriteLineAsync($"warning: {failed.File}: {failed.Error}");
        }

        var total = summaries.Sum(s => s.Total);
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"scanned {summaries.Count} files, {total} hits, {summaries.Count(s => s.Error is not null)} unreadable"));
    }

    private static async Task ScanWithProgressAsync(FolderScanner scanner, string[] paths, Action<ScanHit> onHit, Action<FileSummary> onFile, CliContext context, CancellationToken cancellationToken)
    {
        if (!context.IsTerminal)
        {
            await Task.Run(() => scanner.Scan(paths, onHit, onFile, cancellationToken: cancellationToken), cancellationToken);
            return;
        }

        var total = paths.SelectMany(p => FolderScanner.Expand(Path.GetFullPath(p))).Count();
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask("扫描 scanning", maxValue: Math.Max(1, total));
            await Task.Run(() => scanner.Scan(paths, onHit, summary =>
            {
                onFile(summary);
                if (!summary.File.Contains("!/", StringComparison.Ordinal))
                {
                    task.Increment(1);
                }
            }, cancellationToken: cancellationToken), cancellationToken);
        });
    }

    private static void WriteTable(List<FileSummary> summaries, CliContext context, TextWriter writer)
    {
        var types = PiiTypeNames.All.Where(t => summaries.Any(s => s.Counts.ContainsKey(t))).ToList();
        var table = new Table().AddColumn("文件 File").AddColumn("格式");
        foreach (var type in types)
        {
            table.AddColumn(new TableColumn(type.ToPublicName()).RightAligned());
        }

        table.AddColumn("不可见 hidden").AddColumn("说明 Note");
        foreach (var s in summaries)
        {
            var cells = new List<string> { Markup.Escape(s.File), s.Format };
            cells.AddRange(types.Select(t => s.Counts.TryGetValue(t, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "·"));
            cells.Add(s.HiddenCounts.Values.Sum().ToString(CultureInfo.InvariantCulture));
            cells.Add(Markup.Escape(s.Error ?? string.Empty));
            table.AddRow(cells.ToArray());
        }

        var console = ReferenceEquals(writer, context.Output) ? context.Console : CliContext.PlainConsole(writer);
        console.Write(table);
    }

    private static JsonObject HitJson(ScanHit hit)
    {
        var fields = HitFields(hit);
        var json = new JsonObject();
        for (var i = 0; i < CsvColumns.Length; i++)
        {
            json[CsvColumns[i]] = CsvColumns[i] switch
            {
                "start" or "end" => JsonValue.Create(int.Parse(fields[i], CultureInfo.InvariantCulture)),
                "score" => JsonValue.Create(hit.Score),
                "visible" => JsonValue.Create(hit.Visible),
                _ => JsonValue.Create(fields[i]),
            };
        }

        return json;
    }

    private static string[] HitFields(ScanHit hit) =>
    [
        hit.File, hit.Type.ToPublicName(), hit.Start.ToString(CultureInfo.InvariantCulture), hit.End.ToString(CultureInfo.InvariantCulture),
        hit.Score.ToString("0.###", CultureInfo.InvariantCulture), hit.Location.ToString(), hit.MaskedValue, hit.MaskedContext,
        hit.Visible ? "true" : "false", hit.Sha256, hit.ScannedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), hit.EngineVersion,
    ];

    internal static string Html(string text) => WebUtility.HtmlEncode(text);
}
