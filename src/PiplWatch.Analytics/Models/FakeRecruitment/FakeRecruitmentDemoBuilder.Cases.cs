using System.Globalization;
using static PiplWatch.Analytics.Models.FakeRecruitment.FakeRecruitmentDemoVocabulary;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>The planted cases and the honest look-alikes of the demo data, each a company or a posting of its own.</summary>
internal sealed partial class FakeRecruitmentDemoBuilder
{
    private const string A = FakeRecruitmentDemoGenerator.PlatformA;
    private const string B = FakeRecruitmentDemoGenerator.PlatformB;

    private static readonly Title Cto = new("首席技术官", Group.Tech, 100_000, "负责公司技术战略规划与研发团队管理");

    private Specials RegisterSpecial()
    {
        var s = new Specials();

        // Three shells registered in August 2025 by one agent: one room, one phone, nobody insured.
        var shellRoom = RoomVariants("华夏路", 30, "2136", 12);
        var shellPhone = NewPhone(true);
        string[] shellIndustries = ["电子商务", "文化传媒", "网络科技"];
        s.Shells = [.. Enumerable.Range(0, 3).Select(i =>
            Register(NewName("广州市", shellIndustries[i], "有限公司"), Active, new DateOnly(2025, 8, 11).AddDays(4 * i), 0, false, Group.Media, shellRoom[i], shellPhone))];
        for (var i = 3; i < shellRoom.Count; i++)
        {
            Register(NewName("广州市", Pick(Industries).Industry, "有限公司"), Active, RandomDate(new DateOnly(2024, 6, 1), new DateOnly(2025, 9, 30)), _r.Next(3) == 0 ? null : 0, false, Group.General, shellRoom[i]);
        }

        // A room with eleven registered companies, two of which advertise (otherwise ordinary small firms).
        var clusterRoom = RoomVariants("天河北路", 233, "1628", 11);
        s.Clustered = [.. Enumerable.Range(0, 2).Select(i =>
            Register(NewName("广州市", i == 0 ? "企业管理咨询" : "财务咨询", "有限公司"), "在业", new DateOnly(2021, 3, 9).AddDays(41 * i), 2 + i, false, Group.General, clusterRoom[i]))];
        for (var i = 2; i < clusterRoom.Count; i++)
        {
            Register(NewName("广州市", Pick(Industries).Industry, "有限公司"), Active, RandomDate(new DateOnly(2019, 1, 1), new DateOnly(2024, 12, 31)), _r.Next(4), false, Group.General, clusterRoom[i]);
        }

        // An office tower: fifteen companies on two floors, each in its own room.
        for (var i = 0; i < 15; i++)
        {
            var room = string.Create(CultureInfo.InvariantCulture, $"广州市天河区珠江西路15号星汇国际大厦{(i < 8 ? 3521 : 3621) + i}房");
            _addresses.Add(AddressKey(room));
            var (industry, group) = Pick(Industries);
            var co = Register(NewName("广州市", industry, "有限公司"), Active, RandomDate(new DateOnly(2012, 1, 1), new DateOnly(2019, 12, 31)), 20 + _r.Next(180), false, group, room);
            if (i % 4 == 0)
            {
                s.Tower.Add(co);
            }
        }

        // One landline behind three companies' accounts.
        var sharedLandline = NewPhone(false);
        string[] sharedIndustries = ["商贸", "贸易", "服饰"];
        s.SharedPhone = [.. Enumerable.Range(0, 3).Select(i =>
            Register(NewName("广州市", sharedIndustries[i], "有限公司"), i == 1 ? "在业" : Active, new DateOnly(2014, 5, 20).AddDays(500 * i), 3 + (3 * i), false, Group.Service, phone: sharedLandline))];

        // Two sister companies (same trade name) sharing one HR phone: two companies, under the threshold.
        var sisterPhone = NewPhone(true);
        while (s.Sisters.Count == 0)
        {
            var trade = TradeName(false, 0);
            string[] pair = ["广州市" + trade + "餐饮管理有限公司", "广州市" + trade + "食品有限公司"];
            if (pair.All(n => Available(n, trade)))
            {
                s.Sisters.Add(Register(Claim(pair[0]), Active, new DateOnly(2012, 9, 3), 140, false, Group.Service, phone: sisterPhone));
                s.Sisters.Add(Register(Claim(pair[1]), "在业", new DateOnly(2016, 2, 17), 65, false, Group.Logistics, phone: sisterPhone));
            }
        }

        s.Deregistered = [
            Register(NewName("广州市", "教育咨询", "有限公司"), "注销", new DateOnly(2016, 4, 8), 0, false, Group.General),
            Register(NewName("广州", "文化传媒", "有限公司"), "吊销，已注销", new DateOnly(2013, 11, 26), null, false, Group.Media, unknownInsuredAs: string.Empty),
        ];
        s.Revoked = [
            Register(NewName("广州市", "电子商务", "有限公司"), "吊销，未注销", new DateOnly(2017, 6, 30), 0, true, Group.Media),
            Register(NewName("广州市", "贸易", "有限公司"), "吊销", new DateOnly(2015, 1, 12), null, false, Group.Logistics, unknownInsuredAs: "-"),
        ];
        s.Abnormal = [
            Register(NewName("广州市", "网络科技", "有限公司"), Active, new DateOnly(2019, 8, 5), 2, true, Group.Tech),
            Register(NewName("广州", "健康管理", "有限公司"), "在业", new DateOnly(2018, 10, 22), 5, true, Group.General),
        ];
        s.ZeroInsured = [
            Register(NewName("广州市", "信息科技", "有限公司"), Active, new DateOnly(2018, 4, 12), 0, false, Group.Tech),
            Register(NewName("广州市", "商贸", "有限公司"), "在业", new DateOnly(2020, 7, 1), 0, false, Group.Service),
        ];
        s.NewMass = Register(NewName("广州市", "供应链管理", "有限公司"), Active, new DateOnly(2025, 7, 20), 6, false, Group.Logistics);

        s.Victims = [
            Register(NewName("广州市", "软件开发", "有限公司"), Active, new DateOnly(2006, 3, 15), 1200, false, Group.Tech),
            Register(NewName("广州市", "电子商务", "有限公司"), Active, new DateOnly(2011, 9, 1), 430, false, Group.Media),
        ];
        s.Client = Register(NewName("广州市", "物流", "有限公司"), Active, new DateOnly(2010, 6, 18), 300, false, Group.Logistics);
        s.Staffing = Register(NewName("广州市", "人力资源服务", "有限公司"), Active, new DateOnly(2012, 2, 2), 45, false, Group.General);
        s.Dispatcher = Register(NewName("广州", "劳务派遣", "有限公司"), "在业", new DateOnly(2015, 8, 8), 12, false, Group.General);
        s.SmallTrader = Register(NewName("广州市", "贸易", "有限公司"), Active, new DateOnly(2022, 5, 6), 1, false, Group.Logistics);
        s.OtherCityAccount = NewName("深圳市", "网络科技", "有限公司");

        // Registered companies advertised in another spelling.
        s.HalfWidthBrackets = Register(NewName(string.Empty, string.Empty, string.Empty, shape: t => t + "（广州）信息科技有限公司"), Active, new DateOnly(2015, 3, 3), 88, false, Group.Tech);
        s.CityDropped = Register(NewName("广州市", "网络科技", "有限公司"), Active, new DateOnly(2014, 7, 7), 57, false, Group.Tech);
        s.LegalForm = Register(NewName("广州市", "餐饮管理", "有限公司"), "在业", new DateOnly(2011, 12, 12), 210, false, Group.Service);
        s.PlaceInBrackets = Register(NewName("广州市", "教育咨询", "有限公司"), Active, new DateOnly(2016, 9, 9), 34, false, Group.General);
        s.WideSpace = Register(NewName("广州市", "文化传媒", "有限公司"), Active, new DateOnly(2017, 1, 16), 19, false, Group.Media);

        s.UnknownInsured = [
            Register(NewName("广州市", "物业管理", "有限公司"), Active, new DateOnly(2008, 10, 10), null, false, Group.Service, unknownInsuredAs: "-"),
            Register(NewName("广州市", "酒店管理", "有限公司"), "在业", new DateOnly(2012, 4, 1), null, false, Group.Service, unknownInsuredAs: string.Empty),
        ];
        s.ZeroFew = Register(NewName("广州", "财务咨询", "有限公司"), Active, new DateOnly(2017, 3, 28), 0, false, Group.General);
        s.OldMass = Register(NewName("广州市", "餐饮管理", "有限公司"), Active, new DateOnly(2009, 3, 16), 860, false, Group.Service);
        s.NewFew = Register(NewName("广州市", "科技", "有限公司"), Active, new DateOnly(2025, 8, 5), 3, false, Group.Tech);
        s.MovedOut = Register(NewName("广州市", "机械设备", "有限公司"), "迁出", new DateOnly(2013, 6, 6), 20, false, Group.Logistics);
        return s;
    }

