using System.Globalization;
using System.Text;
using PiplWatch.Detection;
using PiplWatch.Detection.Scanning;

namespace PiplWatch.Cli.Scan;

/// <summary>A self-contained HTML report of a scan: counts per file and type, then every hit masked with its location.</summary>
internal static class ScanHtmlReport
{
    public static string Render(IReadOnlyList<FileSummary> files, IReadOnlyList<ScanHit> hits)
    {
        var types = PiiTypeNames.All.Where(t => files.Any(f => f.Counts.ContainsKey(t))).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>PiplWatch 个人信息扫描报告</title>")
            .Append("<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:2rem;color:#222}h1{color:#1d3f72}table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #ccd;padding:.25rem .5rem;text-align:left}th{background:#eef2f8}.err{color:#b3261e}.hidden{color:#8a6d00}</style></head><body>")
            .Append("<h1>个人信息扫描报告 <small>PII scan report</small></h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>{files.Count} 个文件，{hits.Count} 处个人信息；展示值均已脱敏。</p>")
            .Append("<h2>按文件统计</h2><table><tr><th>文件</th><th>格式</th>");
        foreach (var type in types)
        {
            html.Append("<th>").Append(type.ToPublicName()).Append("</th>");
        }

        html.Append("<th>不可见</th><th>SHA-256</th><th>说明</th></tr>");
        foreach (var f in files)
        {
            html.Append("<tr><td>").Append(ScanReportWriter.Html(f.File)).Append("</td><td>").Append(f.Format).Append("</td>");
            foreach (var type in types)
            {
                html.Append("<td>").Append(f.Counts.TryGetValue(type, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "").Append("</td>");
            }

            html.Append("<td>").Append(f.HiddenCounts.Values.Sum().ToString(CultureInfo.InvariantCulture)).Append("</td><td><code>")
                .Append(f.Sha256.Length > 12 ? f.Sha256[..12] + "…" : f.Sha256).Append("</code></td><td class=\"err\">")
                .Append(ScanReportWriter.Html(f.Error ?? "")).Append("</td></tr>");
        }

        html.Append("</table><h2>明细 Hits</h2><table><tr><th>文件位置</th><th>类型</th><th>值</th><th>上下文</th><th>可见</th><th>评分</th></tr>");
        foreach (var hit in hits.OrderBy(h => h.File, StringComparer.Ordinal).ThenBy(h => h.Location.ToString(), StringComparer.Ordinal))
        {
            html.Append("<tr><td>").Append(ScanReportWriter.Html(hit.Location.ToString())).Append("</td><td>").Append(hit.Type.ToPublicName())
                .Append("</td><td>").Append(ScanReportWriter.Html(hit.MaskedValue)).Append("</td><td>").Append(ScanReportWriter.Html(hit.MaskedContext))
                .Append("</td><td").Append(hit.Visible ? ">是" : " class=\"hidden\">否（" + ScanReportWriter.Html(hit.HiddenBecause ?? "") + "）")
                .Append("</td><td>").Append(hit.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</table></body></html>");
        return html.ToString();
    }
}
