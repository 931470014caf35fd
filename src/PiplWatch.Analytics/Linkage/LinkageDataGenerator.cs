using System.Globalization;
using System.Text;
using PiplWatch.Core.Regions;
using PiplWatch.Detection.Text;
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
/// <remarks>
/// Sized for ten million registry rows: trade names of two to four characters from 225 characters (and a few
/// Latin ones), about 90 lines of business, the prefecture-level cities of the region catalog (a third of the
/// companies in twelve large ones), a district after the city in some names. As the registration rules require, a
/// registered trade name does not begin with a place name; an invented one may. Rows are streamed to a callback: memory
/// holds Bloom filters over names and cores (about 4 bytes a row) and samples of the companies the advertised names
/// are drawn from (proportional to the number of advertised names), never the registry.
/// </remarks>
public sealed class LinkageDataGenerator(int seed)
{
    private static readonly string[] BigCities = ["广州市", "深圳市", "佛山市", "东莞市", "珠海市", "惠州市", "长沙市", "武汉市", "成都市", "杭州市", "南京市", "郑州市"];

    private static readonly string Trade = string.Concat(
        "澜锦瑞恒泰鑫盛博宏誉睿凯达信诚源汇嘉丰元乐康明辉启航星辰卓创美优尚远邦禾悦峰宸朗昊晟沐璟骏轩逸铭泽宇弘翔欣蓝韵聚拓新益润融致尊",
        "华安百宝彩昌畅超成驰传春纯德鼎东方飞福富冠国海好和鸿虹环惠吉佳建江金京晶景精久巨君俊开科可坤力立利联良林灵龙隆麦茂梦米妙民名南",
        "诺鹏品平浦奇祺千乾强清晴庆全群仁荣如森山善上圣胜世仕顺思松腾天通同万旺威维伟文沃希熙祥心兴雄旭雅亚扬阳耀亿艺易银英盈永友玉裕越",
        "云运展兆哲臻正志智众洲紫子翰墨霖琪琳璐瑾瑜珑琦颂赫禧御麒麟鲲鹰凤凰豪杰贤达").Distinct().Aggregate(new StringBuilder(), (b, c) => b.Append(c)).ToString();

    private static readonly string[] Latin = ["JK", "AI", "E", "UP", "ZY", "QX", "K", "V", "ONE", "GO"];

    private static readonly string[] Industries =
    [
        "科技", "网络科技", "信息技术", "电子商务", "贸易", "商贸", "餐饮管理", "人力资源", "物流", "建筑工程", "文化传媒", "教育咨询",
        "房地产经纪", "物业管理", "企业管理咨询", "家政服务", "装饰工程", "医药", "食品", "服装", "机械设备", "环保科技", "新能源",
        "广告", "汽车服务", "健康管理", "劳务派遣", "供应链管理", "生物科技", "软件开发",
        "智能科技", "电子科技", "数码科技", "通信技术", "网络技术", "数据服务", "信息咨询", "商务咨询", "财务咨询", "税务师事务所",
        "知识产权代理", "营销策划", "会展服务", "影视文化", "文化发展", "广告传媒", "印刷", "包装材料", "塑胶制品", "五金制品", "电器",
        "照明科技", "家具", "建材", "钢结构工程", "市政工程", "园林绿化工程", "机电安装工程", "消防工程", "安防科技", "保安服务",
        "清洁服务", "酒店管理", "旅行社", "体育发展", "职业技能培训", "母婴用品", "美容美发", "化妆品", "珠宝首饰", "茶业", "酒业",
        "农业科技", "农产品", "水产", "冷链物流", "货运代理", "国际贸易", "进出口贸易", "汽车租赁", "新材料", "光电科技",
        "精密机械", "自动化设备", "仪器仪表", "医疗器械", "餐饮服务", "房地产开发", "企业管理", "人力资源服务",
    ];

    private static readonly (string Long, string Short)[] Abbreviated =
    [
        ("电子商务", "电商"), ("人力资源", "人力"), ("信息技术", "信息"), ("物业管理", "物业"), ("企业管理", "企管"), ("国际贸易", "国贸"), ("房地产", "地产"),
    ];