    private void NameUnregistered(Specials s)
    {
        s.Fake1 = Unregistered(NewUnregisteredName(t => "广州市" + t + "网络科技有限公司").Name, Group.Media);
        s.Fake2 = Unregistered(NewUnregisteredName(t => "广州" + t + "商务服务有限公司").Name, Group.General);
        s.Fake2Uscc = NewUscc(new DateOnly(2024, 1, 1));
        var (name, trade) = NewUnregisteredName(t => "广州" + t + "企业管理咨询有限公司");
        s.Fake3 = Unregistered(name, Group.Logistics);
        s.Fake3Other = trade + "（广州）企业管理咨询有限公司";
    }

    private void PostSpecial(Specials s, DateOnly first, int days)
    {
        DateOnly Any() => first.AddDays(_r.Next(days));
        Title T(string name) => Titles.Single(t => t.Name == name);
        void Many(Co co, int count, Func<int, DateOnly>? day = null, string? platform = null, string? spelling = null)
        {
            for (var k = 0; k < count; k++)
            {
                Post(co, platform ?? co.Platform(_r), day?.Invoke(k) ?? Any(), spelling: spelling);
            }
        }

        // ---- planted: companies

        Title[] shellTitles = [T("客服专员"), T("主播助理"), T("电话销售"), T("新媒体运营"), T("行政助理"), T("主播")];
        for (var i = 0; i < 3; i++)
        {
            var shell = s.Shells[i];
            var start = new DateOnly(2025, 9, 8).AddDays(2 * i);
            for (var k = 0; k < 25; k++)
            {
                var day = k == 0 ? start : start.AddDays(_r.Next(18));
                if (k != 1)
                {
                    Post(shell, k % 3 == 0 ? B : A, day, Pick(shellTitles));
                }
                else if (i == 0)
                {
                    PlantPosting("suspicious_text", Post(shell, B, day, T("客服专员"), extra: "入职需提供银行卡号及密码，由公司统一发放工资。"), "bank_card", "a shell asks for the bank card number and its password");
                }
                else if (i == 1)
                {
                    PlantPosting("suspicious_text", Post(shell, A, day, T("主播助理"), extra: "报名需上传身份证正反面，审核通过后安排面试。"), "id_card", "a shell asks applicants to upload both sides of their ID card");
                }
                else
                {
                    var d = Post(shell, A, day, T("主播助理"), (20_000, 40_000), extra: "日结高薪，名额有限，加微信详聊。");
                    PlantPosting("salary_outlier", d, null, "a shell offers 2万–4万 a month for 主播助理, several times the title's median");
                    PlantPosting("suspicious_text", d, "off_platform", "the same posting moves applicants to WeChat");
                }
            }

            const string ShellStory = "one of three shells registered in Aug 2025 at one room by one agent, nobody insured, 25 postings in 18 days, one HR phone";
            Plant("new_mass_posting", shell, ShellStory);
            Plant("zero_insured", shell, ShellStory);
            Plant("shared_phone", shell, ShellStory);
            Plant("address_cluster", shell, ShellStory + " (12 registry companies at 华夏路30号2136房)");
        }

        var nm = new DateOnly(2025, 9, 15);
        Many(s.NewMass, 22, k => k == 0 ? nm : nm.AddDays(_r.Next(14)));
        Plant("new_mass_posting", s.NewMass, "registered 2025-07-20, 22 postings within 14 days of its first on 2025-09-15 (6 insured)");

        foreach (var (co, count, why) in new[] { (s.ZeroInsured[0], 12, "12 postings over three months, nobody insured"), (s.ZeroInsured[1], 14, "14 postings over three months, nobody insured") })
        {
            Many(co, count);
            Plant("zero_insured", co, why);
        }

        Many(s.Deregistered[0], 6);
        Plant("deregistered", s.Deregistered[0], "注销 and still advertising (0 insured, 7 postings)");
        Many(s.Deregistered[1], 4);
        Plant("deregistered", s.Deregistered[1], "吊销，已注销 and still advertising");
        Many(s.Revoked[0], 5);
        Plant("revoked", s.Revoked[0], "吊销，未注销 and still advertising");
        Plant("abnormal_list", s.Revoked[0], "revoked and on the abnormal-operations list");
        Many(s.Revoked[1], 6);
        PlantPosting("suspicious_text", Post(s.Revoked[1], A, Any(), T("销售代表"), extra: "入职缴纳保证金500元，转正后退还。"), "deposit", "asks for a 保证金 before starting");
        Plant("revoked", s.Revoked[1], "吊销 (licence revoked) and still advertising");
        Many(s.Abnormal[0], 8);
        Plant("abnormal_list", s.Abnormal[0], "on the abnormal-operations list, 8 postings");
        Many(s.Abnormal[1], 6);
        Plant("abnormal_list", s.Abnormal[1], "on the abnormal-operations list, 6 postings");

        for (var i = 0; i < 3; i++)
        {
            Many(s.SharedPhone[i], 5 + i);
            Plant("shared_phone", s.SharedPhone[i], "one landline in the postings of three otherwise unrelated companies");
        }

        for (var i = 0; i < 2; i++)
        {
            Many(s.Clustered[i], 5 - i);
            Plant("address_cluster", s.Clustered[i], "registered at 天河北路233号1628房 with ten other companies");
        }

        // Not in the registry: invented names (one with a made-up code, one in two spellings).
        var n1 = s.Fake1;
        for (var k = 0; k < 9; k++)
        {
            var extra = k switch
            {
                1 => "面试前请先发身份证照片给招聘专员审核。",
                2 => "详情加微信 tianhe_hr" + _r.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + " 咨询。",
                _ => null,
            };
            var d = Post(n1, A, Any(), accountCompany: n1.Name, extra: extra);
            if (k == 1)
            {
                PlantPosting("suspicious_text", d, "id_card", "asks for a photo of the ID card before the interview");
            }
            else if (k == 2)
            {
                PlantPosting("suspicious_text", d, "off_platform", "moves applicants to WeChat");
            }
        }

        Plant("not_in_registry", n1, "an invented company (the platform verified the account for the same invented name)");
        var n2 = s.Fake2;
        for (var k = 0; k < 7; k++)
        {
            var d = Post(n2, B, Any(), accountCompany: string.Empty, extra: k == 3 ? "上岗前需先交培训费980元，结业后安排工作。" : null, uscc: s.Fake2Uscc);
            if (k == 3)
            {
                PlantPosting("suspicious_text", d, "deposit", "asks for a 培训费 before work starts");
            }
        }

        Plant("not_in_registry", n2, "an invented company giving a well-formed code that is in no registry record");
        var n3 = s.Fake3;
        for (var k = 0; k < 5; k++)
        {
            var d = Post(n3, A, Any(), accountCompany: string.Empty, extra: k == 0 ? "QQ群：" + _r.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture) + "，进群领取面试安排。" : null);
            if (k == 0)
            {
                PlantPosting("suspicious_text", d, "off_platform", "moves applicants to a QQ group");
            }
        }

