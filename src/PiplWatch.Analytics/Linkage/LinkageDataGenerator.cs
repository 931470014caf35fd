using System.Globalization;
using System.Text;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Linkage;

/// <summary>One generated registry row: its key is its unified social credit code.</summary>
public sealed record GeneratedRegistryRow(string Uscc, string Name);

/// <summary>One generated advertised company, with the registry key it truly is (null: it exists nowhere).</summary>
/// <param name="Id">Left id.</param>
/// <param name="Name">The name as advertised.</param>
/// <param name="Uscc">A code given with the advertisement, or null.</param>
/// <param name="TruthKey">The registry row it is, or null.</param>
/// <param name="Kind">How it was made from the registry name (exact, typo, lookalike_absent …).</param>
public sealed record GeneratedAdvertisedName(string Id, string Name, string? Uscc, string? TruthKey, string Kind);

/// <summary>
/// Registry rows and advertised names with known truth, invented from word lists (no real company). Planted: the same
/// trade name in two cities, a head office with a registered branch, two registered names one character apart; the
/// advertised names are exact, carry the code, full-width forms or spaces, drop the city or the legal form, change the
/// legal form, abbreviate, put the city in brackets, have a one-character typo, name a registered or an unregistered
/// branch, name one of two same-named companies by city, or one of two near-identical ones; or they exist nowhere
/// (invented, or one character off a registered name: the fake-recruitment look-alike no string rule can tell from a typo).
/// </summary>
public sealed class LinkageDataGenerator(int seed)
{
    private static readonly string[] Cities = ["广州市", "深圳市", "佛山市", "东莞市", "珠海市", "惠州市", "长沙市", "武汉市", "成都市", "杭州市", "南京市", "郑州市"];
    private static readonly string[] Districts = ["天河区", "海珠区", "越秀区", "番禺区", "南山区", "福田区", "宝安区", "龙岗区", "南海区", "顺德区"];
    private static readonly string Trade = "澜锦瑞恒泰鑫盛博宏誉睿凯达信诚源汇嘉丰元乐康明辉启航星辰卓创美优尚远邦禾悦峰宸朗昊晟沐璟骏轩逸铭泽宇弘翔欣蓝韵聚拓新益润融致尊";
    private static readonly string[] Latin = ["JK", "AI", "E", "UP", "ZY", "QX"];
    private static readonly string[] Industries =
    [
        "科技", "网络科技", "信息技术", "电子商务", "贸易", "商贸", "餐饮管理", "人力资源", "物流", "建筑工程", "文化传媒", "教育咨询",
        "房地产经纪", "物业管理", "企业管理咨询", "家政服务", "装饰工程", "医药", "食品", "服装", "机械设备", "环保科技", "新能源",
        "广告", "汽车服务", "健康管理", "劳务派遣", "供应链管理", "生物科技", "软件开发",
    ];

    private static readonly (string Long, string Short)[] Abbreviated = [("电子商务", "电商"), ("人力资源", "人力"), ("信息技术", "信息"), ("物业管理", "物业"), ("企业管理咨询", "企管咨询")];
    private static readonly string[] LegalForms = ["有限公司", "有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"];
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private readonly Random _random = new(seed);

