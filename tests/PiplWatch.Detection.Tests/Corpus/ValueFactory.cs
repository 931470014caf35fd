using System.Globalization;
using System.Text;
using PiplWatch.Core.Regions;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>
/// Generated values of every type, in the formats people write them, and decoys that imitate them. Every value is
/// made up: region codes, area codes and mobile blocks are real so that the values pass the engine's validators, the
/// rest is drawn at random.
/// </summary>
internal sealed class ValueFactory
{
    public const string CommonSurnames =
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

    public const string PlateProvinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /// <summary>
    /// The date the generated values are valid on (the detection tests' fixed "today"): birth dates end in 2010, decoys
    /// with a future birth date start in 2027. A constant, because the benchmarks link these files without the test fixture.
    /// </summary>
    public static readonly DateOnly ReferenceToday = new(2026, 11, 22);

    private const string PlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "上官", "诸葛", "慕容"];

    // Common given-name characters, written for this generator (not taken from the engine's lexicon).
    private static readonly char[] GivenChars = (
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建文辉力斌宇鹏飞浩凯俊帅鑫晨波宁欣悦婷雪琳晶颖慧倩佳嘉怡思雨梦蕾璐薇露瑶琪晓燕梅莉凤春秋冬海峰岩林森龙虎彬博昊然轩泽宸睿哲涵航铭昕彤妍诗可馨语雅一子天志国永德福荣贵成金宝顺利发庆山水云东江河新光亮清正和安康乐健兵学家民生立长振兴胜君伦庭书琴彩菊香翠珍珠莲月花美娇婉淑惠巧素丹青蓉蓓茜瑞祥宏毅豪松柏桐楠枫竹晖阳旭昌盛达远翔鸿鹤凌霄震雷霆洪润泉源深淼锋钢铁锦钰铮坤培均城垚琦琛璇瑾瑜璟珊玲琼瑛莹萱蓝芸芬芝苗茹荷菲萌蔚苏小晴朝卫红梓诺彦煜晗奕皓钧骏驰腾逸霖沛沁滢漫澜湘楚荣耀晟曦瀚凡峻岚娅媛婧娴妮妹琬瑄瑶瑗紫芷若依锐毅涌炜烨焕灿熙"
    ).Distinct().ToArray();

    private static readonly string[] GivenPairs =
    [
        "秀兰", "桂英", "建国", "建华", "志强", "海燕", "晓明", "子涵", "一诺", "梓轩", "欣怡", "雨桐", "浩然", "思远", "文博", "俊杰", "丽娟",
        "春梅", "玉兰", "国庆", "卫东", "红梅", "美玲", "家豪", "嘉怡", "宇航", "晓东", "小明", "小红", "立新", "淑珍", "桂兰", "秀英", "振华",
        "建军", "海涛", "晓燕", "明辉", "佳琪", "梦瑶",
    ];

    private static readonly string[] RoadStems =
    [
        "人民", "建设", "解放", "中山", "和平", "新华", "胜利", "文化", "朝阳", "东风", "光明", "幸福", "长江", "黄河", "青年", "团结", "健康",
        "工业", "友谊", "迎宾", "滨河", "五一", "红旗", "振兴", "学府", "世纪", "金桥", "锦绣", "育才", "府前", "新民", "复兴", "太行", "燕山",
        "长城", "永安", "安定", "裕华", "东环", "西环", "跃进", "民主", "新建", "平安", "富强", "兴业", "创业", "科技", "滨江", "湖滨", "桃园",
        "翠微", "沿江", "环城", "车站", "公园", "体育", "北京", "南京", "天山", "昆仑", "华山", "龙江", "白云", "青龙",
    ];

    private static readonly string[] Communities =
    [
        "阳光花园", "锦绣家园", "翠苑小区", "幸福里小区", "金色家园", "和谐家园", "书香苑", "碧水湾小区", "绿城小区", "御景园", "康居小区",
        "东方明珠小区", "世纪花园", "清水湾", "华府名苑", "龙湖花园", "馨苑小区", "嘉园", "怡景苑", "盛世华庭", "紫荆花园", "丽景湾",
        "建设小区", "电力宿舍", "教师公寓", "铁路新村", "棉纺厂家属院", "福馨园", "香榭丽都", "学苑小区",
    ];

    private static readonly string[] TownStems =
    [
        "城关", "新城", "马桥", "石桥", "河西", "东关", "柳林", "杨庄", "王庄", "大王店", "安肃", "黄庄", "南关", "北关", "白沟", "清河", "沙河",
        "高桥", "青山", "龙泉", "长乐", "太和", "永宁", "双河", "万安", "三江", "石门", "桃源", "梨园", "丰乐",
    ];

    private static readonly string[] VillageStems =
    [
        "东王", "西李", "北庄", "南关", "小杨庄", "前进", "红星", "胜利", "新民", "太平", "大刘庄", "后营", "张家", "李家洼", "王家庄", "前屯",
        "后屯", "西柳", "东辛庄", "马家坪", "黄土坡", "石岭", "沙窝", "何家湾", "上河", "下河", "高家", "孙家店", "杏花", "桃花峪",
    ];

    private static readonly string[] Pinyin =
    [
        "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma",
        "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "dong", "xiao", "cheng", "cao", "deng", "ming", "hua", "wei", "fang",
        "jun", "lei", "ting", "yu", "hao", "jie", "xin", "yan", "qiang", "jing", "li", "na", "min", "tao", "chao", "peng", "fei", "kai", "bo",
        "ning", "yue", "xue", "lin", "ying", "qian", "jia", "yi", "si", "meng", "lu", "wei", "qi", "xiaoming", "xiaohong", "jianguo", "zhiqiang",
    ];

    private static readonly string[] EmailDomains =
    [
        "example.com", "example.cn", "example.org", "example.net", "mail.example.org", "mail.example.com", "vip.example.cn", "corp.example.com",
        "example.com.cn", "hr.example.net",
    ];

    private static readonly string[] UnionPayBins =
    [
        "622202", "622848", "621700", "622700", "621661", "622588", "623058", "621483", "622609", "621226", "622908", "622262", "621799",
        "622150", "620058", "621559", "622821", "623668", "622630", "621081",
    ];

    private static readonly string[] OtherBins = ["601382", "603367", "438088", "427020", "405512", "456351", "518710", "524031", "552599", "545619", "531659"];

    private static readonly Lazy<string[]> MobileBlocksTable = new(() => ReadColumns("mobile-prefixes.tsv").Select(r => r[0]).ToArray());
    private static readonly Lazy<(string Code, string City)[]> AreaCodesTable = new(() => ReadColumns("landline-area-codes.tsv").Select(r => (r[0], r[1])).ToArray());

    private readonly Dice _dice;
    private readonly RegionCatalog _regions;
    private readonly IdNumber _ids;
    private readonly string[] _currentCounties;
    private readonly string[] _retiredCounties;
    private readonly string[] _orgRegions;
    private readonly Region[] _addressCounties;
    private readonly string[] _mobileBlocks;
    private readonly (string Code, string City)[] _areaCodes;

    public ValueFactory(Dice dice, RegionCatalog regions)
    {
        _dice = dice;
        _regions = regions;
        _ids = new IdNumber(regions, ReferenceToday);
        // Sorted: the catalog's own order comes from hashing and need not be stable between processes.
        var all = regions.All.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        static bool Mainland(Region r) => r.Code[0] is not '7' and not '8' && r.IsOfficialCode;
        _currentCounties = [.. all.Where(r => r.Level == RegionLevel.County && r.IsCurrent && !r.IsPlaceholder && Mainland(r)).Select(r => r.Code)];
        _retiredCounties = [.. all.Where(r => r.Level == RegionLevel.County && !r.IsCurrent && Mainland(r)).Select(r => r.Code)];
        _orgRegions = [.. all.Where(r => r.Level != RegionLevel.Province && r.IsCurrent && !r.IsPlaceholder && Mainland(r)).Select(r => r.Code)];
        _addressCounties = [.. all.Where(r => r.Level == RegionLevel.County && r.IsCurrent && !r.IsPlaceholder && Mainland(r) && r.Name.Length >= 2)];
        _mobileBlocks = MobileBlocksTable.Value;
        _areaCodes = AreaCodesTable.Value;
    }

    // ---------- People ----------

    public string Surname() =>
        _dice.Chance(0.03) ? _dice.Pick(CompoundSurnames) : CommonSurnames[_dice.Skewed(CommonSurnames.Length)].ToString();

    public string Name()
    {
        var surname = Surname();
        if (_dice.Chance(0.33))
        {
            return surname + GivenChars[_dice.Next(GivenChars.Length)];
        }

        if (_dice.Chance(0.3))
        {
            return surname + _dice.Pick(GivenPairs);
        }

        var first = GivenChars[_dice.Next(GivenChars.Length)];
        var second = GivenChars[_dice.Next(GivenChars.Length)];
        return string.Concat(surname, first.ToString(), second.ToString());
    }

    public string Gender() => _dice.Chance(0.5) ? "男" : "女";

    public string Honorific(string gender) => gender == "男" ? "先生" : _dice.Pick("女士", "女士", "小姐");

    // ---------- ID numbers ----------

    /// <summary>A valid 18-digit ID: mostly a current county, some retired codes, a few residence permits.</summary>
    public string IdNumber18()
    {
        var roll = _dice.Next(100);
        var region = roll < 80 ? _dice.Pick(_currentCounties) : roll < 95 ? _dice.Pick(_retiredCounties) : _dice.Pick("810000", "820000", "830000");
        var birth = _dice.Date(new DateOnly(1930, 1, 1), new DateOnly(2010, 12, 31));
        var first17 = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + _dice.Digits(3);
        return first17 + Validation.IdNumber.CheckChar(first17);
    }

    /// <summary>A first-generation 15-digit number: region, YYMMDD of a 19YY birth date, sequence.</summary>
    public string IdNumber15()
    {
        var region = _dice.Chance(0.6) ? _dice.Pick(_currentCounties) : _dice.Pick(_retiredCounties);
        var birth = _dice.Date(new DateOnly(1930, 1, 1), new DateOnly(1989, 12, 31));
        return region + birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + _dice.Digits(3);
    }

    public string AnyIdNumber() => _dice.Chance(0.03) ? IdNumber15() : IdNumber18();

    /// <summary>An ID as people write it: plain mostly, sometimes lowercase x, grouped, hyphenated or full-width.</summary>
    public string FormatId(string id)
    {
        if (id.Length == 15)
        {
            return _dice.Chance(0.1) ? FullWidth(id) : id;
        }

        var roll = _dice.Next(100);
        return roll switch
        {
            < 68 => id,
            < 76 => id[^1] == 'X' ? id[..^1] + "x" : id,
            < 83 => Group(id, " ", 4, 4, 4, 4, 2),
            < 87 => Group(id, " ", 6, 8, 4),
            < 92 => Group(id, "-", 6, 8, 4),
            < 94 => Group(id, " ", 6, 6, 6),
            _ => FullWidth(id),
        };
    }

    /// <summary>Digits split by HTML tags, as notices copied from a CMS or obfuscated against scrapers are.</summary>
    public string HtmlSplit(string value)
    {
        var cuts = new SortedSet<int>();
        var count = _dice.Between(1, 3);
        while (cuts.Count < count)
        {
            cuts.Add(_dice.Between(2, value.Length - 2));
        }

        var pieces = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(value[from..cut]);
            from = cut;
        }

        pieces.Add(value[from..]);
        var tag = _dice.Pick("span", "span", "b", "font");
        var sb = new StringBuilder(pieces[0]);
        for (var i = 1; i < pieces.Count - 1; i++)
        {
            sb.Append('<').Append(tag).Append('>').Append(pieces[i]).Append("</").Append(tag).Append('>');
        }

        if (pieces.Count == 2)
        {
            sb.Append("<span></span>");
        }

        return sb.Append(pieces[^1]).ToString();
    }

    // ---------- Phones ----------

    public string Mobile()
    {
        var block = _dice.Pick(_mobileBlocks);
        return block + _dice.Digits(11 - block.Length);
    }

    public string FormatMobile(string mobile)
    {
        var roll = _dice.Next(100);
        return roll switch
        {
            < 62 => mobile,
            < 72 => Group(mobile, " ", 3, 4, 4),
            < 81 => Group(mobile, "-", 3, 4, 4),
            < 84 => "+86 " + Group(mobile, " ", 3, 4, 4),
            < 86 => "+86-" + Group(mobile, "-", 3, 4, 4),
            < 89 => "+86" + mobile,
            < 91 => "0086 " + mobile,
            < 92 => "0086" + mobile,
            _ => FullWidth(mobile),
        };
    }

    /// <summary>A landline: a real area code and a local number of 7 or 8 digits starting 2–8, returned with its city.</summary>
    public (string Number, string City, int AreaLength) Landline()
    {
        var (code, city) = _dice.Pick(_areaCodes);
        var localLength = code.Length == 3 || _dice.Chance(0.75) ? 8 : 7;
        var local = ((char)('2' + _dice.Next(7))).ToString() + _dice.Digits(localLength - 1);
        return (code + local, city, code.Length);
    }

    public string FormatLandline((string Number, string City, int AreaLength) landline)
    {
        var area = landline.Number[..landline.AreaLength];
        var local = landline.Number[landline.AreaLength..];
        var roll = _dice.Next(100);
        return roll switch
        {
            < 50 => area + "-" + local,
            < 60 => "(" + area + ")" + local,
            < 64 => "（" + area + "）" + local,
            < 72 => area + " " + local,
            < 80 => area + local,
            < 88 when local.Length == 8 => area + "-" + local[..4] + "-" + local[4..],
            < 88 => area + "-" + local[..3] + "-" + local[3..],
            < 91 => "+86-" + area[1..] + "-" + local,
            < 94 => area + "－" + local,
            _ => FullWidth(area + "-" + local),
        };
    }

    // ---------- Cards and codes ----------

    public string BankCard()
    {
        var unionPay = _dice.Chance(0.82);
        var bin = unionPay ? _dice.Pick(UnionPayBins) : _dice.Pick(OtherBins);
        var length = unionPay ? (_dice.Chance(0.6) ? 19 : 16) : 16;
        var body = bin + _dice.Digits(length - 1 - bin.Length);
        return body + LuhnCheckDigit(body);
    }

    public string FormatBankCard(string card)
    {
        var roll = _dice.Next(100);
        return roll switch
        {
            < 68 => card,
            < 94 => Group(card, " ", 4, 4, 4, 4, 4),
            _ => Group(card, "-", 4, 4, 4, 4, 4),
        };
    }

    public string OrgId()
    {
        while (true)
        {
            var tail = _dice.Chance(0.5) ? "MA" + _dice.Chars(UnifiedSocialCreditCode.Alphabet, 7) : _dice.Digits(8) + _dice.Chars(UnifiedSocialCreditCode.Alphabet, 1);
            var first17 = "91" + _dice.Pick(_orgRegions) + tail;
            var code = first17 + UnifiedSocialCreditCode.CheckChar(first17);
            if (_ids.Check(code) != IdProblem.None)
            {
                return code;
            }
        }
    }

    public string Passport() => _dice.Next(100) switch
    {
        < 50 => "E" + _dice.Digits(8),
        < 85 => "E" + _dice.Chars(PlateLetters, 1) + _dice.Digits(7),
        _ => "G" + _dice.Digits(8),
    };

    /// <summary>往来港澳通行证 (C + 8 digits, C + letter + 7 digits) or 回乡证 (H/M + 10 digits).</summary>
    public string HkMacauPermit(bool homeReturn) => homeReturn
        ? _dice.Pick("H", "H", "M") + _dice.Digits(8) + Dice.N(_dice.Between(0, 12), 2)
        : _dice.Chance(0.55) ? "C" + _dice.Digits(8) : "C" + _dice.Chars(PlateLetters, 1) + _dice.Digits(7);

    public string Plate()
    {
        var province = PlateProvinces[_dice.Next(PlateProvinces.Length)].ToString();
        var letter = _dice.Chance(0.6) ? "ABCDEFGH"[_dice.Next(8)].ToString() : _dice.Chars(PlateLetters, 1);
        var dot = _dice.Next(100) switch
        {
            < 14 => "·",
            < 17 => " ",
            _ => string.Empty,
        };
        string serial;
        var roll = _dice.Next(100);
        if (roll < 40)
        {
            serial = _dice.Digits(5);
        }
        else if (roll < 70)
        {
            var chars = _dice.Digits(4).ToList();
            chars.Insert(_dice.Next(5), _dice.Chars(PlateLetters, 1)[0]);
            serial = new string([.. chars]);
        }
        else if (roll < 83)
        {
            var chars = _dice.Digits(3).ToList();
            chars.Insert(_dice.Next(4), _dice.Chars(PlateLetters, 1)[0]);
            chars.Insert(_dice.Next(5), _dice.Chars(PlateLetters, 1)[0]);
            serial = new string([.. chars]);
        }
        else if (roll < 96)
        {
            serial = _dice.Pick("D", "F") + (_dice.Chance(0.5) ? _dice.Chars(PlateLetters, 1) : _dice.Digits(1)) + _dice.Digits(4);
        }
        else
        {
            serial = _dice.Digits(5) + _dice.Pick("D", "F");
        }

        return province + letter + dot + serial;
    }

    public string Email()
    {
        string local;
        var a = _dice.Pick(Pinyin);
        var b = _dice.Pick(Pinyin);
        local = _dice.Next(100) switch
        {
            < 22 => b + "." + a,
            < 44 => a + b + Dice.N(_dice.Between(1, 9999)),
            < 56 => a + "_" + b,
            < 64 => a + b + "+" + _dice.Pick("shop", "job", "work", "news"),
            < 74 => string.Concat(a[..1], b[..1], _dice.Digits(_dice.Between(3, 6))),
            < 86 => _dice.Number(_dice.Between(6, 10)),
            < 92 => a + "-" + b + Dice.N(_dice.Between(70, 99)),
            _ => char.ToUpperInvariant(a[0]) + a[1..] + "." + char.ToUpperInvariant(b[0]) + b[1..],
        };
        return local + "@" + _dice.Pick(EmailDomains);
    }

    /// <summary>An IPv4 from the documentation or private ranges, or a documentation IPv6.</summary>
    public string Ip()
    {
        var roll = _dice.Next(100);
        string Octet() => Dice.N(_dice.Between(1, 254));
        return roll switch
        {
            < 25 => "203.0.113." + Octet(),
            < 42 => "198.51.100." + Octet(),
            < 52 => "192.0.2." + Octet(),
            < 64 => "10." + Dice.N(_dice.Between(0, 255)) + "." + Dice.N(_dice.Between(0, 255)) + "." + Octet(),
            < 80 => "192.168." + Dice.N(_dice.Between(0, 255)) + "." + Octet(),
            < 90 => "172." + Dice.N(_dice.Between(16, 31)) + "." + Dice.N(_dice.Between(0, 255)) + "." + Octet(),
            < 95 => "2001:db8::" + Hex(1, 4),
            < 98 => "2001:db8:" + Hex(1, 4) + "::" + Hex(1, 4) + ":" + Hex(1, 4),
            _ => "2001:0db8:" + Hex(4, 4) + ":" + Hex(4, 4) + ":0000:0000:" + Hex(4, 4) + ":" + Hex(4, 4),
        };
    }

    // ---------- Addresses ----------

    /// <summary>A postal address below district level, with or without its division names.</summary>
    public string Address(bool allowBare = true)
    {
        var county = _dice.Pick(_addressCounties);
        var path = _regions.PathOf(county);
        var province = path.Province?.Name ?? string.Empty;
        var prefecture = path.Prefecture is { IsCurrent: true, IsPlaceholder: false } p ? p.Name : string.Empty;
        var form = _dice.Weighted(("full", 42.0), ("prefecture", 26.0), ("county", 12.0), ("bare", allowBare ? 14.0 : 0.0), ("spaced", 6.0));
        var division = form switch
        {
            "full" => province + prefecture + county.Name,
            "prefecture" => (prefecture.Length > 0 ? prefecture : province) + county.Name,
            "county" => county.Name,
            "spaced" => string.Join(" ", new[] { province, prefecture, county.Name }.Where(s => s.Length > 0)) + " ",
            _ => string.Empty,
        };

        var village = _dice.Chance(form == "bare" ? 0.15 : 0.25) && !county.Name.EndsWith('区');
        return division + (village ? VillageDetail() : UrbanDetail());
    }

    public string Road() =>
        _dice.Pick(RoadStems) + (_dice.Chance(0.2) ? _dice.Pick("东", "西", "南", "北", "中") : string.Empty)
        + _dice.Weighted(("路", 50.0), ("街", 14.0), ("大街", 12.0), ("大道", 10.0), ("巷", 5.0), ("胡同", 2.0), ("道", 4.0));

    /// <summary>An address with its detail masked, as published notices show it.</summary>
    public string MaskedAddress()
    {
        var (_, prefecture, county) = Division();
        return prefecture + county + _dice.Pick("****", "******", Road() + "**号", Road() + "***", "**镇**村");
    }

    /// <summary>A county (district) name with its city, for headers of notices: 保定市徐水区.</summary>
    public (string Province, string Prefecture, string County) Division()
    {
        var county = _dice.Pick(_addressCounties);
        var path = _regions.PathOf(county);
        var prefecture = path.Prefecture is { IsCurrent: true, IsPlaceholder: false } p ? p.Name : path.Province?.Name ?? string.Empty;
        return (path.Province?.Name ?? string.Empty, prefecture, county.Name);
    }

    // ---------- Decoys ----------

    /// <summary>An 18-digit number shaped like an ID that fails validation: check digit, impossible or future date, unknown region.</summary>
    public string InvalidId()
    {
        while (true)
        {
            var valid = IdNumber18();
            var candidate = _dice.Next(5) switch
            {
                0 => valid[..17] + OtherCheck(valid[17]),
                1 => valid[..10] + _dice.Pick("13", "14", "00", "19") + valid[12..],
                2 => valid[..12] + _dice.Pick("32", "00", "31") + valid[14..],
                3 => _dice.Pick("999999", "000000", "990101", "380102", "560103") + valid[6..],
                _ => valid[..6] + Dice.N(_dice.Between(2027, 2099)) + valid[10..],
            };
            var first17 = candidate[..17];
            var checkFixed = _dice.Chance(0.5) && candidate[17] == valid[17] ? first17 + Validation.IdNumber.CheckChar(first17) : candidate;
            if (_ids.Check(checkFixed) != IdProblem.None && !UnifiedSocialCreditCode.IsValid(checkFixed))
            {
                return checkFixed;
            }
        }
    }

    /// <summary>An 18-digit number that no validator accepts (not an ID, not a card, not a credit code).</summary>
    public string Random18()
    {
        while (true)
        {
            var value = _dice.Number(18);
            if (_ids.Check(value) != IdProblem.None && !(Luhn.IsValid(value) && Luhn.HasPlausibleIssuer(value)) && !UnifiedSocialCreditCode.IsValid(value))
            {
                return value;
            }
        }
    }

    public string MaskedId()
    {
        var id = IdNumber18();
        var star = _dice.Chance(0.85) ? '*' : '＊';
        return _dice.Next(6) switch
        {
            0 or 1 => id[..6] + new string(star, 8) + id[14..],
            2 => id[..3] + new string(star, 11) + id[14..],
            3 => id[..1] + new string(star, 16) + id[17..],
            4 => id[..14] + new string(star, 4),
            _ => id[..10] + new string(star, 8),
        };
    }

    public string MaskedMobile()
    {
        var m = Mobile();
        return _dice.Next(4) switch
        {
            0 or 1 => m[..3] + "****" + m[7..],
            2 => m[..3] + " **** " + m[7..],
            _ => m[..7] + "****",
        };
    }

    public string MaskedName()
    {
        var s = Surname();
        return _dice.Next(6) switch
        {
            0 => s + "*",
            1 => s + "**",
            2 => s + "某",
            3 => s + "某某",
            4 => s + "*" + GivenChars[_dice.Next(GivenChars.Length)],
            _ => s + "×",
        };
    }

    public string MaskedBankCard()
    {
        var card = BankCard();
        return _dice.Chance(0.5) ? card[..4] + " **** **** " + card[^4..] : card[..6] + new string('*', card.Length - 10) + card[^4..];
    }

    /// <summary>An 11-digit number starting with 1 that is in no assigned mobile block.</summary>
    public string InvalidMobile()
    {
        while (true)
        {
            var value = "1" + _dice.Pick("00", "01", "09", "10", "12", "20", "23", "40", "41", "42", "43", "44", "46", "48", "54", "60", "63", "64", "68", "69", "79", "94") + _dice.Digits(8);
            if (!PhoneNumbers.Default.IsMobile(value))
            {
                return value;
            }
        }
    }

    public string OrderNumber() => _dice.Next(5) switch
    {
        0 => "DD" + Stamp() + _dice.Digits(6),
        1 => Stamp()[..8] + _dice.Digits(12),
        2 => _dice.Pick("E", "T", "JD", "PDD", "TB") + _dice.Digits(_dice.Between(16, 19)),
        3 => Stamp() + _dice.Digits(5),
        _ => _dice.Pick("2025", "2026") + _dice.Digits(15),
    };

    /// <summary>A tracking number in the shape the carrier uses; any carrier's shape when none is named.</summary>
    public string TrackingNumber(string? carrier = null) => carrier switch
    {
        "顺丰" => "SF" + _dice.Digits(13),
        "圆通" => "YT" + _dice.Digits(13),
        "极兔" => "JT" + _dice.Digits(13),
        "京东" => "JDVA" + _dice.Digits(11),
        "中通" => "7" + _dice.Digits(13),
        "韵达" => "4" + _dice.Digits(14),
        "申通" => "77" + _dice.Digits(13),
        "邮政EMS" => _dice.Chance(0.5) ? "98" + _dice.Digits(11) : "1" + _dice.Digits(12),
        _ => TrackingNumber(_dice.Pick("顺丰", "圆通", "极兔", "京东", "中通", "韵达", "申通", "邮政EMS")),
    };

    /// <summary>A compact timestamp: 20250301123045.</summary>
    public string Stamp()
    {
        var date = _dice.Date(new DateOnly(2023, 1, 1), new DateOnly(2026, 10, 31));
        return date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Dice.N(_dice.Between(0, 23), 2) + Dice.N(_dice.Between(0, 59), 2) + Dice.N(_dice.Between(0, 59), 2);
    }

    public string Amount()
    {
        var value = _dice.Between(1, 2_000_000) / 100.0 * (_dice.Chance(0.3) ? 100 : 1);
        return _dice.Chance(0.6) ? value.ToString("N2", CultureInfo.InvariantCulture) : value.ToString("F2", CultureInfo.InvariantCulture);
    }

    public string ServiceNumber() => _dice.Pick("12345", "95588", "95533", "95566", "10086", "10010", "12315", "12320", "400-800-1234", "400-820-8820", "4006-123-456", "800-810-8888");

    public string Version() => string.Join(".", Dice.N(_dice.Between(1, 12)), Dice.N(_dice.Between(0, 20)), Dice.N(_dice.Between(0, 30)), Dice.N(_dice.Between(0, 999)));

    /// <summary>A product model code with a passport's shape (型号 E12345678).</summary>
    public string ModelCode() => _dice.Pick("E", "G", "C") + _dice.Digits(8);

    // ---------- Words ----------

    public string Company()
    {
        var (_, prefecture, _) = Division();
        var place = prefecture.Length > 2 && prefecture.EndsWith('市') ? prefecture[..^1] : prefecture;
        return (_dice.Chance(0.8) ? place : "（" + place + "）") + _dice.Pick("华信", "恒达", "鑫源", "博远", "智联", "东方", "金诚", "瑞丰", "天成", "宏图", "新锐", "云帆", "卓越", "盛世", "中科", "腾达", "永泰", "嘉禾", "众创", "蓝海")
            + _dice.Pick("科技", "信息技术", "商贸", "物流", "餐饮管理", "人力资源服务", "教育咨询", "房地产经纪", "电子商务", "健身服务", "物业服务", "网络科技", "医疗器械", "文化传媒")
            + _dice.Pick("有限公司", "有限公司", "有限责任公司", "股份有限公司");
    }

    public string Date(int fromYear, int toYear, string style)
    {
        var d = _dice.Date(new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 28));
        return style switch
        {
            "cn" => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
            "slash" => d.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
            "dot" => d.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
            "month" => d.ToString("yyyy.MM", CultureInfo.InvariantCulture),
            "cnmonth" => d.ToString("yyyy年M月", CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public string Time(bool seconds = false) =>
        Dice.N(_dice.Between(7, 22), 2) + ":" + Dice.N(_dice.Between(0, 59), 2) + (seconds ? ":" + Dice.N(_dice.Between(0, 59), 2) : string.Empty);

    // ---------- Helpers ----------

    public static string Group(string value, string separator, params int[] sizes)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (var size in sizes)
        {
            if (at >= value.Length)
            {
                break;
            }

            if (at > 0)
            {
                sb.Append(separator);
            }

            var take = Math.Min(size, value.Length - at);
            sb.Append(value, at, take);
            at += take;
        }

        if (at < value.Length)
        {
            sb.Append(separator).Append(value, at, value.Length - at);
        }

        return sb.ToString();
    }

    public static string FullWidth(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? (char)(c + 0xFEE0) : c == '-' ? '－' : c);
        }

        return sb.ToString();
    }

    public static char LuhnCheckDigit(string body) => Validation.Luhn.CheckDigit(body);

    private string UrbanDetail()
    {
        var sb = new StringBuilder();
        if (_dice.Chance(0.08))
        {
            sb.Append(_dice.Pick(TownStems)).Append("街道");
        }

        sb.Append(Road()).Append(Dice.N(_dice.Chance(0.7) ? _dice.Between(1, 199) : _dice.Between(200, 999))).Append('号');
        var building = Dice.N(_dice.Between(1, 32));
        var unit = Dice.N(_dice.Between(1, 6));
        var room = Dice.N(_dice.Between(1, 28)) + Dice.N(_dice.Between(1, 4), 2);
        switch (_dice.Next(10))
        {
            case 0 or 1:
                break;
            case 2 or 3:
                sb.Append(_dice.Pick(Communities)).Append(building).Append('栋').Append(unit).Append("单元").Append(room).Append('室');
                break;
            case 4:
                sb.Append(_dice.Pick(Communities)).Append(building).Append("号楼").Append(unit).Append("单元").Append(room);
                break;
            case 5:
                sb.Append('院').Append(building).Append("号楼").Append(room).Append('室');
                break;
            case 6:
                sb.Append(_dice.Pick(Communities)).Append(building).Append('-').Append(unit).Append('-').Append(room);
                break;
            case 7:
                sb.Append(_dice.Pick(Communities)).Append(building).Append('幢').Append(room).Append('室');
                break;
            case 8:
                sb.Append(building).Append('栋').Append(room);
                break;
            default:
                sb.Append(room).Append('室');
                break;
        }

        return sb.ToString();
    }

    private string VillageDetail()
    {
        var sb = new StringBuilder();
        sb.Append(_dice.Pick(TownStems)).Append(_dice.Chance(0.8) ? "镇" : "乡").Append(_dice.Pick(VillageStems)).Append('村');
        switch (_dice.Next(10))
        {
            case < 4:
                sb.Append(_dice.Chance(0.7) ? Dice.N(_dice.Between(1, 12)) : "一二三四五六七八九十"[_dice.Next(10)].ToString()).Append('组');
                break;
            case < 6:
                sb.Append(Dice.N(_dice.Between(1, 12))).Append('组').Append(Dice.N(_dice.Between(1, 99))).Append('号');
                break;
            case < 9:
                sb.Append(Dice.N(_dice.Between(1, 300))).Append('号');
                break;
            default:
                break;
        }

        return sb.ToString();
    }

    private char OtherCheck(char check)
    {
        const string CheckChars = "0123456789X";
        while (true)
        {
            var c = CheckChars[_dice.Next(CheckChars.Length)];
            if (c != check)
            {
                return c;
            }
        }
    }

    private string Hex(int min, int max)
    {
        var length = _dice.Between(min, max);
        var s = _dice.Chars("0123456789abcdef", length);
        return length > 1 ? s.TrimStart('0') is { Length: > 0 } t ? t : "1" : s == "0" ? "1" : s;
    }

    private static List<string[]> ReadColumns(string file)
    {
        using var stream = typeof(PiiDetector).Assembly.GetManifestResourceStream("PiplWatch.Detection.Data." + file)
            ?? throw new InvalidOperationException($"Embedded detection data '{file}' is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