        Post(n3, B, Any(), spelling: s.Fake3Other, accountCompany: string.Empty);
        PlantPosting("salary_outlier", Post(n3, B, Any(), T("普工"), (20_000, 35_000), spelling: s.Fake3Other, accountCompany: string.Empty), null, "普工 at 2万–3.5万 a month");
        Plant("not_in_registry", n3, "an invented company in two spellings (广州X… on A, X（广州）… on B), one company");

        // ---- planted: postings

        Many(s.Victims[0], 10);
        var k1 = s.SmallTrader;
        PlantPosting("impersonation", Post(s.Victims[0], A, Any(), accountCompany: k1.Name, accountId: k1.AccountA, phone: k1.Phone, contact: k1.Contact), null,
            "a small trading company's account advertises as a large software company");
        Many(s.Victims[1], 10);
        PlantPosting("impersonation", Post(s.Victims[1], B, Any(), accountCompany: s.OtherCityAccount, accountId: NewAccount("b"), phone: NewPhone(true), contact: Contact(), uscc: s.Victims[1].Uscc), null,
            "an account verified for a Shenzhen network company advertises as a Guangzhou e-commerce company, copying its code");
        var t2 = s.Dispatcher;
        PlantPosting("impersonation", Post(s.Deregistered[0], B, Any(), accountCompany: t2.Name, accountId: t2.AccountB, phone: t2.Phone, contact: t2.Contact, uscc: string.Empty), null,
            "a labour-dispatch firm advertises for a deregistered company (the staffing exception needs an active client)");