    /// <summary>Generates <paramref name="companies"/> base companies (plus planted twins, siblings, branches) and <paramref name="advertised"/> names.</summary>
    public (IReadOnlyList<GeneratedRegistryRow> Registry, IReadOnlyList<GeneratedAdvertisedName> Advertised) Generate(int companies, int advertised)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(companies, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(advertised);
        var registry = new List<GeneratedRegistryRow>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bases = new List<Company>();
        var cores = new Dictionary<string, int>(StringComparer.Ordinal); // trade+industry → how many registered companies carry it
        var twins = new List<(Company A, Company B)>();
        var siblings = new List<(Company A, Company B)>();
        var branches = new List<(Company Head, string Branch, string Key)>();

        Company? Add(Company company)
        {
            if (!names.Add(company.Name))
            {
                return null;
            }

            registry.Add(new GeneratedRegistryRow(company.Key, company.Name));
            cores[company.TradeIndustry] = cores.GetValueOrDefault(company.TradeIndustry) + 1;
            return company;
        }

        while (bases.Count < companies)
        {
            var company = Add(NewCompany(Pick(Cities), TradeName(), Pick(Industries)));
            if (company is null)
            {
                continue;
            }

            bases.Add(company);
            var roll = _random.NextDouble();
            if (roll < 0.05 && Add(NewCompany(OtherCity(company.City), company.Trade, company.Industry)) is { } twin)
            {
                twins.Add((company, twin));
            }
            else if (roll < 0.09 && Add(NewCompany(company.City, OneOff(company.Trade), company.Industry)) is { } sibling)
            {
                siblings.Add((company, sibling));
            }
            else if (roll < 0.13)
            {
                var branch = Pick(Districts) + "分公司";
                var key = Uscc(company.City);
                registry.Add(new GeneratedRegistryRow(key, company.Name + branch));
                branches.Add((company, branch, key));
            }
        }

        var ads = new List<GeneratedAdvertisedName>(advertised);
        for (var i = 0; i < advertised; i++)
        {
            var id = "AD" + i.ToString("D7", CultureInfo.InvariantCulture);
            ads.Add(NewAd(id, bases, cores, twins, siblings, branches));
        }

        return (registry, ads);
    }