    private static readonly string[] LegalForms = ["有限公司", "有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"];

    /// <summary>31^9: the organisation-code part of a USCC (nine characters of <see cref="UnifiedSocialCreditCode.Alphabet"/>).</summary>
    private const long OrganisationCodes = 26_439_622_160_671;

    private static readonly Lazy<City[]> AllCities = new(LoadCities);

    private readonly Random _random = new(seed);
    private readonly CompanyNameNormalizer _normalizer = CompanyNameNormalizer.Default;
    private City[] _cities = [];
    private City[] _bigCities = [];
    private long _serial;
    private long _serialOffset;

    /// <summary>Generates <paramref name="companies"/> base companies (plus planted twins, siblings, branches) and <paramref name="advertised"/> names, as lists.</summary>
    public (IReadOnlyList<GeneratedRegistryRow> Registry, IReadOnlyList<GeneratedAdvertisedName> Advertised) Generate(int companies, int advertised)
    {
        var registry = new List<GeneratedRegistryRow>();
        var ads = Generate(companies, advertised, registry.Add);
        return (registry, ads);
    }

    /// <summary>
    /// Generates <paramref name="companies"/> base companies (plus planted twins, siblings, branches), handing each
    /// registry row to <paramref name="write"/> as it is made, then <paramref name="advertised"/> names.
    /// </summary>
    public IReadOnlyList<GeneratedAdvertisedName> Generate(int companies, int advertised, Action<GeneratedRegistryRow> write)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(companies, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(advertised);
        ArgumentNullException.ThrowIfNull(write);
        _cities = AllCities.Value;
        _bigCities = _cities.Where(c => BigCities.Contains(c.Name)).ToArray();
        _serial = 0;
        _serialOffset = _random.NextInt64(OrganisationCodes);

        // About 1.15 rows a company; ten bits a name keep false positives near 1 % (a false positive only skips a name).
        var expected = (long)(companies * 1.2) + 1000;
        var names = new BloomFilter(expected);
        var coresOnce = new BloomFilter(expected);
        var coresTwice = new BloomFilter(expected);
        var sample = Math.Max(advertised, 1);
        var bases = new Reservoir<Company>(sample);
        var abbreviatable = new Reservoir<Company>(sample);
        var twins = new Reservoir<(Company A, Company B)>(sample);
        var siblings = new Reservoir<(Company A, Company B)>(sample);
        var branches = new Reservoir<(Company Head, string Branch, string Key)>(sample);

        bool Add(Company company)
        {
            if (!names.Add(company.Name))
            {
                return false;
            }

            write(new GeneratedRegistryRow(company.Key, company.Name));
            if (!coresOnce.Add(company.TradeIndustry))
            {
                coresTwice.Add(company.TradeIndustry);
            }

            return true;
        }

        var count = 0;
        while (count < companies)
        {
            var industry = Pick(Industries);
            var city = PickCity();
            var company = NewCompany(city, WithDistrict(city), RegisteredTradeName(industry), industry);
            var roll = _random.NextDouble();
            string? branchKey = null;
            if (roll is >= 0.09 and < 0.13 && city.Districts.Length > 0)
            {
                company = company with { Branch = Pick(city.Districts) + "分公司" };
                branchKey = Uscc(city);
            }

            if (!Add(company))
            {
                continue;
            }

            count++;
            bases.Offer(company, _random);
            if (Abbreviated.Any(a => company.Industry.Contains(a.Long, StringComparison.Ordinal)))
            {
                abbreviatable.Offer(company, _random);
            }

            if (roll < 0.05)
            {
                var other = NewCompany(OtherCity(city), null, company.Trade, company.Industry);
                if (Add(other))
                {
                    twins.Offer((company, other), _random);
                }
            }
            else if (roll < 0.09)
            {
                var trade = OneOff(company.Trade);
                if (!StartsWithPlace(trade + company.Industry))
                {
                    var sibling = NewCompany(city, company.District, trade, company.Industry);
                    if (Add(sibling))
                    {
                        siblings.Offer((company, sibling), _random);
                    }
                }
            }
            else if (branchKey is not null)
            {
                write(new GeneratedRegistryRow(branchKey, company.Name + company.Branch));
                branches.Offer((company, company.Branch!, branchKey), _random);
            }
        }

        bases.Shuffle(_random);
        abbreviatable.Shuffle(_random);
        twins.Shuffle(_random);
        siblings.Shuffle(_random);
        branches.Shuffle(_random);
        var context = new Drawn(bases, abbreviatable, twins, siblings, branches, coresOnce, coresTwice);
        var ads = new List<GeneratedAdvertisedName>(advertised);
        for (var i = 0; i < advertised; i++)
        {
            var id = "AD" + i.ToString("D7", CultureInfo.InvariantCulture);
            ads.Add(NewAd(id, context));
        }

        return ads;
    }

