using System.Globalization;
using System.Text;
using PiplWatch.Core.Findings;
using PiplWatch.Detection.Export;

namespace PiplWatch.Analytics.Models;

/// <summary>Exports a report's findings as CSV or XLSX (a summary sheet and a findings sheet) for the agencies and the case file.</summary>
public static class ReportExport
{
    private static readonly string[] SummaryHeader = ["项目 item", "值 value"];
    private static readonly string[] Columns = ["id", "kind", "subject", "score", "region", "signals", "legal_basis", "sectors", "reason"];

    /// <summary>Findings as CSV (UTF-8 with BOM so that Excel opens Chinese correctly).</summary>
    public static void WriteCsv(FindingsReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var finding in report.Findings)
        {
            text.Append(string.Join(',', Row(finding).Select(f => PiplWatch.Core.CsvText.Field(f)))).Append('\n');
        }

        PiplWatch.Core.AtomicFile.WriteAsync(path, async stream =>
        {
            await stream.WriteAsync(Encoding.UTF8.GetPreamble());
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()));
        }).GetAwaiter().GetResult();
    }

    /// <summary>A workbook with 汇总 (model, run, inputs, summary figures) and 发现 (one row per finding).</summary>
    public static void WriteXlsx(FindingsReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summaryRows = new List<IReadOnlyList<string>>
        {
            SummaryHeader,
            new[] { "模型 model", report.Model }, new[] { "版本 version", report.ModelVersion }, new[] { "运行 run", report.RunId },
            new[] { "开始 started", report.StartedAt.ToString("O", CultureInfo.InvariantCulture) }, new[] { "结束 finished", report.FinishedAt.ToString("O", CultureInfo.InvariantCulture) },
        };
        summaryRows.AddRange(report.Inputs.Select(i => new[] { "输入 input " + i.Role, $"{i.Dataset} ({i.Rows} rows, {i.SkippedRows} skipped, sha256 {i.Sha256})" }));
        summaryRows.AddRange(report.Parameters.Select(p => new[] { "参数 " + p.Key, p.Value?.ToJsonString() ?? string.Empty }));
        summaryRows.AddRange(report.Summary.Select(p => new[] { p.Key, p.Value?.ToJsonString() ?? string.Empty }));
        XlsxTables.Write(path, [new XlsxSheet("汇总", summaryRows), new XlsxSheet("发现", [Columns, .. report.Findings.Select(Row)])]);
    }

    private static string[] Row(Finding f) =>
    [
        f.Id, f.Kind, f.Subject, f.Score.ToString("0.###", CultureInfo.InvariantCulture), f.Region,
        string.Join(' ', f.Signals), string.Join(' ', f.LegalBasis), string.Join(' ', f.Sectors), f.Reason,
    ];
}
