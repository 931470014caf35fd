using System.Collections.Frozen;
using PiplWatch.Core.Regions;
using PiplWatch.Detection.Engine;
using PiplWatch.Detection.Text;

namespace PiplWatch.Detection.Recognizers;

/// <summary>
/// Postal addresses below district level: division names (from Core's catalog) followed by a road and door number,
/// a village and group, or building, unit and room; or whatever follows an address label (住址, 收货地址 …) up to the
/// end of the clause when it reads as an address. A province, city or district alone is not an address.
/// </summary>
internal sealed class AddressRecognizer
{
    private static readonly string[] Labels =
    [
        "家庭住址", "户籍地址", "收货地址", "通讯地址", "联系地址", "现住址", "居住地址", "住所地", "户籍所在地", "寄件地址",
        "收件地址", "送货地址", "详细地址", "住址", "地址", "现居", "家住", "住在", "居住于",
    ];

    private static readonly string[] RoadSuffixes = ["大道", "大街", "胡同", "路", "街", "巷", "弄", "里", "道"];
    private static readonly string[] DetailMarkers = ["号", "室", "栋", "幢", "单元", "号楼", "楼", "层", "村", "组", "社区", "小区", "花园", "苑", "大厦", "公寓", "宿舍", "院"];

    // Clause ends and words that begin the next field of a record.
    private const string Terminators = "。；;，,、\n\r\t|（）()【】[]“”\"'";
    private static readonly string[] NextFieldWords = ["电话", "手机", "联系", "身份证", "邮编", "姓名", "性别", "年龄", "备注", "收件人", "寄件人", "邮箱", "的", "附近"];

    private static readonly System.Buffers.SearchValues<char> LeadingStops = System.Buffers.SearchValues.Create("至往到在于从寄送住位是为");

    private readonly FrozenSet<string> _divisionNames;
    private readonly int _longestDivisionName;

    public AddressRecognizer(RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var names = regions.All.Where(r => r.IsCurrent && !r.IsPlaceholder).Select(r => r.Name).Where(n => n.Length >= 2).ToHashSet(StringComparer.Ordinal);
        _divisionNames = names.ToFrozenSet(StringComparer.Ordinal);
        _longestDivisionName = names.Max(n => n.Length);
    }

    public void Recognize(ReadOnlySpan<char> text, List<Candidate> output)
    {
        AfterLabels(text, output);
        AroundDoorNumbers(text, output);
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
                while (p < text.Length && text[p] is '：' or ':' or ' ' or '\u3000' or '为' or '是' or '于')
                {
                    p++;
                }

                var end = ClauseEnd(text, p, 60);
                while (end > p && text[end - 1] is ' ' or '\u3000')
                {
                    end--;
                }

                var span = text[p..end];
                if (span.Length >= 6 && HasDetail(span) && (StartsWithDivision(span) || HasRoadNumber(span)))
                {
                    output.Add(new Candidate(PiiType.Address, p, end, 0.85, span.ToString(), "label:" + label, "division or road with detail"));
                }
            }
        }
    }

    private void AroundDoorNumbers(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOfAny('号', '村', '室');
            if (at < 0)
            {
                return;
            }

            var anchor = from + at;
            from = anchor + 1;
            var start = ExtendLeft(text, anchor);
            if (start < 0)
            {
                continue;
            }

            var end = ClauseEnd(text, anchor, 40);
            while (end > anchor + 1 && !IsDetailEnd(text[end - 1]))
            {
                end--;
            }

            var span = text[start..end];
            if (span.Length >= 6 && (StartsWithDivision(span) || HasRoadNumber(span)))
            {
                output.Add(new Candidate(PiiType.Address, start, end, StartsWithDivision(span) ? 0.8 : 0.65, span.ToString(), "door-number", "road and number"));
                from = end;
            }
        }
    }

    /// <summary>Start of the address that contains the anchor, walking left over its road and division names; -1 when it is no address.</summary>
    private int ExtendLeft(ReadOnlySpan<char> text, int anchor)
    {
        var i = anchor;
        // The number before 号/室: digits, Chinese numerals, hyphens.
        while (i > 0 && (CharFold.IsDigit(text[i - 1]) || "一二三四五六七八九十百零〇-－之".Contains(text[i - 1], StringComparison.Ordinal) || text[i - 1] is 'A' or 'B'))
        {
            i--;
        }

        var hasNumber = i < anchor;
        if (text[anchor] == '村')
        {
            hasNumber = true;
        }

        if (!hasNumber)
        {
            return -1;
        }

        // Walk left over CJK characters (and building numbers) up to 30 characters or a terminator.
        var limit = Math.Max(0, i - 30);
        var start = i;
        while (start > limit && (CharFold.IsCjk(text[start - 1]) || CharFold.IsDigit(text[start - 1]) || text[start - 1] is '-' or '#') && !Terminators.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        // Verbs and prepositions in front of an address are not part of it: 寄至人民路…, 位于…, 家住…
        var lead = text[start..i].LastIndexOfAny(LeadingStops);
        if (lead >= 0)
        {
            start += lead + 1;
        }

        var window = text[start..i];
        // Begin at the first division name in the window, else at the road name.
        for (var s = 0; s < window.Length - 1; s++)
        {
            for (var length = Math.Min(_longestDivisionName, window.Length - s); length >= 2; length--)
            {
                if (_divisionNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(window.Slice(s, length)))
                {
                    return start + s;
                }
            }
        }

        foreach (var suffix in RoadSuffixes)
        {
            var road = window.LastIndexOf(suffix, StringComparison.Ordinal);
            if (road >= 0 && road + suffix.Length == window.Length || road >= 0 && text[anchor] != '号')
            {
                // Road names are two to six characters before the suffix.
                var roadStart = Math.Max(0, road - 6);
                while (roadStart < road - 2 && !CharFold.IsCjk(window[roadStart]))
                {
                    roadStart++;
                }

                return start + roadStart;
            }
        }

        return -1;
    }

    private static int ClauseEnd(ReadOnlySpan<char> text, int p, int max)
    {
        var end = p;
        var limit = Math.Min(text.Length, p + max);
        while (end < limit && !Terminators.Contains(text[end], StringComparison.Ordinal))
        {
            var rest = text[end..];
            var stop = false;
            foreach (var word in NextFieldWords)
            {
                if (end > p && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    stop = true;
                    break;
                }
            }

            if (stop)
            {
                break;
            }

            end++;
        }

        return end;
    }

    private static bool IsDetailEnd(char c) => CharFold.IsDigit(c) || "号室栋幢元楼层村组区园苑厦寓舍院弄巷街路里".Contains(c, StringComparison.Ordinal);

    private bool StartsWithDivision(ReadOnlySpan<char> span)
    {
        for (var length = Math.Min(_longestDivisionName, span.Length); length >= 2; length--)
        {
            if (_divisionNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span[..length]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDetail(ReadOnlySpan<char> span)
    {
        foreach (var marker in DetailMarkers)
        {
            if (span.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRoadNumber(ReadOnlySpan<char> span)
    {
        foreach (var suffix in RoadSuffixes)
        {
            var at = span.IndexOf(suffix, StringComparison.Ordinal);
            if (at > 0 && at + suffix.Length < span.Length && (CharFold.IsDigit(span[at + suffix.Length]) || "一二三四五六七八九十".Contains(span[at + suffix.Length], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