    private GeneratedAdvertisedName NewAd(string id, Drawn d)
    {
        var c = d.Bases.Next();
        var roll = _random.NextDouble();
        switch (roll)
        {
            case < 0.14:
                return new(id, c.Name, null, c.Key, "exact");
            case < 0.19:
                return new(id, c.Trade + Abbreviate(c.Industry), c.Key, c.Key, "uscc");
            case < 0.27:
                return new(id, FullWidth(c), null, c.Key, "full_width");
            case < 0.36 when d.CoresOnce.Contains(c.TradeIndustry) && !d.CoresTwice.Contains(c.TradeIndustry):
                // Not in the twice-seen filter: the core is certainly registered once only.
                return new(id, c.Trade + c.Industry + c.LegalForm, null, c.Key, "no_city");
            case < 0.45:
                return new(id, c.City.Name + c.Trade + c.Industry + (c.LegalForm == "有限公司" ? "有限责任公司" : string.Empty), null, c.Key, "legal_form");
            case < 0.50 when d.Abbreviatable.Count > 0:
                var a = d.Abbreviatable.Next();
                return new(id, a.City.Name + a.Trade + Abbreviate(a.Industry) + a.LegalForm, null, a.Key, "abbreviation");
            case < 0.55:
                return new(id, $"{c.Trade}（{c.City.Name[..^1]}）{c.Industry}{c.LegalForm}", null, c.Key, "place_in_brackets");
            case < 0.64:
                return new(id, c.City.Name + OneOff(c.Trade) + c.Industry + c.LegalForm, null, c.Key, "typo");
            case < 0.68 when d.Branches.Count > 0:
                var b = d.Branches.Next();
                return new(id, b.Head.Name + b.Branch, null, b.Key, "branch_registered");
            case < 0.72 when c.City.Districts.Length > 0:
                var district = Pick(c.City.Districts);
                return c.Branch is not null && c.Branch.StartsWith(district, StringComparison.Ordinal)
                    ? new(id, c.Name, null, c.Key, "exact")
                    : new(id, c.Name + district + "分公司", null, c.Key, "branch_unregistered");
            case < 0.77 when d.Twins.Count > 0:
                var t = d.Twins.Next();
                var which = _random.Next(2) == 0 ? t.A : t.B;
                return new(id, which.City.Name + which.Trade + which.Industry, null, which.Key, "twin_other_city");
            case < 0.81 when d.Siblings.Count > 0:
                var s = d.Siblings.Next();
                var named = _random.Next(2) == 0 ? s.A : s.B;
                return new(id, named.City.Name + named.Trade + named.Industry + "公司", null, named.Key, "sibling_one_char");
            case < 0.93:
                return Absent(id, d);
            default:
                // One character off a registered name; a short trade name may have no free variant left in a large
                // registry, then an invented name is used instead (bounded attempts, so generation always ends).
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var trade = OneOff(c.Trade);
                    if (!d.CoresOnce.Contains(trade + c.Industry))
                    {
                        return new(id, c.City.Name + trade + c.Industry + c.LegalForm, null, null, "lookalike_absent");
                    }
                }

                return Absent(id, d);
        }
    }

    private GeneratedAdvertisedName Absent(string id, Drawn d)
    {
        // Invented by whoever posts the fake: not bound by the registration rules (it may begin with a place name).
        for (var length = 3; ; length++)
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var trade = new string(Enumerable.Range(0, length).Select(_ => Trade[_random.Next(Trade.Length)]).ToArray());
                var industry = Pick(Industries);
                if (!d.CoresOnce.Contains(trade + industry))
                {
                    return new(id, PickCity().Name + trade + industry + Pick(LegalForms), null, null, "absent");
                }
            }
        }
    }

    private Company NewCompany(City city, string? district, string trade, string industry) =>
        new(Uscc(city), city, district, trade, industry, Pick(LegalForms));

    private City PickCity() => _random.NextDouble() < 0.35 ? Pick(_bigCities) : Pick(_cities);

    private string? WithDistrict(City city) =>
        city.Districts.Length > 0 && _random.NextDouble() < 0.1 ? Pick(city.Districts) : null;

    private string RegisteredTradeName(string industry)
    {
        while (true)
        {
            var roll = _random.NextDouble();
            var chars = roll switch { < 0.40 => 2, < 0.88 => 3, _ => 4 };
            var builder = new StringBuilder();
            if (roll > 0.95)
            {
                builder.Append(Pick(Latin));
                chars = 2;
            }

            for (var i = 0; i < chars; i++)
            {
                builder.Append(Trade[_random.Next(Trade.Length)]);
            }

            var trade = builder.ToString();
            if (!StartsWithPlace(trade + industry))
            {
                return trade;
            }
        }
    }

    /// <summary>Whether the normaliser would take a place name off the front of this core (a trade name may not be one).</summary>
    private bool StartsWithPlace(string core) => _normalizer.LeadingPlaceLength(core) > 0;

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

    private City OtherCity(City city)
    {
        while (true)
        {
            var other = PickCity();
            if (other != city)
            {
                return other;
            }
        }
    }

    private string FullWidth(Company c)
    {
        var wide = CharFold.Widen($"{c.City.Name}{c.District} {c.Trade}　{c.Industry}（{c.LegalForm}）", _ => true);
        return _random.Next(2) == 0 ? wide : wide.Replace("（", "【", StringComparison.Ordinal).Replace("）", "】", StringComparison.Ordinal);
    }

    private static string Abbreviate(string industry)
    {
        foreach (var (longForm, shortForm) in Abbreviated)
        {
            if (industry.Contains(longForm, StringComparison.Ordinal))
            {
                return industry.Replace(longForm, shortForm, StringComparison.Ordinal);
            }
        }

        return industry;
    }

    /// <summary>A valid code of the city's region; the organisation part is a bijection of a serial number, so codes never repeat.</summary>
    private string Uscc(City city)
    {
        var first = new StringBuilder("91", 18).Append(city.Code);
        var value = (long)(((Int128)_serial++ * 1_000_000_007 + _serialOffset) % OrganisationCodes);
        Span<char> code = stackalloc char[9];
        for (var i = 8; i >= 0; i--)
        {
            code[i] = UnifiedSocialCreditCode.Alphabet[(int)(value % UnifiedSocialCreditCode.Alphabet.Length)];
            value /= UnifiedSocialCreditCode.Alphabet.Length;
        }

        first.Append(code);
        return first.Append(UnifiedSocialCreditCode.CheckChar(first.ToString())).ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    /// <summary>Current prefecture-level cities and the four municipalities, each with its current districts (区).</summary>
    private static City[] LoadCities()
    {
        var regions = Core.ReferenceData.Load(null).Regions;
        var current = regions.All
            .Where(r => r.IsCurrent && !r.IsPlaceholder && r.IsOfficialCode && !r.Code.StartsWith("71", StringComparison.Ordinal)
                && !r.Code.StartsWith("81", StringComparison.Ordinal) && !r.Code.StartsWith("82", StringComparison.Ordinal))
            .ToList();
        var districts = current.Where(r => r.Level == RegionLevel.County && r.Name.Length >= 3 && r.Name.EndsWith('区')).ToList();
        var cities = current
            .Where(r => r.Name.Length >= 3 && r.Name.EndsWith('市')
                && (r.Level == RegionLevel.Prefecture || (r.Level == RegionLevel.Province && RegionCodes.IsMunicipality(r.Code))))
            .Select(r =>
            {
                var prefix = r.Level == RegionLevel.Province ? r.Code[..2] : r.Code[..4];
                return new City(r.Name, r.Code, districts.Where(d => d.Code.StartsWith(prefix, StringComparison.Ordinal)).Select(d => d.Name).Order(StringComparer.Ordinal).ToArray());
            })
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToArray();
        var missing = BigCities.Where(b => cities.All(c => c.Name != b)).ToList();
        return missing.Count == 0 ? cities : throw new InvalidOperationException($"region catalog has no current city {string.Join(", ", missing)}");
    }

    private sealed record City(string Name, string Code, string[] Districts);

    private sealed record Company(string Key, City City, string? District, string Trade, string Industry, string LegalForm)
    {
        /// <summary>A registered branch's part (天河区分公司), or null.</summary>
        public string? Branch { get; init; }

        public string Name => City.Name + District + Trade + Industry + LegalForm;

        public string TradeIndustry => Trade + Industry;
    }

    private sealed record Drawn(
        Reservoir<Company> Bases,
        Reservoir<Company> Abbreviatable,
        Reservoir<(Company A, Company B)> Twins,
        Reservoir<(Company A, Company B)> Siblings,
        Reservoir<(Company Head, string Branch, string Key)> Branches,
        BloomFilter CoresOnce,
        BloomFilter CoresTwice);

    /// <summary>A uniform sample of at most <c>capacity</c> items of a stream (algorithm R), then handed out in turn.</summary>
    private sealed class Reservoir<T>(int capacity)
    {
        private readonly List<T> _items = new(Math.Min(capacity, 1 << 16));
        private long _seen;
        private int _next;

        public int Count => _items.Count;

        public void Offer(T item, Random random)
        {
            _seen++;
            if (_items.Count < capacity)
            {
                _items.Add(item);
                return;
            }

            var at = random.NextInt64(_seen);
            if (at < capacity)
            {
                _items[(int)at] = item;
            }
        }

        public void Shuffle(Random random)
        {
            for (var i = _items.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (_items[i], _items[j]) = (_items[j], _items[i]);
            }
        }

        /// <summary>The next sampled item; after the last, the first again.</summary>
        public T Next()
        {
            var item = _items[_next];
            _next = (_next + 1) % _items.Count;
            return item;
        }
    }

    /// <summary>A Bloom filter over strings with a fixed hash (runs are reproducible); about 1 % false positives at the expected count.</summary>
    private sealed class BloomFilter
    {
        private const int Hashes = 7;
        private readonly ulong[] _bits;
        private readonly ulong _size;

        public BloomFilter(long expected)
        {
            _size = (ulong)Math.Max(expected * 10, 1 << 16);
            _bits = new ulong[(_size + 63) / 64];
        }

        /// <summary>Adds <paramref name="text"/>; false when it was (probably) there already.</summary>
        public bool Add(string text)
        {
            var (h1, h2) = Hash(text);
            var added = false;
            for (ulong i = 0; i < Hashes; i++)
            {
                var bit = (h1 + (i * h2)) % _size;
                ref var word = ref _bits[bit >> 6];
                var mask = 1UL << (int)(bit & 63);
                added |= (word & mask) == 0;
                word |= mask;
            }

            return added;
        }

        /// <summary>False: certainly never added; true: probably added.</summary>
        public bool Contains(string text)
        {
            var (h1, h2) = Hash(text);
            for (ulong i = 0; i < Hashes; i++)
            {
                var bit = (h1 + (i * h2)) % _size;
                if ((_bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static (ulong, ulong) Hash(string text)
        {
            var h = 14695981039346656037UL;
            foreach (var c in text)
            {
                h = (h ^ c) * 1099511628211UL;
            }

            return (Mix(h), Mix(h ^ 0x9E3779B97F4A7C15UL) | 1);
        }

        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
