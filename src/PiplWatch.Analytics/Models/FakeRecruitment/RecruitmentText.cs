using System.Text;
using System.Text.RegularExpressions;
using PiplWatch.Detection.Text;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>One thing a job ad's text asks for that honest employers do not: its category and the words that said it.</summary>
public sealed record TextFlag(string Category, string Phrase);

/// <summary>
/// The text side of the fake-recruitment model: what in an ad's description asks for ID cards, bank cards, deposits or a
/// move to WeChat/QQ, and the keys postings and registry records are grouped by (title, address, phone).
/// </summary>
public static partial class RecruitmentText
{
    /// <summary>Categories of <see cref="Flags"/>, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Categories = ["id_card", "bank_card", "deposit", "off_platform"];

    private const int MaxScanned = 4000;

    /// <summary>
    /// What <paramref name="description"/> asks for. Onboarding with an ID card (入职携带身份证原件), wages paid to one's own
    /// bank card and fees said not to be charged (不收取任何押金、培训费 — a negation earlier in the same clause) are not flags.
    /// </summary>
    public static IReadOnlyList<TextFlag> Flags(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }

        var text = CharFold.Fold(description.Length > MaxScanned ? description[..MaxScanned] : description).ToLowerInvariant();
        var flags = new List<TextFlag>();
        Add(flags, "id_card", IdCard().Match(text));
        Add(flags, "bank_card", BankCard().Match(text));
        foreach (Match fee in Fee().Matches(text))
        {
            if (!Negated(text, fee.Index))
            {
                Add(flags, "deposit", fee);
                break;
            }
        }

        Add(flags, "off_platform", OffPlatform().Match(text));
        return flags;
    }

    /// <summary><see cref="Flags"/> as one string, <c>category=phrase</c> joined by '|' (null when there is none), for SQL.</summary>
    public static string? EncodeFlags(string? description)
    {
        var flags = Flags(description);
        return flags.Count == 0 ? null : string.Join('|', flags.Select(f => f.Category + "=" + f.Phrase));
    }

    /// <summary>A job title's group: width folded, lower case, bracketed remarks (（急招）【日结】) and punctuation removed.</summary>
    public static string? TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var key = LettersOnly(Bracketed().Replace(CharFold.Fold(title), string.Empty));
        return key.Length == 0 ? null : key;
    }

    /// <summary>An address's key: width folded, lower case, spaces and punctuation removed; room numbers stay, so rooms differ.</summary>
    public static string? AddressKey(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var key = LettersOnly(CharFold.Fold(address));
        return key.Length == 0 ? null : key;
    }

    /// <summary>A phone number's digits without the country code (+86, 0086, 86 before a mobile number); null under 7 digits.</summary>
    public static string? PhoneKey(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder(phone.Length);
        foreach (var c in phone)
        {
            if (CharFold.IsDigit(c))
            {
                digits.Append(CharFold.Fold(c));
            }
        }

        var key = digits.ToString();
        if (key.StartsWith("0086", StringComparison.Ordinal))
        {
            key = key[4..];
        }
        else if (key.Length == 13 && key.StartsWith("861", StringComparison.Ordinal))
        {
            key = key[2..];
        }

        return key.Length < 7 ? null : key;
    }

    private static string LettersOnly(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.ToString();
    }

    private static void Add(List<TextFlag> flags, string category, Match match)
    {
        if (match.Success)
        {
            flags.Add(new TextFlag(category, match.Value));
        }
    }

    /// <summary>A negation (不, 无, 免, 没有, 拒绝, 零 …) earlier in the same clause.</summary>
    private static bool Negated(string text, int index)
    {
        var start = index;
        while (start > 0 && "，。；！？,.;!?\n\r".IndexOf(text[start - 1], StringComparison.Ordinal) < 0)
        {
            start--;
        }

        return Negation().IsMatch(text.AsSpan(start, index - start));
    }

    [GeneratedRegex(@"(发|提供|上传|拍|寄|私信|留下?)[^。！？；\n]{0,6}?身份证(号码|号|照片|正反面|复印件|图片|扫描件)|身份证(号码|号|照片|正反面|复印件|图片|扫描件)[^。！？；\n]{0,8}?(发给|发到|提供给|上传|私信|寄给|寄到)|(押|扣押|抵押|扣留|上交|先交)[^。！？；，\n]{0,3}?身份证")]
    private static partial Regex IdCard();

    [GeneratedRegex(@"银行卡(号|账号|密码)|(办理|开通|新办|办)[^。！？；，\n]{0,4}?(银行卡|对公账户|网银|u盾)|办卡|(出租|出借|出售|租用|借用|收购|回收)[^。！？；，\n]{0,4}?(银行卡|对公账户|电话卡|u盾)|银行卡[^。！？；，\n]{0,6}?(寄|邮|快递)")]
    private static partial Regex BankCard();

    [GeneratedRegex("押金|保证金|服装费|培训费|体检费|报名费|工装费|资料费|介绍费|中介费|建档费")]
    private static partial Regex Fee();

    [GeneratedRegex("不|无|免|没有|拒绝|绝不|零")]
    private static partial Regex Negation();

    [GeneratedRegex(@"加(我|个|一下)?(微信|vx|v信|wx|威信|薇信|徽信|qq|扣扣|v)|(微信|vx|wx|qq|扣扣)(号|群)?[:：]?\s*[a-z0-9_-]{5,}|qq群|私聊|薇信|威信|徽信")]
    private static partial Regex OffPlatform();

    [GeneratedRegex(@"[（(【\[〔][^）)】\]〕]*[）)】\]〕]")]
    private static partial Regex Bracketed();
}
