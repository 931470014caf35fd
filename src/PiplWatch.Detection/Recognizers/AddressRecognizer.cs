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
        "收件地址", "送货地址", "详细地址", "经常居住地", "现居住地", "居住地", "户籍地", "住址", "地址", "现居", "家住", "住在", "居住于",
    ];

    private static readonly string[] RoadSuffixes = ["大道", "大街", "胡同", "路", "街", "巷", "弄", "里", "道"];
    private static readonly string[] DetailMarkers = ["号", "室", "栋", "幢", "单元", "号楼", "楼", "层", "村", "组", "社区", "小区", "花园", "苑", "大厦", "公寓", "宿舍", "院"];

    // Clause ends and words that begin the next field of a record.
    private const string Terminators = "。；;，,、\n\r\t|（）()【】[]“”\"'<>";

    // What follows 号 when it numbers something other than a door: 5号线, 8号地块, 3号文, 2号床.
    private static readonly string[] NotDoorAfterHao = ["线", "地块", "文件", "文", "令", "公告", "台风", "窗口", "通道", "楼盘", "站", "机", "码", "床", "桌", "字", "卷", "附件", "通知", "决定", "判决", "裁定", "案"];
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
        foreach (var (label, p) in LabelScanner.ValueStarts(text, Labels, "：: \u3000为是于"))
        {
            var end = ClauseEnd(text, p, 60);
            while (end > p && text[end - 1] is ' ' or '\u3000')
            {
                end--;
            }

            var span = text[p..end];
            if (span.Length >= 4 && !IsMasked(span) && HasDetail(span) && (StartsWithDivision(span) || HasRoadNumber(span) || HasTownship(span)))
            {
                output.Add(new Candidate(PiiType.Address, p, end, 0.85, span.ToString(), "label:" + label, "division, road or township with detail"));
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
            if ((text[anchor] == '号' && FollowedByNonDoor(text, anchor + 1)) || (text[anchor] == '村' && InsideDivisionName(text, anchor)))
            {
                continue;
            }

            var start = ExtendLeft(text, anchor);
            if (start < 0)
            {
                continue;
            }

            var end = text[anchor] == '村' ? VillageEnd(text, anchor) : ClauseEnd(text, anchor, 40);
            while (end > anchor + 1 && !IsDetailEnd(text[end - 1]))
            {
                end--;
            }

            var span = text[start..end];
            if (span.Length >= 6 && !IsMasked(span) && (StartsWithDivision(span) || HasRoadNumber(span) || (text[anchor] == '村' && HasTownship(span))))
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
        while (start > limit && (CharFold.IsCjk(text[start - 1]) || CharFold.IsDigit(text[start - 1]) || text[start - 1] is '-' or '#'
            || (text[start - 1] == ' ' && start >= 2 && CharFold.IsCjk(text[start - 2]) && CharFold.IsCjk(text[start])))
            && !Terminators.Contains(text[start - 1], StringComparison.Ordinal))
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

        // Villages under a township: 柳林乡石岭村, 大王店镇石岭村5组.
        if (text[anchor] == '村' && HasTownship(window.ToString() + "村"))
        {
            return start;
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
            // A space after the door-level detail ends the address: 1902室 取件码 …
            if (text[end] is ' ' or '\u3000' && HasDetail(text[p..end]) && EndsWithDetail(text[p..end]))
            {
                break;
            }

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
            var from = 0;
            while (span[from..].IndexOf(suffix, StringComparison.Ordinal) is var found and >= 0)
            {
                var at = from + found;
                var next = at + suffix.Length;
                if (at > 0 && next < span.Length && (CharFold.IsDigit(span[next]) || "一二三四五六七八九十".Contains(span[next], StringComparison.Ordinal)))
                {
                    return true;
                }

                from = next;
                if (from >= span.Length)
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>镇/乡/街道 followed by a village, community or group: 河西镇下河村185号, 柳林乡石岭村.</summary>
    private static bool HasTownship(ReadOnlySpan<char> span)
    {
        var township = span.IndexOfAny('镇', '乡');
        if (township < 0)
        {
            township = span.IndexOf("街道", StringComparison.Ordinal);
        }

        return township > 0 && span[township..].IndexOfAny('村', '组', '号') > 0 || township > 0 && span[township..].Contains("社区", StringComparison.Ordinal);
    }

    private static bool IsMasked(ReadOnlySpan<char> span) => span.IndexOfAny("*＊×某") >= 0;

    private static bool EndsWithDetail(ReadOnlySpan<char> span) => span.Length > 0 && IsDetailEnd(span[^1]);

    private static bool FollowedByNonDoor(ReadOnlySpan<char> text, int after)
    {
        foreach (var word in NotDoorAfterHao)
        {
            if (text[after..].StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the 村 at <paramref name="anchor"/> is inside a division's name (孟村回族自治县).</summary>
    private bool InsideDivisionName(ReadOnlySpan<char> text, int anchor)
    {
        var lookup = _divisionNames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = Math.Max(0, anchor - 4); start <= anchor; start++)
        {
            for (var end = anchor + 1; end <= Math.Min(text.Length, start + _longestDivisionName); end++)
            {
                if (end - start >= 3 && lookup.Contains(text[start..end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>End of a village address: 下河村 [3] [组|号|队|社].</summary>
    private static int VillageEnd(ReadOnlySpan<char> text, int anchor)
    {
        var i = anchor + 1;
        var digits = i;
        while (digits < text.Length && (CharFold.IsDigit(text[digits]) || "一二三四五六七八九十".Contains(text[digits], StringComparison.Ordinal)))
        {
            digits++;
        }

        return digits > i && digits < text.Length && text[digits] is '组' or '号' or '队' or '社' ? digits + 1 : i;
    }
}