        PlantPosting("salary_outlier", Post(NextFiller(), A, Any(), T("客服专员"), (30_000, 50_000), extra: "日结，轻松无压力。"), null, "客服专员 at 3万–5万 a month");
        PlantPosting("suspicious_text", Post(NextFiller(), B, Any(), T("仓库管理员"), extra: "入职需押身份证，满三个月后归还。"), "id_card", "keeps the ID card as a pledge");
        PlantPosting("suspicious_text", Post(NextFiller(), A, Any(), T("客服专员"), extra: "兼职：出租银行卡，日结200元，当天结清。"), "bank_card", "asks people to rent out their bank cards");
        PlantPosting("suspicious_text", Post(NextFiller(), A, Any(), T("普工"), extra: "入职需缴纳服装费200元，工作满三个月退还。"), "deposit", "charges a 服装费");
        PlantPosting("suspicious_text", Post(NextFiller(), B, Any(), T("电话销售"), extra: "有意者加VX了解岗位详情。"), "off_platform", "moves applicants to WeChat (VX)");

        // ---- look-alikes: companies

        var fw = s.HalfWidthBrackets;
        Many(fw, 5, platform: A, spelling: fw.Name.Replace('（', '(').Replace('）', ')'));
        Many(fw, 2, platform: B);
        Like("not_in_registry", fw, "registered with full-width brackets （广州）, advertised mostly with half-width ones");
        var nc = s.CityDropped;
        Many(nc, 6, platform: A, spelling: nc.Name["广州市".Length..]);
        Many(nc, 3, platform: B);
        Like("not_in_registry", nc, "advertised mostly without its city");
        var lf = s.LegalForm;
        Many(lf, 5, platform: A, spelling: lf.Name.Replace("有限公司", "有限责任公司", StringComparison.Ordinal));
        Many(lf, 2, platform: A);
        Like("not_in_registry", lf, "registered as 有限公司, advertised mostly as 有限责任公司");
        var pb = s.PlaceInBrackets;
        Many(pb, 4, platform: B, spelling: pb.Name["广州市".Length..^"教育咨询有限公司".Length] + "（广州）教育咨询有限公司");
        Many(pb, 2, platform: A);
        Like("not_in_registry", pb, "advertised mostly with the city in brackets after the trade name");
        var ws = s.WideSpace;
        Many(ws, 4, platform: B, spelling: ws.Name.Insert("广州市".Length, "\u3000"));
        Many(ws, 2, platform: A);
        Like("not_in_registry", ws, "advertised mostly with an ideographic (full-width) space after the city");