    private GeneratedAdvertisedName NewAd(string id, List<Company> bases, Dictionary<string, int> cores, List<(Company A, Company B)> twins, List<(Company A, Company B)> siblings, List<(Company Head, string Branch, string Key)> branches)
    {
        var c = bases[_random.Next(bases.Count)];
        var roll = _random.NextDouble();
        switch (roll)
        {
            case < 0.14:
                return new(id, c.Name, null, c.Key, "exact");
            case < 0.19:
                return new(id, c.Trade + Abbreviate(c.Industry), c.Key, c.Key, "uscc");
            case < 0.27:
                return new(id, FullWidth(c), null, c.Key, "full_width");
            case < 0.36 when cores[c.TradeIndustry] == 1:
                return new(id, c.Trade + c.Industry + c.LegalForm, null, c.Key, "no_city");
            case < 0.45:
                return new(id, c.City + c.Trade + c.Industry + (c.LegalForm == "有限公司" ? "有限责任公司" : string.Empty), null, c.Key, "legal_form");
            case < 0.50:
                return new(id, c.City + c.Trade + Abbreviate(c.Industry) + c.LegalForm, null, c.Key, "abbreviation");
            case < 0.55:
                return new(id, $"{c.Trade}（{c.City[..^1]}）{c.Industry}{c.LegalForm}", null, c.Key, "place_in_brackets");
            case < 0.64:
                return new(id, c.City + OneOff(c.Trade) + c.Industry + c.LegalForm, null, c.Key, "typo");
            case < 0.68 when branches.Count > 0:
                var b = branches[_random.Next(branches.Count)];
                return new(id, b.Head.Name + b.Branch, null, b.Key, "branch_registered");
            case < 0.72:
                var district = Pick(Districts);
                return branches.Any(x => x.Head == c && x.Branch.StartsWith(district, StringComparison.Ordinal))
                    ? new(id, c.Name, null, c.Key, "exact")
                    : new(id, c.Name + district + "分公司", null, c.Key, "branch_unregistered");
            case < 0.77 when twins.Count > 0:
                var t = twins[_random.Next(twins.Count)];
                var which = _random.Next(2) == 0 ? t.A : t.B;
                return new(id, which.City + which.Trade + which.Industry, null, which.Key, "twin_other_city");
            case < 0.81 when siblings.Count > 0:
                var s = siblings[_random.Next(siblings.Count)];
                var named = _random.Next(2) == 0 ? s.A : s.B;
                return new(id, named.City + named.Trade + named.Industry + "公司", null, named.Key, "sibling_one_char");
            case < 0.93:
                return Absent(id, cores);
            default:
                // One character off a registered name; a short trade name may have no free variant left in a large
                // registry, then an invented name is used instead (bounded attempts, so generation always ends).
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var trade = OneOff(c.Trade);
                    if (!cores.ContainsKey(trade + c.Industry))
                    {
                        return new(id, c.City + trade + c.Industry + c.LegalForm, null, null, "lookalike_absent");
                    }
                }

                return Absent(id, cores);
        }
    }

    private GeneratedAdvertisedName Absent(string id, Dictionary<string, int> cores)
    {
        for (var length = 3; ; length++)
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var trade = new string(Enumerable.Range(0, length).Select(_ => Trade[_random.Next(Trade.Length)]).ToArray());
                var industry = Pick(Industries);
                if (!cores.ContainsKey(trade + industry))
                {
                    return new(id, Pick(Cities) + trade + industry + Pick(LegalForms), null, null, "absent");
                }
            }
        }
    }

    private Company NewCompany(string city, string trade, string industry) =>
        new(Uscc(city), city, trade, industry, Pick(LegalForms));

    private string TradeName()
    {
        var roll = _random.NextDouble();
        var chars = roll < 0.6 ? 2 : 3;
        var builder = new StringBuilder();
        if (roll > 0.95)
        {
            builder.Append(Pick(Latin));
            chars = 1;
        }

        for (var i = 0; i < chars; i++)
        {
            builder.Append(Trade[_random.Next(Trade.Length)]);
        }

        return builder.ToString();
    }

    private string OneOff(string trade)
    {
        var chars = trade.ToCharArray();
        var at = _random.Next(chars.Length);
        char replacement;
        do
        {
            replacement = Trade[_random.Next(Trade.Length)];
        }
        while (replacement == chars[at]);
        chars[at] = replacement;
        return new string(chars);
    }

    private string OtherCity(string city)
    {
        while (true)
        {
            var other = Pick(Cities);
            if (other != city)
            {
                return other;
            }
        }
    }

    private string FullWidth(Company c)
    {
        var name = $"{c.City} {c.Trade}　{c.Industry}（{c.LegalForm}）";
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            builder.Append(ch is >= '!' and <= '~' ? (char)(ch - '!' + '！') : ch);
        }

        return _random.Next(2) == 0 ? builder.ToString() : builder.ToString().Replace("（", "【", StringComparison.Ordinal).Replace("）", "】", StringComparison.Ordinal);
    }

    private static string Abbreviate(string industry)
    {
        foreach (var (longForm, shortForm) in Abbreviated)
        {
            if (industry == longForm)
            {
                return shortForm;
            }
        }

        return industry;
    }

    private string Uscc(string city)
    {
        var region = city switch
        {
            "广州市" => "440100",
            "深圳市" => "440300",
            "佛山市" => "440600",
            "东莞市" => "441900",
            "珠海市" => "440400",
            "惠州市" => "441300",
            "长沙市" => "430100",
            "武汉市" => "420100",
            "成都市" => "510100",
            "杭州市" => "330100",
            "南京市" => "320100",
            _ => "410100",
        };
        var first = new StringBuilder("91").Append(region);
        for (var i = 0; i < 9; i++)
        {
            first.Append(UsccAlphabet[_random.Next(UsccAlphabet.Length)]);
        }

        return first.Append(UnifiedSocialCreditCode.CheckChar(first.ToString())).ToString();
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private sealed record Company(string Key, string City, string Trade, string Industry, string LegalForm)
    {
        public string Name => City + Trade + Industry + LegalForm;

        public string TradeIndustry => Trade + Industry;
    }
}
