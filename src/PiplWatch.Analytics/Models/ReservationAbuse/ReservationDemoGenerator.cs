using System.Globalization;
using System.Text;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Models.ReservationAbuse;

/// <summary>
/// Generates a museum's booking export shaped like scenario N6 (Jingdezhen, Jan–Jun 2025), with generated people.
/// The team-channel entry list has exactly 207,012 records, 96,840 of them (46.78%) by identities seen at least twice,
/// 556 identities with ten or more entries and one with 128 — the model must reproduce these figures exactly. Around
/// them: individual visitors, cancelled bookings of accounts that cancel and rebook, IPs behind many accounts, agencies
/// reusing identities and identities shared by agencies, and tour guides who enter often with their groups.
/// </summary>
public sealed class ReservationDemoGenerator(int seed = 6)
{
    /// <summary>Team-channel entries of the export.</summary>
    public const int TeamEntries = 207_012;

    /// <summary>Entries by identities seen at least twice.</summary>
    public const int RepeatEntries = 96_840;

    /// <summary>Identities with ten or more entries.</summary>
    public const int HeavyIdentities = 556;

    /// <summary>Entries of the most used identity.</summary>
    public const int MaxEntries = 128;

    /// <summary>Tour guides among the heavy identities (not abuse: the model reports no overuse for them).</summary>
    public const int Guides = 20;

    private static readonly DateOnly First = new(2025, 1, 1);
    private const int Days = 181;

    /// <summary>Header row of the export (as the museum's system writes it).</summary>
    public static string[] Headers { get; } = ["预约号", "游客姓名", "证件号码", "手机号", "预约渠道", "旅行社", "预约账号", "下单IP", "预约时间", "参观日期", "预约状态", "取消时间"];

    /// <summary>Writes the export as UTF-8 CSV (with BOM, as Excel-friendly exports are) and returns the number of rows.</summary>
    public long WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.WriteLine(string.Join(',', Headers));
        long rows = 0;
        foreach (var row in Rows())
        {
            writer.WriteLine(string.Join(',', row));
            rows++;
        }