        Many(s.UnknownInsured[0], 30);
        Like("zero_insured", s.UnknownInsured[0], "insured count '-' (unknown, not zero), 30 postings");
        Many(s.UnknownInsured[1], 15);
        Like("zero_insured", s.UnknownInsured[1], "insured count empty (unknown, not zero), 15 postings");
        Many(s.ZeroFew, 5);
        Like("zero_insured", s.ZeroFew, "nobody insured but only 5 postings");
        var mass = new DateOnly(2025, 10, 1);
        Many(s.OldMass, 45, k => mass.AddDays(_r.Next(25)));
        Like("new_mass_posting", s.OldMass, "45 postings in 25 days by a company registered in 2009 with 860 insured");
        var few = new DateOnly(2025, 9, 20);
        Many(s.NewFew, 7, k => few.AddDays(_r.Next(20)));
        Like("new_mass_posting", s.NewFew, "registered 2025-08-05 but only 7 postings");
        Many(s.Sisters[0], 6);
        Many(s.Sisters[1], 5);
        Like("shared_phone", s.Sisters[0], "shares its HR phone with its sister company only (2 companies)");
        Like("shared_phone", s.Sisters[1], "shares its HR phone with its sister company only (2 companies)");
        foreach (var co in s.Tower)
        {
            Many(co, 6 + _r.Next(4));
            Like("address_cluster", co, "in an office tower with fifteen companies, each in its own room");
        }

        Many(s.MovedOut, 6);
        Like("deregistered", s.MovedOut, "迁出 (moved its registration away): alive, fires nothing");
        Like("revoked", s.MovedOut, "迁出 (moved its registration away): alive, fires nothing");

