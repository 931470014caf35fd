using System.Globalization;
using PiplWatch.Core;
using PiplWatch.Core.Legal;
using PiplWatch.Detection;
using PiplWatch.Detection.Export;
using PiplWatch.Detection.Masking;

namespace PiplWatch.Cases.Clues;

/// <summary>
/// The clue list as XLSX for the agency it is handed to (N3: 61 clues went to 人社 and 市场监管): a sheet of clues and a
/// sheet of their findings. Every text passes through the public-notice policy, so personal data a person typed into a
/// clue leaves masked; reporters' contacts are not exported.
/// </summary>
public sealed class ClueExport(ReferenceData reference, PiiDetector detector)
{
    private static readonly string[] ClueHeader = ["编号", "状态", "来源", "标题", "对象", "地区", "承办检察院", "主管领域", "法律依据", "发现数", "最高评分", "入罪标准", "接收时间", "内容"];
    private static readonly string[] FindingHeader = ["线索编号", "发现编号", "模型运行", "模型版本", "评分", "理由", "证据（已脱敏）", "运行完成时间"];
    private readonly MaskingPolicy _policy = MaskingPolicies.Get("public-notice");

    /// <summary>Writes <paramref name="clues"/> to <paramref name="path"/>; optionally only those of one competent sector.</summary>
    public int Write(string path, IReadOnlyList<Clue> clues, string? sector = null)
    {
        ArgumentNullException.ThrowIfNull(clues);
        var chosen = sector is null ? clues : clues.Where(c => c.Sectors.Split(',').Contains(sector)).ToList();
        var rows = new List<IReadOnlyList<string>> { ClueHeader };
        rows.AddRange(chosen.Select(c => (IReadOnlyList<string>)
        [
            c.Id.ToString(CultureInfo.InvariantCulture), ClueStatuses.Zh(c.Status), ClueSources.Zh(c.Source), Mask(c.Title), Mask(c.Subject),
            reference.Regions.Find(c.Region) is { } region ? reference.Regions.QualifiedName(region) : c.Region,
            c.Procuratorate ?? string.Empty,
            string.Join("、", c.Sectors.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => reference.Sectors.Find(s)?.NameZh ?? s)),
            string.Join("；", c.LegalBasis.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => LegalCitation.Zh(reference.Legal, id))),
            c.Findings.Count.ToString(CultureInfo.InvariantCulture), c.Score.ToString("0.00", CultureInfo.InvariantCulture), ThresholdText(c),
            c.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Mask(c.Description),
        ]));
        var findings = new List<IReadOnlyList<string>> { FindingHeader };
        findings.AddRange(chosen.SelectMany(c => c.Findings.OrderBy(f => f.RunFinishedAt).Select(f => (IReadOnlyList<string>)
        [
            c.Id.ToString(CultureInfo.InvariantCulture), f.FindingId, f.RunId, f.ModelVersion, f.Score.ToString("0.00", CultureInfo.InvariantCulture),
            Mask(f.Reason), Mask(f.EvidenceJson), f.RunFinishedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ])));
        XlsxTables.Write(path, [new XlsxSheet("线索", rows), new XlsxSheet("发现", findings)]);
        return chosen.Count;
    }

    private static string ThresholdText(Clue clue) => ClueService.Assess(clue) switch
    {
        null => "—",
        { Level: Thresholds.ThresholdLevel.EspeciallySerious } => "达到“情节特别严重”标准，建议考虑移送",
        { Level: Thresholds.ThresholdLevel.Serious } => "达到“情节严重”标准，建议考虑移送",
        _ => "未达标准",
    };

    private string Mask(string text) => TextMasker.Mask(text, detector.Detect(text), _policy);
}
