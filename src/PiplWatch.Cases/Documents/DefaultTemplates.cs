using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PiplWatch.Cases.Documents;

/// <summary>
/// The templates PiplWatch ships, built in code in the layout of procuratorial documents (title in 黑体, body in 仿宋,
/// 三号). An administrator exports one, edits it in Word or WPS and puts it in <c>&lt;data&gt;/templates/KIND.docx</c>.
/// </summary>
public static class DefaultTemplates
{
    private const string TitleSize = "44"; // 二号, in half-points
    private const string BodySize = "32"; // 三号

    /// <summary>The default template of <paramref name="kind"/> as DOCX bytes.</summary>
    public static byte[] Create(string kind)
    {
        var lines = kind switch
        {
            "filing-decision" => FilingDecision,
            "recommendation" => Recommendation,
            "notice" => Notice,
            "complaint" => Complaint,
            "follow-up-report" => FollowUpReport,
            "hearing-record" => HearingRecord,
            _ => throw new ArgumentException($"'{kind}' is not a document kind", nameof(kind)),
        };
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (style, text) in lines)
            {
                body.AppendChild(Paragraph(style, text));
            }

            body.AppendChild(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(char style, string text)
    {
        var (font, size, bold, justification, indent) = style switch
        {
            'T' => ("黑体", TitleSize, true, JustificationValues.Center, false),
            'C' => ("仿宋", BodySize, false, JustificationValues.Center, false),
            'R' => ("仿宋", BodySize, false, JustificationValues.Right, false),
            'H' => ("黑体", BodySize, false, JustificationValues.Left, false),
            'L' => ("仿宋", BodySize, false, JustificationValues.Left, false),
            _ => ("仿宋", BodySize, false, JustificationValues.Both, true),
        };
        var paragraphProperties = new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = justification });
        if (indent)
        {
            paragraphProperties.AppendChild(new Indentation { FirstLineChars = 200 });
        }

        var runProperties = new RunProperties(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font }, new FontSize { Val = size });
        if (bold)
        {
            runProperties.PrependChild(new Bold());
        }

        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    // Styles: T title, C centred, R right, H heading, L left, P body paragraph (first line indented two characters).
    private static readonly (char, string)[] FilingDecision =
    [
        ('C', "{{检察院}}"), ('T', "立案决定书"), ('R', "{{文书编号}}"),
        ('P', "本院于{{线索接收日期}}通过{{线索来源}}发现：{{事实}}"),
        ('P', "经评估，{{评估意见}}"),
        ('P', "根据{{立案依据}}的规定，本院决定对{{案由}}一案立案，作为{{案件类型}}案件办理。"),
        ('R', "{{检察院}}"), ('R', "{{立案日期}}"),
    ];

    private static readonly (char, string)[] Recommendation =
    [
        ('C', "{{检察院}}"), ('T', "检察建议书"), ('R', "{{文书编号}}"),
        ('L', "{{被建议机关}}："),
        ('P', "本院在履行公益诉讼检察职责中发现：{{事实}}"),
        ('P', "上述情形违反了{{法律依据}}的规定，众多个人的个人信息权益受到侵害，社会公共利益受到损害。根据《中华人民共和国行政诉讼法》第二十五条第四款的规定，建议你单位："),
        ('P', "{{建议事项}}"),
        ('P', "请你单位自收到本检察建议书之日起{{回复期间}}内依法履行职责，并将办理情况书面回复本院（依期间计算，最迟于{{回复期限}}）。"),
        ('R', "{{检察院}}"), ('R', "{{送达日期}}"),
    ];

    private static readonly (char, string)[] Notice =
    [
        ('C', "{{检察院}}"), ('T', "公告"), ('R', "{{文书编号}}"),
        ('P', "本院在履行职责中发现：{{事实}}上述行为涉嫌违反{{法律依据}}的规定，侵害众多个人的个人信息权益，损害社会公共利益。"),
        ('P', "根据《最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》第十三条的规定，现予公告。法律规定的机关和有关组织可以自公告之日起三十日内就上述行为向人民法院提起民事公益诉讼（依期间计算，公告期至{{公告期满日}}届满）。"),
        ('P', "联系单位：{{检察院}}"),
        ('R', "{{检察院}}"), ('R', "{{公告日期}}"),
    ];

    private static readonly (char, string)[] Complaint =
    [
        ('C', "{{检察院}}"), ('T', "{{起诉书名称}}"), ('R', "{{文书编号}}"),
        ('L', "公益诉讼起诉人：{{检察院}}"),
        ('L', "被告：{{被告}}"),
        ('H', "诉讼请求："),
        ('P', "{{诉讼请求}}"),
        ('H', "事实与理由："),
        ('P', "{{事实}}"),
        ('P', "{{诉前程序}}"),
        ('P', "被告的上述行为违反了{{法律依据}}的规定，损害了社会公共利益。根据{{起诉依据}}的规定，特提起诉讼，请依法判决。"),
        ('L', "此致"), ('L', "{{受诉法院}}"),
        ('R', "{{检察院}}"), ('R', "{{起诉日期}}"),
    ];

    private static readonly (char, string)[] FollowUpReport =
    [
        ('C', "{{检察院}}"), ('T', "跟进调查报告"), ('R', "{{文书编号}}"),
        ('L', "案由：{{案由}}"),
        ('P', "本院于{{送达日期}}向{{被建议机关}}送达检察建议书，回复期限为{{回复期限}}。{{回复情况}}"),
        ('P', "{{跟进调查日期}}，本院对整改情况跟进调查：重新运行{{模型}}（运行编号 {{跟进运行}}），与立案时的运行（{{原运行}}）比对，原有发现 {{原发现数}} 项，已整改 {{已整改}} 项，仍存在 {{仍存在}} 项；同类新发现 {{新增}} 项。"),
        ('P', "结论：{{跟进结论}}"),
        ('R', "{{检察院}}"), ('R', "{{报告日期}}"),
    ];

    private static readonly (char, string)[] HearingRecord =
    [
        ('C', "{{检察院}}"), ('T', "听证笔录"), ('R', "{{文书编号}}"),
        ('L', "案由：{{案由}}"),
        ('L', "时间：{{听证日期}}"),
        ('L', "地点：{{听证地点}}"),
        ('H', "参加人员："),
        ('L', "{{参加人员}}"),
        ('H', "听证记录："),
        ('P', "{{听证纪要}}"),
        ('H', "听证结论："),
        ('P', "{{听证结论}}"),
        ('R', "{{检察院}}"), ('R', "{{听证日期}}"),
    ];
}
