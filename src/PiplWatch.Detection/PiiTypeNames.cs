using System.Collections.Frozen;

namespace PiplWatch.Detection;

/// <summary>The public names of <see cref="PiiType"/> (DESIGN.md: kept stable).</summary>
public static class PiiTypeNames
{
    private static readonly FrozenDictionary<PiiType, string> Names = new Dictionary<PiiType, string>
    {
        [PiiType.IdCard] = "ID_CARD",
        [PiiType.PhoneMobile] = "PHONE_MOBILE",
        [PiiType.PhoneLandline] = "PHONE_LANDLINE",
        [PiiType.BankCard] = "BANK_CARD",
        [PiiType.Email] = "EMAIL",
        [PiiType.Plate] = "PLATE",
        [PiiType.Passport] = "PASSPORT",
        [PiiType.HkMacauPermit] = "HK_MACAU_PERMIT",
        [PiiType.PersonName] = "PERSON_NAME",
        [PiiType.Address] = "ADDRESS",
        [PiiType.IpAddress] = "IP_ADDRESS",
        [PiiType.OrgId] = "ORG_ID",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<PiiType, string> ChineseNames = new Dictionary<PiiType, string>
    {
        [PiiType.IdCard] = "身份证号",
        [PiiType.PhoneMobile] = "手机号",
        [PiiType.PhoneLandline] = "固定电话",
        [PiiType.BankCard] = "银行卡号",
        [PiiType.Email] = "电子邮箱",
        [PiiType.Plate] = "车牌号",
        [PiiType.Passport] = "护照号",
        [PiiType.HkMacauPermit] = "港澳通行证",
        [PiiType.PersonName] = "姓名",
        [PiiType.Address] = "地址",
        [PiiType.IpAddress] = "IP 地址",
        [PiiType.OrgId] = "统一社会信用代码",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, PiiType> ByName =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>All types in declaration order.</summary>
    public static IReadOnlyList<PiiType> All { get; } = Enum.GetValues<PiiType>();

    /// <summary>Types validated by structure and checksums (all but names and addresses).</summary>
    public static IReadOnlyList<PiiType> Structured { get; } = [.. All.Where(t => t is not (PiiType.PersonName or PiiType.Address))];

    /// <summary>The public name, e.g. <c>ID_CARD</c>.</summary>
    public static string ToPublicName(this PiiType type) => Names[type];

    /// <summary>The Chinese name, e.g. 身份证号.</summary>
    public static string ToChineseName(this PiiType type) => ChineseNames[type];

    /// <summary>Parses a public name (case-insensitive).</summary>
    public static bool TryParse(string name, out PiiType type) => ByName.TryGetValue(name.Trim(), out type);

    /// <summary>Parses a comma-separated list such as <c>ID_CARD,PHONE_MOBILE</c>; the exception names the unknown entry.</summary>
    public static IReadOnlyList<PiiType> ParseList(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var types = new List<PiiType>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(part, out var type))
            {
                throw new ArgumentException($"Unknown PII type '{part}'. Known: {string.Join(", ", Names.Values)}.", nameof(list));
            }

            types.Add(type);
        }

        return types;
    }
}
