using System.Globalization;
using System.Text;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Linkage;
using PiplWatch.Detection.Text;
using PiplWatch.Detection.Validation;
using static PiplWatch.Analytics.Models.FakeRecruitment.FakeRecruitmentDemoVocabulary;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// Builds the demo data of <see cref="FakeRecruitmentDemoGenerator"/> from one seed: registry records first (so that
/// invented names can be checked against all of them), then the postings, then ids and subjects.
/// </summary>
internal sealed partial class FakeRecruitmentDemoBuilder
{
    private const string Active = "存续（在营、开业、在册）";
    private const int FillerAdvertisers = 230;
    private const int FillerRegistryOnly = 320;

    private static readonly Dictionary<string, string> StatusOf = new(StringComparer.Ordinal)
    {
        [Active] = "active",
        ["在业"] = "active",
        ["注销"] = "deregistered",
        ["吊销，已注销"] = "deregistered",
        ["吊销，未注销"] = "revoked",
        ["吊销"] = "revoked",
        ["迁出"] = "moved_out",
    };

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private readonly Random _r;
    private readonly CompanyNameNormalizer _normalizer = CompanyNameNormalizer.Default;
    private readonly List<DemoCompanyRecord> _registry = [];
    private readonly List<string> _registryCores = [];
    private readonly List<Draft> _drafts = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cores = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usccs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);
    private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
    private readonly List<Case> _planted = [];
    private readonly List<Case> _lookAlikes = [];
    private readonly List<Co> _filler = [];
    private int _nextFiller;

    public FakeRecruitmentDemoBuilder(int seed) => _r = new Random(seed);

    public IReadOnlyList<DemoPosting> Postings { get; private set; } = [];

    public IReadOnlyList<DemoCompanyRecord> Registry { get; private set; } = [];

    public IReadOnlyList<PlantedCase> Planted { get; private set; } = [];

    public IReadOnlyList<PlantedCase> LookAlikes { get; private set; } = [];

    public void Build()
    {
        var first = FakeRecruitmentDemoGenerator.FirstDay;
        var days = FakeRecruitmentDemoGenerator.LastDay.DayNumber - first.DayNumber + 1;

        // Ordinary advertisers: registered, active, established years ago, each with its own phone and address.
        for (var i = 0; i < FillerAdvertisers; i++)
        {
            var (industry, group) = Pick(Industries);
            var city = _r.NextDouble() < 0.8 ? "广州市" : "广州";
            var name = NewName(city, industry, LegalForm(), latin: _r.NextDouble() < 0.06);
            int? insured = _r.NextDouble() < 0.15 ? null : 1 + (int)Math.Min(2500, Math.Exp(_r.NextDouble() * 7));
            _filler.Add(Register(name, _r.Next(5) < 3 ? Active : "在业", RandomDate(new DateOnly(2003, 1, 1), new DateOnly(2023, 12, 31)), insured, false, group));
        }

        var special = RegisterSpecial();

        // Registry records that advertise nothing: every status, some on the abnormal list, some with no insured staff.
        for (var i = 0; i < FillerRegistryOnly; i++)
        {
            var (industry, group) = Pick(Industries);
            var status = _r.NextDouble() switch { < 0.62 => Active, < 0.72 => "在业", < 0.82 => "注销", < 0.87 => "吊销，已注销", < 0.91 => "吊销，未注销", < 0.94 => "吊销", _ => "迁出" };
            int? insured = _r.NextDouble() switch { < 0.2 => 0, < 0.35 => null, _ => 1 + _r.Next(300) };
            Register(NewName(_r.NextDouble() < 0.85 ? "广州市" : "广州", industry, LegalForm()), status, RandomDate(new DateOnly(2000, 1, 1), new DateOnly(2025, 10, 31)), insured, _r.NextDouble() < 0.06, group);
        }

        // Invented companies are named only now, against every registry record.
        NameUnregistered(special);

        foreach (var co in _filler)
        {
            var count = 1 + (int)Math.Min(39, -Math.Log(1 - _r.NextDouble()) * 10);
            for (var i = 0; i < count; i++)
            {
                Post(co, co.Platform(_r), first.AddDays(_r.Next(days)));
            }
        }

        PostSpecial(special, first, days);
        Finish();
    }

    // ------------------------------------------------------------------ companies

    private Co Register(string name, string statusText, DateOnly established, int? insured, bool abnormal, Group group, string? address = null, string? phone = null, string? unknownInsuredAs = null)
    {
        var uscc = NewUscc(established);
        phone ??= NewPhone(_r.NextDouble() < 0.55);
        address ??= NewAddress();
        _registry.Add(new DemoCompanyRecord
        {
            Uscc = uscc,
            Name = name,
            Status = StatusOf[statusText],
            StatusText = statusText,
            EstablishedOn = established,
            EstablishedOnText = _r.NextDouble() switch
            {
                < 0.6 => established.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                < 0.85 => established.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
                _ => established.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
            },
            Capital = Capital(),
            Address = address,
            LegalRep = PersonName(),
            Phone = FormatPhone(phone, 0),
            Insured = insured,
            InsuredText = insured?.ToString(CultureInfo.InvariantCulture) ?? unknownInsuredAs ?? (_r.Next(2) == 0 ? "-" : string.Empty),
            Abnormal = abnormal,
        });
        _registryCores.Add(_normalizer.Normalize(name).Core);
        return new Co(name, uscc, uscc, phone, Contact(), group, address, this);
    }

    private Co Unregistered(string name, Group group) =>
        new(name, "unregistered:" + name, null, NewPhone(true), Contact(), group, NewAddress(), this);

    /// <summary>A new name whose core is unique in the registry and begins with its trade name (no place eats into it).</summary>
    private string NewName(string city, string industry, string legal, bool latin = false, Func<string, string>? shape = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var trade = TradeName(latin, attempt);
            var name = shape is null ? city + trade + industry + legal : shape(trade);
            if (Available(name, trade))
            {
                return Claim(name);
            }
        }
    }

    private bool Available(string name, string trade)
    {
        var n = _normalizer.Normalize(name);
        return !_names.Contains(name) && !_cores.Contains(n.Core) && n.Core.StartsWith(trade, StringComparison.Ordinal) && n.Branch.Length == 0;
    }

    private string Claim(string name)
    {
        _names.Add(name);
        _cores.Add(_normalizer.Normalize(name).Core);
        return name;
    }

    /// <summary>An invented name: no registry core equals it, and none comes near it (fuzzy score <see cref="InventedMargin"/> under the linker's threshold).</summary>
    private (string Name, string Trade) NewUnregisteredName(Func<string, string> shape)
    {
        for (var attempt = 0; ; attempt++)
        {
            var trade = TradeName(false, attempt);
            var name = shape(trade);
            var core = _normalizer.Normalize(name).Core;
            if (Available(name, trade) && _registryCores.All(c => Linkage.FuzzyScore(core, c) < Linkage.MinScore - InventedMargin))
            {
                return (Claim(name), trade);
            }
        }
    }

    private string TradeName(bool latin, int attempt)
    {
        var length = attempt > 200 ? 4 : _r.NextDouble() < 0.55 ? 2 : 3;
        var builder = new StringBuilder(latin ? Latin[_r.Next(Latin.Length)] : string.Empty);
        for (var i = 0; i < (latin ? 2 : length); i++)
        {
            builder.Append(TradeChars[_r.Next(TradeChars.Length)]);
        }

        return builder.ToString();
    }

    private string LegalForm() => _r.NextDouble() < 0.85 ? "有限公司" : "有限责任公司";

    /// <summary>A code of a Guangzhou registration authority: Tianhe mostly, some neighbouring districts.</summary>
    private string NewUscc(DateOnly established)
    {
        string[] districts = ["440106", "440106", "440106", "440106", "440106", "440106", "440103", "440104", "440105", "440111"];
        var region = districts[_r.Next(districts.Length)];

        while (true)
        {
            var builder = new StringBuilder("91").Append(region);
            if (established.Year >= 2016)
            {
                builder.Append("MA5");
                for (var i = 0; i < 6; i++)
                {
                    builder.Append(UnifiedSocialCreditCode.Alphabet[_r.Next(UnifiedSocialCreditCode.Alphabet.Length)]);
                }
            }
            else
            {
                for (var i = 0; i < 9; i++)
                {
                    builder.Append((char)('0' + _r.Next(10)));
                }
            }

            var code = builder.Append(UnifiedSocialCreditCode.CheckChar(builder.ToString())).ToString();
            if (_usccs.Add(code))
            {
                return code;
            }
        }
    }

    private string NewPhone(bool mobile)
    {
        string[] prefixes = ["135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "186", "187", "188", "189", "180", "181", "130", "131", "132", "155", "156", "177", "173", "199", "191"];
        while (true)
        {
            var digits = mobile
                ? prefixes[_r.Next(prefixes.Length)] + _r.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture)
                : "020" + "3862"[_r.Next(4)] + _r.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
            if (_phones.Add(digits))
            {
                return digits;
            }
        }
    }

    /// <summary>A phone as people write it; the digits (with +86 removed) stay the same.</summary>
    private static string FormatPhone(string digits, int style)
    {
        if (digits.StartsWith('0'))
        {
            return (style % 3) switch
            {
                0 => digits[..3] + "-" + digits[3..],
                1 => "(" + digits[..3] + ")" + digits[3..],
                _ => digits,
            };
        }

        return (style % 4) switch
        {
            0 => digits,
            1 => $"{digits[..3]}-{digits[3..7]}-{digits[7..]}",
            2 => $"+86 {digits[..3]} {digits[3..7]} {digits[7..]}",
            _ => $"{digits[..3]} {digits[3..7]} {digits[7..]}",
        };
    }

    private string NewAddress()
    {
        while (true)
        {
            var street = Streets[_r.Next(Streets.Length)];
            var number = 1 + _r.Next(400);
            var room = ((2 + _r.Next(30)) * 100) + 1 + _r.Next(20);
            var address = _r.Next(3) switch
            {
                0 => string.Create(CultureInfo.InvariantCulture, $"广州市天河区{street}{number}号{room}房"),
                1 => string.Create(CultureInfo.InvariantCulture, $"广州市天河区{street}{number}号{"ABCD"[_r.Next(4)]}座{room}室"),
                _ => string.Create(CultureInfo.InvariantCulture, $"广州市天河区{street}{number}号{1 + _r.Next(9)}栋{room}房"),
            };
            if (_addresses.Add(AddressKey(address)))
            {
                return address;
            }
        }
    }

    /// <summary>
    /// One room written the ways registry clerks write it (spaces, full-width digits, a comma): the same address once
    /// normalised. The room is reserved so that no other company is given it.
    /// </summary>
    private List<string> RoomVariants(string street, int number, string room, int count)
    {
        var plain = string.Create(CultureInfo.InvariantCulture, $"广州市天河区{street}{number}号{room}房");
        if (!_addresses.Add(AddressKey(plain)))
        {
            throw new InvalidOperationException($"the demo address {plain} is taken");
        }

        var wide = CharFold.Widen(plain, char.IsAsciiDigit);
        string[] forms = [plain, plain.Replace("号", "号 ", StringComparison.Ordinal), wide, plain.Replace("号", "号，", StringComparison.Ordinal)];
        return Enumerable.Range(0, count).Select(i => forms[i % forms.Length]).ToList();
    }

    private string Capital()
    {
        var amount = (int[])[3, 10, 30, 50, 100, 100, 200, 500, 1000] is var amounts ? amounts[_r.Next(amounts.Length)] : 100;
        return _r.NextDouble() switch
        {
            < 0.5 => string.Create(CultureInfo.InvariantCulture, $"{amount}万元人民币"),
            < 0.8 => string.Create(CultureInfo.InvariantCulture, $"{amount}.000000万人民币"),
            < 0.93 => string.Create(CultureInfo.InvariantCulture, $"{amount}万元"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, amount / 7)}万美元"),
        };
    }

    private string PersonName()
    {
        var builder = new StringBuilder().Append(Surnames[_r.Next(Surnames.Length)]);
        for (var i = _r.Next(1, 3); i > 0; i--)
        {
            builder.Append(GivenChars[_r.Next(GivenChars.Length)]);
        }

        return builder.ToString();
    }

    private string Contact() => Surnames[_r.Next(Surnames.Length)] + ContactTitles[_r.Next(ContactTitles.Length)];

    private string NewAccount(string prefix)
    {
        while (true)
        {
            var account = prefix + _r.Next(100_000, 10_000_000).ToString(CultureInfo.InvariantCulture);
            if (_accounts.Add(account))
            {
                return account;
            }
        }
    }

    private DateOnly RandomDate(DateOnly from, DateOnly to) => DateOnly.FromDayNumber(from.DayNumber + _r.Next(to.DayNumber - from.DayNumber + 1));

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    private Co NextFiller(Group? group = null)
    {
        // Hosts for single planted or look-alike postings: ordinary advertisers, each used once, in order.
        while (true)
        {
            var co = _filler[_nextFiller++];
            if (group is null || co.Group == group)
            {
                return co;
            }
        }
    }

    // ------------------------------------------------------------------ postings

    private Draft Post(Co co, string platform, DateOnly day, Title? title = null, (double? Min, double? Max)? salary = null, string? spelling = null,
        string? accountCompany = null, string? accountId = null, string? phone = null, string? contact = null, string? extra = null, string? uscc = null)
    {
        title ??= PickTitle(co.Group);
        var (min, max) = salary ?? Salary(title);
        var a = platform == FakeRecruitmentDemoGenerator.PlatformA;
        var posted = a ? day.ToDateTime(new TimeOnly(8 + _r.Next(14), _r.Next(60), _r.Next(60))) : day.ToDateTime(TimeOnly.MinValue);
        var writtenName = spelling ?? (co.Latin && !a && _r.Next(2) == 0 ? CharFold.Widen(co.Name) : co.Name);
        var draft = new Draft(_drafts.Count, co, new DemoPosting
        {
            Platform = platform,
            PostingId = string.Empty,
            CompanyKey = co.Key,
            CompanyName = writtenName,
            AccountId = accountId ?? (a ? co.AccountA : co.AccountB),
            AccountCompany = accountCompany ?? (co.Uscc is null || _r.NextDouble() < 0.1 ? string.Empty : co.Name),
            Uscc = a ? string.Empty : uscc ?? (co.Uscc is not null && spelling is null && _r.NextDouble() < 0.8 ? co.Uscc : string.Empty),
            PhoneDigits = phone ?? co.Phone,
            ContactPhone = FormatPhone(phone ?? co.Phone, _r.Next(4)),
            ContactName = contact ?? co.Contact,
            WorkAddress = a ? "广州市天河区·" + Areas[_r.Next(Areas.Length)] : co.Address,
            Title = WriteTitle(title.Name),
            SalaryMin = min,
            SalaryMax = max,
            SalaryMinText = min is null ? (a && max is null ? "面议" : string.Empty) : a ? SalaryA(min.Value) : SalaryB(min.Value),
            SalaryMaxText = max is null ? string.Empty : a ? SalaryA(max.Value) : SalaryB(max.Value),
            PostedAt = posted,
            PostedAtText = a ? posted.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : _r.NextDouble() switch
            {
                < 0.5 => day.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
                < 0.75 => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => (day.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture),
            },
            Description = Describe(title, a, extra),
        });
        _drafts.Add(draft);
        return draft;
    }

    private Title PickTitle(Group group)
    {
        var pool = _r.NextDouble() < 0.7 ? Titles.Where(t => t.Group == group).ToArray() : Titles.Where(t => t.Group == Group.General).ToArray();
        return pool[_r.Next(pool.Length)];
    }

    private (double? Min, double? Max) Salary(Title title)
    {
        var roll = _r.NextDouble();
        if (roll < 0.03)
        {
            return (null, null);
        }

        // Highest pay 0.8–1.5 × the title's usual pay: every ordinary posting stays well under 2.5 × the median.
        var max = Math.Round(title.Base * (0.8 + (_r.NextDouble() * 0.7)) / 500) * 500;
        var min = Math.Max(2000, Math.Round(max * (0.6 + (_r.NextDouble() * 0.25)) / 500) * 500);
        return roll < 0.07 ? (min, null) : (min, max);
    }

    private string SalaryA(double value) => _r.Next(4) switch
    {
        1 when value < 10_000 => (value / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "千",
        2 when value >= 10_000 && value % 1000 == 0 => (value / 10_000).ToString("0.#", CultureInfo.InvariantCulture) + "万",
        3 when value % 1000 == 0 => (value / 1000).ToString("0", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };

    private string SalaryB(double value) => _r.Next(8) == 0 && value % 1000 == 0
        ? (value / 1000).ToString("0", CultureInfo.InvariantCulture) + "K"
        : value.ToString("0", CultureInfo.InvariantCulture);

    private string WriteTitle(string title)
    {
        var roll = _r.NextDouble();
        return roll switch
        {
            < 0.72 => title,
            < 0.78 => title + "（急招）",
            < 0.84 => "【天河】" + title,
            < 0.89 => title + "(五险一金)",
            < 0.93 => title + "[双休]",
            < 0.97 when title.Length >= 4 && title.All(CharFold.IsCjk) => title[..2] + " " + title[2..],
            _ => CharFold.Widen(title),
        };
    }

    private string Describe(Title title, bool multiLine, string? extra)
    {
        string[] more = ["完成上级安排的其他工作", "配合团队完成阶段性任务", "整理工作记录，按时提交周报", "维护良好的客户关系"];
        var requirement = Requirements[_r.Next(Requirements.Length)];
        var benefit = Benefits[_r.Next(Benefits.Length)];
        var hours = Hours[_r.Next(Hours.Length)];
        if (multiLine)
        {
            var text = new StringBuilder("岗位职责：\n1. ").Append(title.Duty).Append("；\n2. ").Append(more[_r.Next(more.Length)]).Append("。\n");
            if (extra is not null)
            {
                text.Append(extra).Append('\n');
            }

            return text.Append("任职要求：").Append(requirement).Append("。\n福利待遇：").Append(benefit).Append("。\n工作时间：").Append(hours).Append('。').ToString();
        }

        var line = $"岗位职责：{title.Duty}；任职要求：{requirement}；福利：{benefit}；{hours}。";
        return extra is null ? line : line + extra;
    }

    // ------------------------------------------------------------------ finishing

    private void Finish()
    {
        var postings = new List<DemoPosting>(_drafts.Count);
        var ids = new Dictionary<Draft, string>();
        var a = _drafts.Where(d => d.Posting.Platform == FakeRecruitmentDemoGenerator.PlatformA).OrderBy(d => d.Posting.PostedAt).ThenBy(d => d.Order).ToList();
        var id = 71_000_000;
        foreach (var d in a)
        {
            id += 1 + _r.Next(40);
            ids[d] = id.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var day in _drafts.Where(d => d.Posting.Platform == FakeRecruitmentDemoGenerator.PlatformB).OrderBy(d => d.Posting.PostedAt).ThenBy(d => d.Order).GroupBy(d => DateOnly.FromDateTime(d.Posting.PostedAt)))
        {
            var n = 0;
            foreach (var d in day)
            {
                ids[d] = string.Create(CultureInfo.InvariantCulture, $"GW{day.Key:yyMMdd}{++n:0000}");
            }
        }

        foreach (var d in a.Concat(_drafts.Where(d => d.Posting.Platform == FakeRecruitmentDemoGenerator.PlatformB).OrderBy(d => ids[d], StringComparer.Ordinal)))
        {
            postings.Add(d.Posting with { PostingId = ids[d] });
        }

        Postings = postings;

        // The registry extract is ordered by code, as registry exports are; planted records sit among the others.
        Registry = [.. _registry.OrderBy(r => r.Uscc, StringComparer.Ordinal)];
        Planted = _planted.Select(c => Resolve(c, ids)).ToList();
        LookAlikes = _lookAlikes.Select(c => Resolve(c, ids)).ToList();
    }

    private PlantedCase Resolve(Case c, Dictionary<Draft, string> ids)
    {
        if (c.Posting is not null)
        {
            return new PlantedCase(c.Signal, ids[c.Posting], c.Detail, c.Why);
        }

        // A company's subject is its advertised spelling used most often, as imported (full-width letters folded).
        var spellings = _drafts.Where(d => d.Company == c.Company).GroupBy(d => ValueParsers.CleanText(d.Posting.CompanyName)).Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ToList();
        if (spellings.Count == 0 || (spellings.Count > 1 && spellings[0].Count == spellings[1].Count))
        {
            throw new InvalidOperationException($"demo case {c.Signal} of {c.Company!.Name}: no posting, or two spellings used equally often");
        }

        return new PlantedCase(c.Signal, spellings[0].Name, null, c.Why);
    }

    // ------------------------------------------------------------------ normalisation (as the model compares)

    /// <summary>A title as the model compares it (<see cref="RecruitmentText.TitleKey"/>).</summary>
    internal static string TitleKey(string title) => RecruitmentText.TitleKey(title) ?? string.Empty;

    /// <summary>An address as the model compares it (<see cref="RecruitmentText.AddressKey"/>).</summary>
    internal static string AddressKey(string address) => RecruitmentText.AddressKey(address) ?? string.Empty;

    /// <summary>The model's linkage settings (its default <c>min_link_score</c> is the linker's).</summary>
    private static readonly LinkageOptions Linkage = new();

    /// <summary>
    /// How far below the linker's threshold an invented name's best fuzzy score must stay, so that it is unmatched with
    /// room to spare, not on the edge.
    /// </summary>
    private const double InventedMargin = 0.13;

    // ------------------------------------------------------------------ types

    private sealed class Co(string name, string key, string? uscc, string phone, string contact, Group group, string address, FakeRecruitmentDemoBuilder owner)
    {
        public string Name { get; } = name;

        public string Key { get; } = key;

        public string? Uscc { get; } = uscc;

        public string Phone { get; } = phone;

        public string Contact { get; } = contact;

        public Group Group { get; } = group;

        public string Address { get; } = address;

        public bool Latin { get; } = name.Any(char.IsAsciiLetter);

        public string AccountA { get; } = owner.NewAccount("hr");

        public string AccountB { get; } = owner.NewAccount("b");

        // Which platforms it posts on: A only, B only, or both.
        private readonly int _platforms = owner._r.NextDouble() switch { < 0.45 => 0, < 0.75 => 1, _ => 2 };

        public string Platform(Random r) => _platforms switch
        {
            0 => FakeRecruitmentDemoGenerator.PlatformA,
            1 => FakeRecruitmentDemoGenerator.PlatformB,
            _ => r.Next(2) == 0 ? FakeRecruitmentDemoGenerator.PlatformA : FakeRecruitmentDemoGenerator.PlatformB,
        };
    }

    /// <summary>A posting before its id is given (ids follow the posting order of each platform); reference identity keys the ids.</summary>
    private sealed class Draft(int order, Co company, DemoPosting posting)
    {
        public int Order { get; } = order;

        public Co Company { get; } = company;

        public DemoPosting Posting { get; } = posting;
    }

    private sealed record Case(string Signal, Co? Company, Draft? Posting, string? Detail, string Why);
}