        // ---- look-alikes: postings

        var client = s.Client;
        var staffing = s.Staffing;
        Many(client, 8);
        foreach (var platform in (string[])[A, A, B])
        {
            Like("impersonation", Post(client, platform, Any(), accountCompany: staffing.Name, accountId: platform == A ? staffing.AccountA : staffing.AccountB, phone: staffing.Phone, contact: staffing.Contact, uscc: string.Empty), null,
                "a human-resources firm advertises for its active registered client (lawful 代招)");
        }

        var algorithm = T("算法工程师");
        for (var i = 0; i < 2; i++)
        {
            Like("salary_outlier", Post(NextFiller(Group.Tech), i == 0 ? A : B, Any(), algorithm, (45_000, 60_000)), null, "算法工程师 at 4.5万–6万: high, but under 2.5 × the title's median");
        }

        for (var i = 0; i < 3; i++)
        {
            Like("salary_outlier", Post(NextFiller(Group.Tech), i == 1 ? B : A, Any(), Cto, (80_000, 120_000)), null, "首席技术官 at 8万–12万: a title with fewer than 20 postings is not judged");
        }

        Like("suspicious_text", Post(NextFiller(), A, Any(), extra: "入职携带身份证原件、学历证书原件，现场核验后当场归还。"), "id_card", "bring the ID card to onboarding");
        Like("suspicious_text", Post(NextFiller(), B, Any(), extra: "入职当天带身份证到人事部报到。"), "id_card", "bring the ID card on the first day");
        Like("suspicious_text", Post(NextFiller(), A, Any(), extra: "工资每月10日打到本人银行卡。"), "bank_card", "pay goes to the employee's own bank card");
        Like("suspicious_text", Post(NextFiller(), B, Any(), extra: "工资每月打到本人银行卡，按时足额发放。"), "bank_card", "pay goes to the employee's own bank card");
        Like("suspicious_text", Post(NextFiller(), A, Any(), extra: "公司不收取任何押金，不收培训费。"), "deposit", "says it charges no deposit and no training fee");
        Like("suspicious_text", Post(NextFiller(), B, Any(), extra: "本岗位无押金，免服装费，工装由公司统一发放。"), "deposit", "says there is no deposit and no clothing fee");
    }

    private void Plant(string signal, Co company, string why) => _planted.Add(new Case(signal, company, null, null, why));

    private void PlantPosting(string signal, Draft posting, string? detail, string why) => _planted.Add(new Case(signal, null, posting, detail, why));

    private void Like(string signal, Co company, string why) => _lookAlikes.Add(new Case(signal, company, null, null, why));

    private void Like(string signal, Draft posting, string? detail, string why) => _lookAlikes.Add(new Case(signal, null, posting, detail, why));

    private sealed class Specials
    {
        public Co[] Shells { get; set; } = [];

        public Co[] Clustered { get; set; } = [];

        public List<Co> Tower { get; } = [];

        public Co[] SharedPhone { get; set; } = [];

        public List<Co> Sisters { get; } = [];

        public Co[] Deregistered { get; set; } = [];

        public Co[] Revoked { get; set; } = [];

        public Co[] Abnormal { get; set; } = [];

        public Co[] ZeroInsured { get; set; } = [];

        public Co NewMass { get; set; } = null!;

        public Co[] Victims { get; set; } = [];

        public Co Client { get; set; } = null!;

        public Co Staffing { get; set; } = null!;

        public Co Dispatcher { get; set; } = null!;

        public Co SmallTrader { get; set; } = null!;

        public string OtherCityAccount { get; set; } = string.Empty;

        public Co HalfWidthBrackets { get; set; } = null!;

        public Co CityDropped { get; set; } = null!;

        public Co LegalForm { get; set; } = null!;

        public Co PlaceInBrackets { get; set; } = null!;

        public Co WideSpace { get; set; } = null!;

        public Co[] UnknownInsured { get; set; } = [];

        public Co ZeroFew { get; set; } = null!;

        public Co OldMass { get; set; } = null!;

        public Co NewFew { get; set; } = null!;

        public Co MovedOut { get; set; } = null!;

        public Co Fake1 { get; set; } = null!;

        public Co Fake2 { get; set; } = null!;

        public string Fake2Uscc { get; set; } = string.Empty;

        public Co Fake3 { get; set; } = null!;

        public string Fake3Other { get; set; } = string.Empty;
    }
}
