using System.Collections.Frozen;
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
        "发件人", "主治医师", "医师", "同户人员", "家庭成员", "配偶", "共同申请人", "持有人", "就诊人", "访客", "来访人", "责任人",
        "他叫", "她叫", "名叫", "叫做", "本人", "办理人", "填报人", "审核人", "登记人", "签名", "记录人", "参观人", "入园人",
        "收：", "寄：", "收:", "寄:", "HR", "visitor", "name", "Name", "contact",
    ];

    // Words that begin with a surname character and read like a name, but are not one.
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "顾客", "居住", "公民", "家属", "经治", "主任", "经理", "客服", "用户", "证件", "姓名", "性别", "年龄", "身份", "电话", "手机",
        "地址", "住址", "本人", "其他", "男性", "女性", "未知", "暂无", "同上", "业主", "户主", "申请", "备注", "居民", "职工", "学生",
        "方式", "金额", "时间", "日期", "单位", "公司", "项目", "编号", "序号", "合计", "小计", "总计", "管理", "工作", "联系", "有限",
        "服务", "中心", "医院", "门诊", "科室", "病区", "住院", "出院", "入院", "诊断", "治疗", "检查", "护理", "费用", "保险", "银行",
        "支付", "证明", "签名", "签字", "盖章", "确认", "审核", "情况", "说明", "居住证", "护照", "通行证", "回乡证", "汉族", "党员",
        "群众", "已婚", "未婚", "本科", "硕士", "博士", "大专", "高中", "初中", "小学", "江苏", "浙江", "广东", "湖南", "湖北", "河南",
        "河北", "山东", "山西", "安徽", "福建", "江西", "四川", "云南", "贵州", "陕西", "甘肃", "吉林", "黄金", "白金", "钱包", "花园",
        "万元", "元整", "程序", "程度", "高级", "高新", "高速", "高端", "夏季", "秋季", "冬季", "春季", "周末", "周一", "周二", "周三",
        "周四", "周五", "周六", "周日", "孔子", "宋体", "方向", "方案", "方法", "史料", "谢谢", "成功", "成员", "成都", "温州", "温度",
        "常用", "常住", "常务", "武汉", "乔迁", "贺信", "贺卡", "赖以", "龚氏", "文字", "文件", "文化", "金融", "金山", "石家庄",
        "包括", "包装", "司机", "余额", "余下", "车主", "车辆", "康复", "邱某", "关于", "关系", "华为", "华侨", "项目组", "文员", "游客", "路人甲", "公示期", "木子", "糖糖", "静静", "余额", "方便", "高度", "高温", "孙子", "马上", "金牌",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LabelSet = Labels.ToFrozenSet(StringComparer.Ordinal);

    // Place and organisation words end with these; names do not (东关镇, 公安局).
    private const string NotNameEndings = "镇乡村区县市省路街局所站厂院校部处科室组队甲卡证号审码表单费";

    // Titles that follow a bare surname: 李主任 is a way of addressing, not a name.
    private static readonly FrozenSet<string> Titles = new[]
    {
        "主任", "经理", "老师", "医生", "先生", "女士", "师傅", "同学", "总", "工", "局长", "科长", "处长", "院长", "书记", "律师", "警官", "队长",
        "组长", "班长", "阿姨", "叔叔", "大爷", "大妈", "小姐", "姐", "哥", "总监", "主管", "护士", "教授", "博士", "同志", "老板", "董",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Honorifics = ["先生", "女士", "小姐", "同志", "老师", "师傅", "阿姨", "经理", "律师", "医生", "教授", "主任"];

    // Characters that end a name when they follow it: they begin the words that usually come after one.
    private const string FirstGivenStops = "先女男某";

    private const string LabelSeparators = "：: \u3000\t为是=";

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
        SpacedNameLabel(text, output);
        BeforeHonorifics(text, output);
        InRecords(text, structured, output);
        BeforeGender(text, output);
        Mentions(text, output);
    }

    private void AfterLabels(ReadOnlySpan<char> text, List<Candidate> output)
    {
        foreach (var (label, start) in LabelScanner.ValueStarts(text, Labels, LabelSeparators))
        {
            var p = start;
            // 患者家属徐均: a label followed by another label names the second.
            foreach (var next in Labels)
            {
                if (text[p..].StartsWith(next, StringComparison.Ordinal))
                {
                    p = SkipLabelSeparators(text, p + next.Length);
                    break;
                }
            }

            if (TryForward(text, p, out var end))
            {
                output.Add(Make(text, p, end, 0.85, "label:" + label));
            }
        }
    }

    private static int SkipLabelSeparators(ReadOnlySpan<char> text, int p)
    {
        // 姓名：张三 / 姓名: 张三 / 联系人 张三 / 申请人为张三
        while (p < text.Length && LabelSeparators.Contains(text[p], StringComparison.Ordinal))
        {
            p++;
        }

        return p;
    }

    /// <summary>Forms such as 姓　　名：王岩 (spaces inside the label, common in forms).</summary>
    private void SpacedNameLabel(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOf('姓');
            if (at < 0)
            {
                return;
            }

            var p = from + at + 1;
            from = p;
            var spaces = 0;
            while (p < text.Length && text[p] is ' ' or '\u3000')
            {
                p++;
                spaces++;
            }

            if (spaces == 0 || p >= text.Length || text[p] != '名')
            {
                continue;
            }

            p = SkipLabelSeparators(text, p + 1);
            if (TryForward(text, p, out var end))
            {
                output.Add(Make(text, p, end, 0.85, "label:姓名"));
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
                if (end > 0 && text[end - 1] == ' ')
                {
                    end--;
                }

                if (TryBackward(text, end, minGiven: 1, out var start))
                {
                    output.Add(Make(text, start, end, 0.8, "honorific:" + honorific));
                }
            }
        }
    }

    /// <summary>
    /// A name that is a whole field of the same record as an ID number, phone or card: up to three fields before it
    /// (张三,身份证,110105… / 邹琳成，3人，2208… / &lt;td&gt;汪莲&lt;/td&gt;&lt;td&gt;4407…) or the field right after it.
    /// </summary>
    private void InRecords(ReadOnlySpan<char> text, List<Candidate> structured, List<Candidate> output)
    {
        // Masked identifiers anchor records too: a notice that masked the ID but not the name still publishes the name.
        var anchors = structured.Concat(MaskedIdentifiers(text));
        foreach (var hit in anchors)
        {
            if (hit.Type is not (PiiType.IdCard or PiiType.PhoneMobile or PiiType.PhoneLandline or PiiType.BankCard or PiiType.Passport or PiiType.HkMacauPermit))
            {
                continue;
            }

            var end = hit.Start;
            for (var field = 0; field < 4; field++)
            {
                var fieldEnd = SkipFieldSeparatorsBackward(text, end, Math.Max(0, hit.Start - 80));
                var colon = HasColonOutsideTags(text[fieldEnd..end]);
                var start = fieldEnd;
                while (start > 0 && hit.Start - start < 80 && !IsFieldSeparator(text[start - 1]) && text[start - 1] is not ('>' or '\n'))
                {
                    start--;
                }

                if (start == fieldEnd)
                {
                    break;
                }

                // A field ended by a colon is a label: the identifier's own (身份证号：110…) is stepped over; any other
                // (银行卡：…, 吃瓜群众：…) ends the record.
                if (colon && end != hit.Start)
                {
                    break;
                }

                if (colon)
                {
                    if (!IsIdentifierLabel(text[start..fieldEnd]))
                    {
                        break;
                    }

                    end = start;
                    continue;
                }

                if (IsWholeName(text, start, fieldEnd))
                {
                    output.Add(Make(text, start, fieldEnd, 0.75, "record:" + hit.Type.ToPublicName()));
                    break;
                }

                end = start;
            }

            var after = SkipFieldSeparatorsForward(text, hit.End);
            var afterEnd = after;
            while (afterEnd < text.Length && afterEnd - after < 6 && !IsFieldSeparator(text[afterEnd]) && text[afterEnd] is not ('<' or '\n' or '\r'))
            {
                afterEnd++;
            }

            if (after > hit.End && IsWholeName(text, after, afterEnd))
            {
                output.Add(Make(text, after, afterEnd, 0.7, "record-after:" + hit.Type.ToPublicName()));
            }
        }
    }

    /// <summary>Masked ID numbers and phones (110101********123X, 138****5678), as record anchors.</summary>
    private static List<Candidate> MaskedIdentifiers(ReadOnlySpan<char> text)
    {
        var found = new List<Candidate>();
        var from = 0;
        while (text[from..].IndexOfAny("*＊") is var first and >= 0)
        {
            var stars = from + first;
            var run = stars;
            while (run < text.Length && text[run] is '*' or '＊')
            {
                run++;
            }

            if (run - stars < 4)
            {
                from = run;
                continue;
            }

            var start = stars;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            var end = stars;
            while (end < text.Length && text[end] is '*' or '＊')
            {
                end++;
            }

            var tail = end;
            while (tail < text.Length && (char.IsAsciiDigit(text[tail]) || text[tail] is 'X' or 'x'))
            {
                tail++;
            }

            if (tail > end || start < stars)
            {
                found.Add(new Candidate(PiiType.IdCard, start, tail, 0, string.Empty, "masked", null));
            }

            from = Math.Max(tail, stars + 4);
        }

        return found;
    }

    /// <summary>@张东昕: a mention in a chat.</summary>
    private void Mentions(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (text[from..].IndexOfAny('@', '＠') is var at and >= 0)
        {
            var p = from + at + 1;
            from = p;
            if (TryForward(text, p, out var end) && (end == text.Length || !CharFold.IsCjk(text[end])))
            {
                output.Add(Make(text, p, end, 0.7, "mention"));
            }
        }
    }

    /// <summary>王贵润 | 女 | 33岁: a name field followed by the gender field.</summary>
    private void BeforeGender(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOfAny('男', '女');
            if (at < 0)
            {
                return;
            }

            var g = from + at;
            from = g + 1;
            // The gender must be a field of its own: 男 / 女 followed by a separator or the end.
            if (g + 1 < text.Length && !IsFieldSeparator(text[g + 1]) && text[g + 1] is not ('\n' or '\r' or '<' or '）' or ')'))
            {
                continue;
            }

            var end = SkipFieldSeparatorsBackward(text, g, Math.Max(0, g - 6));
            if (end == g)
            {
                continue;
            }

            var start = end;
            while (start > 0 && end - start < 5 && !IsFieldSeparator(text[start - 1]) && text[start - 1] is not ('>' or '\n'))
            {
                start--;
            }

            if (IsWholeName(text, start, end))
            {
                output.Add(Make(text, start, end, 0.75, "record:gender"));
            }
        }
    }

    private bool IsWholeName(ReadOnlySpan<char> text, int start, int end) =>
        end - start is >= 2 and <= 4 && TryForward(text[..end], start, out var nameEnd, wholeField: true) && nameEnd == end;

    private static bool IsIdentifierLabel(ReadOnlySpan<char> field) =>
        field.Contains("身份", StringComparison.Ordinal) || field.Contains("证件", StringComparison.Ordinal) || field.Contains("号码", StringComparison.Ordinal)
        || field.Contains("电话", StringComparison.Ordinal) || field.Contains("手机", StringComparison.Ordinal) || field.Contains("联系", StringComparison.Ordinal)
        || field.Contains("卡号", StringComparison.Ordinal) || field.Contains("护照", StringComparison.Ordinal) || field.Contains("通行证", StringComparison.Ordinal);

    private static bool HasColonOutsideTags(ReadOnlySpan<char> gap)
    {
        var inTag = false;
        foreach (var c in gap)
        {
            inTag = c == '<' || (inTag && c != '>');
            if (!inTag && c is '：' or ':')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFieldSeparator(char c) => c is ' ' or '\t' or '，' or ',' or '|' or '\u3000' or '、' or '；' or ';' or '/' or '｜' or '：' or ':' or '．' or '.' or '=';

    private static int SkipFieldSeparatorsBackward(ReadOnlySpan<char> text, int end, int limit)
    {
        while (end > limit)
        {
            if (IsFieldSeparator(text[end - 1]) || text[end - 1] is '：' or ':')
            {
                end--;
            }
            else if (text[end - 1] == '>' && text[limit..end].LastIndexOf('<') is var open and >= 0)
            {
                end = limit + open;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int SkipFieldSeparatorsForward(ReadOnlySpan<char> text, int start)
    {
        while (start < text.Length)
        {
            if (IsFieldSeparator(text[start]))
            {
                start++;
            }
            else if (text[start] == '<' && text[start..].IndexOf('>') is var close and >= 0 and < 40)
            {
                start += close + 1;
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>Reads surname + 1–2 given characters starting at <paramref name="p"/>.</summary>
    private bool TryForward(ReadOnlySpan<char> text, int p, out int end, bool wholeField = false)
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
        foreach (var title in Titles)
        {
            // 周医生, 王老师: a surname with a title is a form of address, not a name.
            if (text[i..].StartsWith(title, StringComparison.Ordinal) && title.Length >= 2)
            {
                return false;
            }
        }

        var given = 0;
        while (given < 2 && i < text.Length && lexicon.GivenNameCount(text[i]) > 0
            // In running text the characters that usually follow a name end it; a whole field is a name through its end.
            && text[i] is not ('某' or '×' or '氏')
            && (wholeField || !(given > 0 ? Followers : FirstGivenStops).Contains(text[i], StringComparison.Ordinal)))
        {
            given++;
            i++;
        }

        if (given == 0 || IsMaskedAfter(text, i) || !Plausible(text[p..i], surnameLength))
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

            if (ok && IsBoundaryBefore(text, s) && Plausible(text[s..end], surnameLength))
            {
                start = s;
                return true;
            }
        }

        return false;
    }

    private static bool Plausible(ReadOnlySpan<char> name, int surnameLength)
    {
        var lookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        // 支付公益… after 被告 is not 支付公: a candidate that begins with a word that is not a name is not a name either.
        return !lookup.Contains(name) && !(name.Length > 2 && lookup.Contains(name[..2])) && !LabelSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
            && !Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[surnameLength..])
            && !NotNameEndings.Contains(name[^1], StringComparison.Ordinal);
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
