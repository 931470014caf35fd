using System.Collections.Frozen;

namespace PiplWatch.Detection.Engine;

/// <summary>
/// Words near a value that make it more or less likely to be what its shape says. Chinese labels stand before the
/// value (手机：138…) or after it (138…（手机）), so both sides count; a table column's header counts like a label.
/// </summary>
internal static class ContextRules
{
    public const int WindowBefore = 16;
    public const int WindowAfter = 10;

    private static readonly (string Word, double Delta)[] NumberNegatives =
    [
        ("订单", -0.4), ("单号", -0.4), ("运单", -0.4), ("快递单", -0.4), ("流水号", -0.4), ("交易号", -0.4), ("编号", -0.35),
        ("工号", -0.35), ("序列号", -0.4), ("批次", -0.35), ("发票", -0.35), ("条码", -0.4), ("物流", -0.3), ("追踪", -0.3),
        ("合同号", -0.35), ("案号", -0.35), ("型号", -0.4), ("货号", -0.4), ("验证码", -0.4), ("金额", -0.3),
    ];

    public static readonly FrozenDictionary<PiiType, (string Word, double Delta)[]> Rules = new Dictionary<PiiType, (string, double)[]>
    {
        [PiiType.IdCard] = [("身份证", 0.05), ("证件号", 0.05), ("身份号码", 0.05), ("居住证", 0.05), ("公民身份", 0.05), .. NumberNegatives],
        [PiiType.PhoneMobile] = [("手机", 0.2), ("电话", 0.2), ("联系方式", 0.2), ("联系", 0.15), ("致电", 0.15), ("拨打", 0.15), ("微信", 0.1), ("Tel", 0.15), ("TEL", 0.15), ("号码", 0.1), .. NumberNegatives],
        [PiiType.PhoneLandline] = [("电话", 0.25), ("座机", 0.25), ("固话", 0.25), ("传真", 0.2), ("Tel", 0.2), ("TEL", 0.2), ("联系", 0.15), ("账号", -0.4), ("帐号", -0.4), ("卡号", -0.4), ("身份证", -0.4), .. NumberNegatives],
        [PiiType.BankCard] = [("银行卡", 0.35), ("卡号", 0.35), ("账号", 0.3), ("帐号", 0.3), ("账户", 0.3), ("开户", 0.3), ("储蓄卡", 0.35), ("信用卡", 0.35), ("借记卡", 0.35), ("收款", 0.2), ("银行", 0.2), .. NumberNegatives],
        [PiiType.OrgId] = [("信用代码", 0.1), ("营业执照", 0.05), ("注册号", 0.05)],
        [PiiType.Passport] = [("护照", 0.4), ("passport", 0.4), ("Passport", 0.4), ("出入境", 0.2), ("证件", 0.2), .. NumberNegatives],
        [PiiType.HkMacauPermit] = [("通行证", 0.4), ("港澳", 0.3), ("回乡证", 0.4), ("往来", 0.2), ("证件", 0.2), .. NumberNegatives],
        [PiiType.Plate] = [("车牌", 0.2), ("号牌", 0.2), ("车辆", 0.1), ("驾驶", 0.1), ("停车", 0.1)],
        [PiiType.Email] = [("邮箱", 0.05), ("邮件", 0.05), ("Email", 0.05)],
        [PiiType.IpAddress] = [("IP", 0.1), ("登录", 0.1), ("访问", 0.05), ("版本", -0.5), ("version", -0.5), ("Version", -0.5), ("版", -0.4), ("升级", -0.5), ("更新", -0.5), ("v", -0.1)],
        [PiiType.PersonName] = [],
        [PiiType.Address] = [],
    }.ToFrozenDictionary();

    /// <summary>Per type, the rule indices by the first character of their word.</summary>
    public static readonly FrozenDictionary<PiiType, FrozenDictionary<char, int[]>> FirstCharIndex = Rules.ToFrozenDictionary(
        kv => kv.Key,
        kv => kv.Value.Select((rule, i) => (rule.Word[0], i)).GroupBy(x => x.Item1).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToArray()));

    /// <summary>Header words per type for table cells (the header of the column a value is in).</summary>
    public static readonly FrozenDictionary<PiiType, string[]> HeaderWords = new Dictionary<PiiType, string[]>
    {
        [PiiType.IdCard] = ["身份证", "证件号", "身份号", "id_number", "id_card"],
        [PiiType.PhoneMobile] = ["手机", "电话", "联系方式", "phone", "mobile"],
        [PiiType.PhoneLandline] = ["电话", "座机", "传真", "phone", "tel"],
        [PiiType.BankCard] = ["银行卡", "卡号", "账号", "账户", "card"],
        [PiiType.Passport] = ["护照", "证件", "passport"],
        [PiiType.HkMacauPermit] = ["通行证", "证件"],
        [PiiType.Plate] = ["车牌", "号牌", "plate"],
        [PiiType.Email] = ["邮箱", "email", "mail"],
        [PiiType.IpAddress] = ["ip"],
        [PiiType.OrgId] = ["信用代码", "uscc"],
        [PiiType.PersonName] = [],
        [PiiType.Address] = [],
    }.ToFrozenDictionary();
}
