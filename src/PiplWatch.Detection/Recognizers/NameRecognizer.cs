using PiplWatch.Detection.Engine;
using PiplWatch.Detection.Text;

namespace PiplWatch.Detection.Recognizers;

/// <summary>
/// Chinese person names: a surname (compound first) and one or two given-name characters, found only where context
/// says a name stands — after a label (姓名, 联系人, 申请人, 患者 …), before an honorific (先生, 女士 …), right before
/// an ID number or phone of the same record, or as a whole cell under a 姓名 column. Chinese has no word boundaries,
/// so context is what separates 王芳 the person from 王芳 inside a word. Masked names (张*, 张某) are never hits.
/// </summary>
internal sealed class NameRecognizer(NameLexicon lexicon)
{
    private static readonly string[] Labels =
    [
        "姓名", "名字", "联系人", "申请人", "被申请人", "患者", "病人", "收件人", "寄件人", "收货人", "法定代表人", "负责人",
        "经办人", "当事人", "投诉人", "举报人", "乘客", "游客", "业主", "户主", "租户", "学生", "家长", "监护人", "求职者",
        "应聘者", "候选人", "客户", "会员", "被告", "原告", "嫌疑人", "证人", "死者", "逝者", "家属", "预约人", "订票人",
        "入住人", "持卡人", "开户名", "户名", "车主", "驾驶人", "司机", "接待人", "导游", "领队", "主治医生", "医生", "护士",
        "员工", "职工", "用户", "借款人", "担保人", "代理人", "受害人", "报案人", "签收人", "承租人", "出租人", "房东",
    ];

    private static readonly string[] Honorifics = ["先生", "女士", "小姐", "同志", "老师", "师傅", "阿姨", "经理", "律师", "医生", "教授", "主任"];

    // Characters that end a name when they follow it: they begin the words that usually come after one.
    private const string FirstGivenStops = "先女男某";

    private const string Followers = "先女男身电手住性年的在于等是和与及说称因为已将于会曾向到了出生现户籍家属先生小姐同志老师某";

    public void Recognize(ReadOnlySpan<char> text, List<Candidate> structured, string? columnHeader, List<Candidate> output)
    {
        if (columnHeader is not null && IsNameHeader(columnHeader))
        {
            var trimmed = text.Trim();
            var offset = text.IndexOf(trimmed);
            if (TryForward(trimmed, 0, out var end) && end == trimmed.Length)
            {
                output.Add(Make(text, offset, offset + end, 0.9, "column-header"));
                return;
            }
        }

        AfterLabels(text, output);
        BeforeHonorifics(text, output);
        BeforeIdentifiers(text, structured, output);
    }

    private void AfterLabels(ReadOnlySpan<char> text, List<Candidate> output)
    {
        foreach (var label in Labels)
        {
            var from = 0;
            while (true)
            {
                var at = text[from..].IndexOf(label, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var p = from + at + label.Length;
                from = p;
                // 姓名：张三 / 姓名: 张三 / 联系人 张三 / 申请人为张三
                while (p < text.Length && text[p] is '：' or ':' or ' ' or '\u3000' or '\t' or '为' or '是')
                {
                    p++;
                }

                if (TryForward(text, p, out var end))
                {
                    output.Add(Make(text, p, end, 0.85, "label:" + label));
                }
            }
        }
    }

    private void BeforeHonorifics(ReadOnlySpan<char> text, List<Candidate> output)
    {
        foreach (var honorific in Honorifics)
        {
            var from = 0;
            while (true)
            {
                var at = text[from..].IndexOf(honorific, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var end = from + at;
                from = end + honorific.Length;
                if (TryBackward(text, end, minGiven: 1, out var start))
                {
                    output.Add(Make(text, start, end, 0.8, "honorific:" + honorific));
                }
            }
        }
    }

    private void BeforeIdentifiers(ReadOnlySpan<char> text, List<Candidate> structured, List<Candidate> output)
    {
        foreach (var hit in structured)
        {
            if (hit.Type is not (PiiType.IdCard or PiiType.PhoneMobile or PiiType.PhoneLandline))
            {
                continue;
            }

            // The record's name stands just before: "张三 110105…", "张三，138…", "张三|138…".
            var end = hit.Start;
            while (end > 0 && end > hit.Start - 3 && text[end - 1] is ' ' or '\t' or '，' or ',' or '|' or '\u3000' or '：' or ':' or '、')
            {
                end--;
            }

            if (end < hit.Start || (end > 0 && CharFold.IsCjk(text[end - 1])))
            {
                if (TryBackward(text, end, minGiven: 1, out var start) && IsBoundaryBefore(text, start))
                {
                    output.Add(Make(text, start, end, 0.75, "record:" + hit.Type.ToPublicName()));
                }
            }
        }
    }

    /// <summary>Reads surname + 1–2 given characters starting at <paramref name="p"/>.</summary>
    private bool TryForward(ReadOnlySpan<char> text, int p, out int end)
    {
        end = p;
        int surnameLength;
        if (p + 2 <= text.Length && lexicon.IsCompoundSurname(text.Slice(p, 2)))
        {
            surnameLength = 2;
        }
        else if (p < text.Length && lexicon.IsSurname(text[p]))
        {
            surnameLength = 1;
        }
        else
        {
            return false;
        }

        var i = p + surnameLength;
        var given = 0;
        while (given < 2 && i < text.Length && lexicon.GivenNameCount(text[i]) > 0
            && !(given > 0 ? Followers : FirstGivenStops).Contains(text[i], StringComparison.Ordinal))
        {
            given++;
            i++;
        }

        if (given == 0 || IsMaskedAfter(text, i))
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>Reads a name that ends at <paramref name="end"/>, preferring three characters where the one before is a boundary.</summary>
    private bool TryBackward(ReadOnlySpan<char> text, int end, int minGiven, out int start)
    {
        start = end;
        for (var length = 4; length >= 1 + minGiven; length--)
        {
            var s = end - length;
            if (s < 0)
            {
                continue;
            }

            var compound = lexicon.IsCompoundSurname(text.Slice(s, Math.Min(2, end - s)));
            var surnameLength = compound ? 2 : 1;
            if ((!compound && !lexicon.IsSurname(text[s])) || length - surnameLength is < 1 or > 2 || (length == 4 && !compound))
            {
                continue;
            }

            var ok = true;
            for (var i = s + surnameLength; i < end; i++)
            {
                ok &= lexicon.GivenNameCount(text[i]) > 0;
            }

            if (ok && IsBoundaryBefore(text, s))
            {
                start = s;
                return true;
            }
        }

        return false;
    }

    private static bool IsBoundaryBefore(ReadOnlySpan<char> text, int start) =>
        start == 0 || !CharFold.IsCjk(text[start - 1]) || "：、，。；的给由和与及向对请尊敬致位名人".Contains(text[start - 1], StringComparison.Ordinal);

    private static bool IsMaskedAfter(ReadOnlySpan<char> text, int i) => i < text.Length && text[i] is '*' or '＊' or '某' or '×' or 'x' or 'X';

    private static bool IsNameHeader(string header) =>
        header.Contains("姓名", StringComparison.Ordinal) || header.Contains("名字", StringComparison.Ordinal)
        || header is "联系人" or "申请人" or "患者" or "收件人" or "寄件人" or "户主" or "name" or "Name" or "NAME";

    private static Candidate Make(ReadOnlySpan<char> text, int start, int end, double score, string pattern) =>
        new(PiiType.PersonName, start, end, score, text[start..end].ToString(), pattern, "surname and given-name characters");
}
