using System.Globalization;
using System.Net;
using System.Text;

namespace PiplWatch.Detection.Audit;

/// <summary>The audit as a self-contained Chinese HTML page: totals, the follow-up comparison, and every file. No personal data appears in it.</summary>
public static class AuditHtmlReport
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Totals;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>个人信息公开披露审计报告</title>")
            .Append("<style>body{font-family:'Noto Sans CJK SC',sans-serif;margin:2rem;color:#222;max-width:1200px}h1,h2{color:#1d3f72}table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}td,th{border:1px solid #ccd;padding:.3rem .6rem;text-align:left}th{background:#eef2f8}td.n{text-align:right}.bad{color:#b3261e;font-weight:600}.ok{color:#1e7b34}</style></head><body>")
            .Append("<h1>个人信息公开披露审计报告</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>审计对象：<b>{E(report.Site)}</b><br>开始：{report.StartedAt:yyyy-MM-dd HH:mm:ss zzz}　结束：{report.FinishedAt:yyyy-MM-dd HH:mm:ss zzz}　引擎版本：{E(report.EngineVersion)}</p>")
            .Append("<h2>汇总</h2><table>");
        Row(html, "文件数", t.Files);
        Row(html, "存在违规公开的文件", t.ExposingFiles, bad: t.ExposingFiles > 0);
        Row(html, "完整身份证号（全站去重）", t.DistinctUnmaskedIds, bad: t.DistinctUnmaskedIds > 0);
        Row(html, "完整身份证号（逐文件合计）", t.UnmaskedIds);
        Row(html, "其中页面可见", t.UnmaskedIdsVisible);
        Row(html, "与身份证号同行的完整姓名", t.UnmaskedNamesNextToIds, bad: t.UnmaskedNamesNextToIds > 0);
        Row(html, "完整电话号码", t.UnmaskedPhones, bad: t.UnmaskedPhones > 0);
        Row(html, "门牌级地址", t.DoorLevelAddresses, bad: t.DoorLevelAddresses > 0);
        Row(html, "脱敏未达公示标准的身份证号", t.NoncompliantMaskedIds, bad: t.NoncompliantMaskedIds > 0);
        Row(html, "已按标准脱敏的身份证号", t.MaskedIds);
        Row(html, "页面不可见处的个人信息（属性、注释、隐藏表/列/文字）", t.HiddenItems, bad: t.HiddenItems > 0);
        Row(html, "PDF 假遮盖（黑框下文字仍在）", t.FakeRedactions, bad: t.FakeRedactions > 0);
        Row(html, "无法读取的文件", t.UnreadableFiles);
        html.Append("</table>");

        if (report.Comparison is { } c)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>跟进复查比对（与 {c.PreviousStartedAt:yyyy-MM-dd HH:mm} 的审计相比）</h2>")
                .Append(CultureInfo.InvariantCulture, $"<p>全站完整身份证号：{c.PreviousDistinctUnmaskedIds} → {t.DistinctUnmaskedIds}</p><table><tr><th>已整改</th><th>仍在公开</th><th>新增</th></tr><tr>")
                .Append("<td class=\"ok\">").Append(string.Join("<br>", c.Fixed.Select(E))).Append("</td><td class=\"bad\">").Append(string.Join("<br>", c.StillExposed.Select(E)))
                .Append("</td><td class=\"bad\">").Append(string.Join("<br>", c.New.Select(E))).Append("</td></tr></table>");
        }

        html.Append("<h2>逐文件</h2><table><tr><th>文件</th><th>格式</th><th>完整身份证号</th><th>可见</th><th>同行姓名</th><th>电话</th><th>门牌地址</th><th>未达标脱敏</th><th>已脱敏</th><th>不可见处</th><th>假遮盖</th><th>说明</th></tr>");
        foreach (var f in report.Files)
        {
            html.Append("<tr><td>").Append(E(f.Path)).Append("</td><td>").Append(f.Format).Append("</td>");
            foreach (var n in new[] { f.UnmaskedIds, f.UnmaskedIdsVisible, f.UnmaskedNamesNextToIds, f.UnmaskedPhones, f.DoorLevelAddresses, f.NoncompliantMaskedIds, f.MaskedIds, f.HiddenItems, f.FakeRedactions })
            {
                html.Append("<td class=\"n\">").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("<td>").Append(E(f.Error ?? string.Empty)).Append("</td></tr>");
        }

        html.Append("</table><p>本报告不含任何个人信息原文，仅含计数与文件哈希。公示标准：姓名隐去部分字、身份证号第7–14位隐去、电话第4–7位隐去、地址至街道。</p></body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string label, int value, bool bad = false) =>
        html.Append("<tr><th>").Append(label).Append("</th><td class=\"n").Append(bad ? " bad" : string.Empty).Append("\">").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
