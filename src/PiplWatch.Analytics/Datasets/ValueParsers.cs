using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Datasets;

/// <summary>
/// Parses the values of real exports: mixed date forms (2025/3/1, 2025-03-01 08:00:00, 20250301, 2025年3月1日, Excel
/// serials), full-width digits, thousands separators, 是/否, amounts of money in any currency, and ID numbers with
/// apostrophes, tabs, spaces or a lowercase x. Each parser returns false with a reason instead of throwing.
/// </summary>
public static partial class ValueParsers
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    // The words (and ISO codes) registries write for a currency. A text of several words must name one currency
    // (元人民币 is CNY twice); the longest word at each position is taken, so 港元 is HKD and 新加坡元 SGD, not 元.
    private static readonly (string Word, string Code)[] CurrencyWords =
    [
        ("新加坡元", "SGD"), ("新台币", "TWD"), ("人民币", "CNY"), ("美元", "USD"), ("港元", "HKD"), ("港币", "HKD"),
        ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"), ("澳元", "AUD"), ("加元", "CAD"), ("元", "CNY"),
        ("RMB", "CNY"), ("CNY", "CNY"), ("USD", "USD"), ("HKD", "HKD"), ("EUR", "EUR"), ("JPY", "JPY"), ("GBP", "GBP"),
        ("AUD", "AUD"), ("CAD", "CAD"), ("SGD", "SGD"), ("TWD", "TWD"),
    ];

    /// <summary>Full-width digits, letters and punctuation to ASCII; trims spaces, tabs and a leading apostrophe.</summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }

        return builder.ToString().Trim().TrimStart('\'', '`', '\t').Trim();
    }

    /// <summary>
    /// Free text (names, titles, descriptions) as evidence keeps it: full-width letters and digits become ASCII (so
    /// phones and codes compare), Chinese punctuation stays as written; spaces and a leading apostrophe are trimmed.
    /// </summary>
    public static string CleanText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PiplWatch.Detection.Text.CharFold.Fold(value).Trim().TrimStart('\'', '`', '\t').Trim();
    }

    /// <summary>
    /// A categorical value as compared with the value maps: cleaned, commas of either width alike, no spaces — so that
    /// 吊销，已注销 and 吊销,已注销, 存续（在营） and 存续(在营) are one value.
    /// </summary>
    public static string ValueKey(string value) =>
        Clean(value).Replace('，', ',').Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>An ID number as written in exports, normalised: no spaces, hyphens or apostrophes, X uppercase.</summary>
    public static string NormalizeIdentity(string value)
    {
        var cleaned = Clean(value);
        var builder = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (c is not (' ' or '-' or '\'' or '"' or '\t'))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>A date in any of the forms exports use.</summary>
    public static bool TryParseDate(string value, out DateOnly date, out string? reason)
    {
        if (TryParseTimestamp(value, out var timestamp, out reason))
        {
            date = DateOnly.FromDateTime(timestamp);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>A date and time (local time of the data, +08:00 unless stated); a date alone is midnight.</summary>
    public static bool TryParseTimestamp(string value, out DateTime timestamp, out string? reason)
    {
        timestamp = default;
        reason = null;
        var text = Clean(value);
        if (text.Length == 0)
        {
            reason = "empty";
            return false;
        }

        // Excel serial numbers (dates exported as numbers): 45717 = 2025-03-01.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 59 and < 2958466 && !(text.Length == 8 && !text.Contains('.', StringComparison.Ordinal)))
        {
            timestamp = ExcelEpoch.ToDateTime(TimeOnly.MinValue).AddDays(serial);
            return true;
        }

        var normalized = text.Replace('年', '-').Replace('月', '-').Replace("日", string.Empty, StringComparison.Ordinal)
            .Replace('/', '-').Replace('.', '-').Replace('T', ' ');
        string[] formats =
        [
            "yyyy-M-d", "yyyy-M-d H:m", "yyyy-M-d H:m:s", "yyyy-M-d H:m:s.FFFFFFF", "yyyyMMdd", "yyyyMMddHHmmss", "yyyyMMdd HH:mm:ss",
            "yyyy-M-d H:m:sK", "yyyy-M-d H:m:s.FFFFFFFK",
        ];
        if (DateTime.TryParseExact(normalized.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            // A stated offset is honoured by converting to Beijing time, the platform's local time.
            timestamp = normalized.Contains('+', StringComparison.Ordinal) || normalized.EndsWith('Z')
                ? parsed.AddHours(8)
                : DateTime.ParseExact(normalized.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces);
            return true;
        }

        reason = $"'{Truncate(text)}' is not a date (expected forms like 2025-03-01, 2025/3/1, 20250301, 2025年3月1日)";
        return false;
    }

    /// <summary>A number; 万, 千 and k multiply, thousands separators are dropped.</summary>
    public static bool TryParseNumber(string value, out double number, out string? reason)
    {
        reason = null;
        var text = Clean(value).Replace(",", string.Empty, StringComparison.Ordinal).Replace("元", string.Empty, StringComparison.Ordinal);
        var factor = 1.0;
        if (text.EndsWith('万'))
        {
            factor = 10_000;
            text = text[..^1];
        }
        else if (text.EndsWith('k') || text.EndsWith('K') || text.EndsWith('千'))
        {
            factor = 1_000;
            text = text[..^1];
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            number *= factor;
            return true;
        }

        reason = $"'{Truncate(value)}' is not a number";
        return false;
    }

    /// <summary>A whole number; empty or '-' is unknown (null), not zero.</summary>
    public static bool TryParseWholeNumber(string value, out long? number, out string? reason)
    {
        number = null;
        reason = null;
        var text = Clean(value);
        if (text.Length == 0 || text is "-" or "--" or "—" or "/" or "无数据" or "未知")
        {
            return true;
        }

        if (TryParseNumber(text, out var parsed, out reason) && parsed == Math.Floor(parsed))
        {
            number = (long)parsed;
            return true;
        }

        reason = $"'{Truncate(value)}' is not a whole number";
        return false;
    }

    /// <summary>
    /// An amount of money as registries write registered capital: 100万元人民币, 100.000000万人民币, 人民币100万元, 14万美元,
    /// 5000万(元), 50 万元, 1,000万元, 1亿元人民币, 200万港元, or a plain 3000000 (yuan); full-width digits and brackets
    /// alike. The unit words 十/百/千/万/亿 are multiplied out; the currency is an ISO 4217 code, CNY where the text says
    /// 元 or nothing. Empty or '-' is unknown: success with a null amount and currency. A currency word not known, two
    /// different currencies, or a negative amount is a failure with the reason.
    /// </summary>
    public static bool TryParseMoney(string value, out double? amount, out string? currency, out string? reason)
    {
        amount = null;
        currency = null;
        reason = null;
        var cleaned = Clean(value);
        if (cleaned.Length == 0 || cleaned is "-" or "--" or "—" or "/" or "无数据" or "未知")
        {
            return true;
        }

        var text = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (c is not (' ' or ',' or '(' or ')'))
            {
                text.Append(c);
            }
        }

        var match = MoneyPattern().Match(text.ToString());
        if (!match.Success)
        {
            reason = $"'{Truncate(cleaned)}' is not an amount of money (expected forms like 100万元人民币, 人民币100万元, 14万美元, 3000000)";
            return false;
        }

        if (match.Groups["sign"].Value == "-")
        {
            reason = $"'{Truncate(cleaned)}' is negative; an amount of money here cannot be";
            return false;
        }

        if (!TryCurrency([match.Groups["before"].Value, match.Groups["after"].Value], out var code, out var problem))
        {
            reason = $"'{Truncate(cleaned)}': {problem}";
            return false;
        }

        var factor = 1m;
        foreach (var unit in match.Groups["units"].Value)
        {
            factor *= unit switch { '十' => 10m, '百' => 100m, '千' => 1_000m, '万' => 10_000m, _ => 100_000_000m };
        }

        // Decimal arithmetic keeps 100.000000万 exactly 1000000 and 0.1亿 exactly 10000000.
        try
        {
            if (!decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
            {
                reason = $"'{Truncate(cleaned)}' is not an amount of money (expected forms like 100万元人民币, 人民币100万元, 14万美元, 3000000)";
                return false;
            }

            amount = (double)(number * factor);
        }
        catch (OverflowException)
        {
            reason = $"'{Truncate(cleaned)}' is too large to be an amount of money";
            return false;
        }

        currency = code;
        return true;
    }

    /// <summary>是/否, Y/N, 1/0, true/false, 有/无.</summary>
    public static bool TryParseYesNo(string value, out bool flag, out string? reason)
    {
        reason = null;
        switch (Clean(value).ToLowerInvariant())
        {
            case "是" or "y" or "yes" or "1" or "true" or "有" or "在册" or "列入":
                flag = true;
                return true;
            case "否" or "n" or "no" or "0" or "false" or "无" or "未列入":
                flag = false;
                return true;
            default:
                flag = false;
                reason = $"'{Truncate(value)}' is not yes/no (是/否)";
                return false;
        }
    }

    /// <summary>Whether a normalised identity is a valid resident ID number (else it is another document or a typo).</summary>
    public static bool IsResidentId(string normalized, IdNumber validator) =>
        normalized.Length is 18 or 15 && validator.Check(normalized) == IdProblem.None;

    // The currency the words before and after an amount name (CNY when there are none), or why they name none or several.
    private static bool TryCurrency(string[] texts, out string code, out string? problem)
    {
        code = "CNY";
        problem = null;
        var named = new List<(string Word, string Code)>();
        foreach (var words in texts)
        {
            var at = 0;
            while (at < words.Length)
            {
                var found = CurrencyWords.Where(w => string.Compare(words, at, w.Word, 0, w.Word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    .OrderByDescending(w => w.Word.Length).FirstOrDefault();
                if (found.Word is null)
                {
                    problem = $"unknown currency '{Truncate(words)}' (known: 人民币/元, 美元, 港元/港币, 欧元, 日元, 英镑, 澳元, 加元, 新加坡元, 新台币 or their ISO codes)";
                    return false;
                }

                named.Add(found);
                at += found.Word.Length;
            }
        }

        var codes = named.Select(n => n.Code).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > 1)
        {
            problem = $"names more than one currency ({string.Join(", ", named.Select(n => n.Word))})";
            return false;
        }

        if (codes.Count == 1)
        {
            code = codes[0];
        }

        return true;
    }

    [GeneratedRegex(@"^(?<before>[^0-9.+-]*)(?<sign>[-+]?)(?<number>(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)(?<units>[十百千万亿]*)(?<after>[^0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