        return rows;
    }

    /// <summary>The rows in booking order.</summary>
    public IEnumerable<string[]> Rows()
    {
        var random = new Random(seed);
        var identities = new IdentityFactory(random);
        var agencies = Enumerable.Range(1, 60).Select(i => string.Create(CultureInfo.InvariantCulture, $"景德镇市第{i}旅行社有限公司")).ToArray();
        var record = 0;

        string[] Row(string id, string channel, string agency, string account, string ip, int day, string status, int bookHoursBefore = 30, DateTime? bookedAt = null)
        {
            record++;
            var visit = First.AddDays(day);
            var booked = bookedAt ?? visit.ToDateTime(new TimeOnly(9, 0)).AddHours(-bookHoursBefore - random.Next(0, 200));
            var cancelled = status == "已取消" ? booked.AddHours(2).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : string.Empty;
            return
            [
                string.Create(CultureInfo.InvariantCulture, $"YY2025{record:0000000}"), "游客" + (record % 9973).ToString(CultureInfo.InvariantCulture),
                id, identities.Phone(), channel, agency, account, ip,
                booked.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), visit.ToString("yyyy/M/d", CultureInfo.InvariantCulture), status, cancelled,
            ];
        }

        // The scalper gang's favourite identity, booked through three agencies from one account and one IP.
        var star = identities.Next();
        for (var i = 0; i < MaxEntries; i++)
        {
            yield return Row(star, "团队预约", agencies[i % 3], "acct-scalper-01", "203.0.113.9", random.Next(Days), "已核销");
        }

        // 555 more identities with 10–39 entries. The first 20 are tour guides: every entry with one agency, on a
        // different date, in one booking with a group of twelve visitors seen once — frequent, but not abuse.
        var groupSingles = 0;
        for (var i = 0; i < Guides; i++)
        {
            var guide = identities.Next();
            var agency = agencies[40 + (i % 20)];
            var count = 10 + (i % 30);
            for (var e = 0; e < count; e++)
            {
                var day = (e * 181 / count) + (i % 3);
                var booked = First.AddDays(day).ToDateTime(new TimeOnly(8, 0)).AddDays(-2).AddMinutes(i);
                yield return Row(guide, "团队预约", agency, "acct-guide-" + AgencyNumber(agency), AgencyIp(agency), day, "已核销", bookedAt: booked);
                for (var member = 0; member < 12; member++)
                {
                    groupSingles++;
                    yield return Row(identities.Next(), "团队预约", agency, "acct-guide-" + AgencyNumber(agency), AgencyIp(agency), day, "已核销", bookedAt: booked);
                }
            }
        }

        // The other 535: reused by agencies on many dates; a third also by a second agency.
        for (var i = Guides; i < HeavyIdentities - 1; i++)
        {
            var id = identities.Next();
            var count = 10 + (i % 30);
            var agency = agencies[3 + (i % 20)];
            for (var e = 0; e < count; e++)
            {
                var secondAgency = i % 3 == 0 && e % 4 == 3;
                yield return Row(id, "团队预约", secondAgency ? agencies[30 + (i % 10)] : agency, string.Create(CultureInfo.InvariantCulture, $"acct-agency-{3 + (i % 20):00}"), string.Create(CultureInfo.InvariantCulture, $"198.51.100.{3 + (i % 20)}"), random.Next(Days), "已核销");
            }
        }

        // Identities with 2–9 entries: 1,891 cycles of 2..9, then 9, 9, 5 — 83,227 entries in all.
        var moderate = new List<int>();
        for (var cycle = 0; cycle < 1891; cycle++)
        {
            for (var c = 2; c <= 9; c++)
            {
                moderate.Add(c);
            }
        }

        moderate.AddRange([9, 9, 5]);
        foreach (var count in moderate)
        {
            var id = identities.Next();
            var agency = agencies[random.Next(agencies.Length)];
            for (var e = 0; e < count; e++)
            {
                yield return Row(id, "团队预约", agency, AgencyAccount(agency), AgencyIp(agency), random.Next(Days), "已核销");
            }
        }

        // Identities seen once (those in the guides' groups already counted).
        var singles = TeamEntries - RepeatEntries - groupSingles;
        for (var i = 0; i < singles; i++)
        {
            var agency = agencies[random.Next(agencies.Length)];
            yield return Row(identities.Next(), "团队预约", agency, AgencyAccount(agency), AgencyIp(agency), random.Next(Days), "已核销");
        }

        // Individual visitors (not in the team-channel list), and cancelled bookings: the churn of scalpers' accounts.
        for (var i = 0; i < 30_000; i++)
        {
            var ip = i % 500 < 40 ? "192.0.2.77" : string.Create(CultureInfo.InvariantCulture, $"10.{i % 200}.{i % 250}.{(i % 240) + 2}");
            yield return Row(identities.Next(), "个人预约", string.Empty, string.Create(CultureInfo.InvariantCulture, $"acct-person-{i:00000}"), ip, random.Next(Days), i % 10 == 0 ? "已预约" : "已核销", bookHoursBefore: 3);
        }

        for (var i = 0; i < 4_000; i++)
        {
            var account = string.Create(CultureInfo.InvariantCulture, $"acct-churn-{i % 8:00}");
            yield return Row(identities.Next(), "个人预约", string.Empty, account, "203.0.113.50", random.Next(Days), "已取消");
        }
    }

    // Each agency books from its own account and office IP (the number in its name keeps them stable across runs).
    private static string AgencyAccount(string agency) => "acct-" + AgencyNumber(agency);

    private static string AgencyIp(string agency) => "10.0." + AgencyNumber(agency) + ".1";

    private static string AgencyNumber(string agency) => new(agency.Where(char.IsAsciiDigit).ToArray());

    /// <summary>Distinct, valid ID numbers and mobile numbers from generated regions and dates.</summary>
    private sealed class IdentityFactory(Random random)
    {
        private static readonly string[] Regions = ["360202", "360203", "360222", "360281", "360102", "360103", "330106", "310104", "440106", "110105"];
        private int _sequence;

        public string Next()
        {
            var n = _sequence++;
            var birth = new DateOnly(1950, 1, 1).AddDays(n % 20_000);
            var first17 = string.Create(CultureInfo.InvariantCulture, $"{Regions[n % Regions.Length]}{birth:yyyyMMdd}{(n / 20_000) % 1000:000}");
            return first17 + IdNumber.CheckChar(first17);
        }

        public string Phone() => string.Create(CultureInfo.InvariantCulture, $"1{"3589"[random.Next(4)]}{random.Next(100_000_000, 999_999_999)}");
    }
}
