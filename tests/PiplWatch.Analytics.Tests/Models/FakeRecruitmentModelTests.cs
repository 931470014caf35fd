using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.FakeRecruitment;
using PiplWatch.Core.Findings;
using PiplWatch.TestSupport;

namespace PiplWatch.Analytics.Tests.Models;

public sealed class FakeRecruitmentModelTests : IDisposable
{
    private const string SharedPhone = "13800138000";
    private readonly TemporaryDirectory _temp = new();

    // Small thresholds keep the data small; the defaults are exercised by the demo generator's test.
    private static readonly Dictionary<string, string> Small = new()
    {
        ["zero_insured_postings"] = "3",
        ["burst_postings"] = "3",
        ["address_companies"] = "3",
        ["salary_min_peers"] = "5",
    };

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Run_EachCompanySignal_FlagsItsCompanyAndLeavesHonestOnesAlone()
    {
        var data = new RecruitmentDataBuilder()
            .Company(1, "广州华澜科技有限公司", insured: 50).Posting("华澜科技（广州）有限公司").Posting("广州华澜科技有限公司").Posting("广州华澜科技有限公司")
            .Company(2, "广州市金穗贸易有限公司", status: "deregistered").Posting("广州市金穗贸易有限公司")
            .Company(3, "广州瑞丰电子有限公司", status: "revoked").Posting("广州瑞丰电子有限公司")
            .Company(4, "广州远航物流有限公司", abnormal: true).Posting("广州远航物流有限公司")
            .Company(5, "广州青禾餐饮管理有限公司", insured: 0).Postings(3, "广州青禾餐饮管理有限公司")
            .Company(6, "广州启明教育咨询有限公司", insured: null).Postings(5, "广州启明教育咨询有限公司")
            .Company(7, "广州星辰文化传媒有限公司", established: new DateOnly(2026, 1, 20)).Postings(3, "广州星辰文化传媒有限公司", from: new DateTime(2026, 2, 1, 9, 0, 0))
            .Company(12, "广州晨曦网络科技有限公司", established: new DateOnly(2026, 1, 20)).Postings(3, "广州晨曦网络科技有限公司", from: new DateTime(2026, 2, 1, 9, 0, 0), daysApart: 40)
            .Company(8, "广州蓝海咨询服务有限公司", address: "广州市天河区天河路100号1201室").Posting("广州蓝海咨询服务有限公司")
            .Company(9, "广州金帆商贸有限公司", address: "广州市天河区天河路100号 1201室")
            .Company(10, "广州银杏电子商务有限公司", address: "广州市天河区天河路１００号1201室")
            .Company(11, "广州翠竹建材有限公司", address: "广州市天河区天河路100号1202室").Posting("广州翠竹建材有限公司")
            .Company(13, "广州明德机电设备有限公司", status: "moved_out").Posting("广州明德机电设备有限公司")
            .Posting("广州鸿运达信息技术有限公司", phone: SharedPhone)
            .Posting("广州博雅诚人才信息有限公司", phone: "+86 138-0013-8000")
            .Posting("广州速捷通电子科技有限公司", phone: SharedPhone)
            .Posting("广州市金穗贸易有限公司", phone: "13900001111").Posting("广州远航物流有限公司", phone: "13900001111");

        var report = Run(data);
        var flagged = report.Findings.Where(f => f.Kind == "suspect_company").ToDictionary(f => f.Subject, f => string.Join(",", f.Signals));

        Assert.Equal(new Dictionary<string, string>
        {
            ["广州市金穗贸易有限公司"] = "deregistered",
            ["广州瑞丰电子有限公司"] = "revoked",
            ["广州远航物流有限公司"] = "abnormal_list",
            ["广州青禾餐饮管理有限公司"] = "zero_insured",
            ["广州星辰文化传媒有限公司"] = "new_mass_posting",
            ["广州蓝海咨询服务有限公司"] = "address_cluster",
            ["广州鸿运达信息技术有限公司"] = "not_in_registry,shared_phone",
            ["广州博雅诚人才信息有限公司"] = "not_in_registry,shared_phone",
            ["广州速捷通电子科技有限公司"] = "not_in_registry,shared_phone",
        }, flagged);
        Assert.Equal(3, report.Summary["by_signal"]!["shared_phone"]!.GetValue<long>());
        Assert.Equal(14, report.Summary["companies_advertised"]!.GetValue<long>());
        Assert.Equal(11, report.Summary["companies_matched"]!.GetValue<long>());
        Assert.Equal(3, report.Summary["companies_unmatched"]!.GetValue<long>());
        Assert.Equal(9, report.Summary["companies_flagged"]!.GetValue<long>());
    }

    [Fact]
    public void Run_OneCompanyUnderTwoSpellings_IsOneFindingNamedAsAdvertisedMostOften()
    {
        var data = new RecruitmentDataBuilder()
            .Company(1, "广州市金穗贸易有限公司", status: "deregistered")
            .Postings(3, "金穗贸易（广州）有限公司").Posting("广州市金穗贸易有限公司");

        var finding = Assert.Single(Run(data).Findings);

        Assert.Equal("金穗贸易（广州）有限公司", finding.Subject);
        Assert.Equal(["deregistered"], finding.Signals);
        Assert.Equal(0.7, finding.Score);
        Assert.Contains("另以“广州市金穗贸易有限公司”名义发布", finding.Reason, StringComparison.Ordinal);
        Assert.Equal(4, finding.Evidence.Count(e => e["record"]!.GetValue<string>() == "posting"));
        Assert.Equal(["human-resources", "market-regulation"], finding.Sectors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_PostingSignals_NameThePostingTheAccountAndTheCompany()
    {
        var data = new RecruitmentDataBuilder()
            .Company(1, "广州华澜科技有限公司", insured: 50)
            .Company(2, "广州英才人力资源有限公司", insured: 30)
            .Posting("广州华澜科技有限公司", accountCompany: "广州速聘信息咨询有限公司", id: "IMP-1")
            .Posting("广州华澜科技有限公司", accountCompany: "广州英才人力资源有限公司", id: "STAFF-1")
            .Posting("广州华澜科技有限公司", accountCompany: "华澜科技（广州）有限公司", id: "SAME-1")
            .Postings(6, "广州英才人力资源有限公司", title: "普工", pay: 6000)
            .Posting("广州英才人力资源有限公司", title: "普工（急招）", pay: 20000, id: "PAY-1")
            .Posting("广州英才人力资源有限公司", title: "普工", pay: 9000, id: "PAY-OK")
            .Posting("广州华澜科技有限公司", description: "入职前需缴纳押金300元，详情加微信hr_2026a咨询。", id: "TXT-1")
            .Posting("广州华澜科技有限公司", description: "五险一金，不收取任何押金、培训费；入职携带身份证原件，工资每月打到本人银行卡。", id: "TXT-OK")
            .Posting("广州华澜科技有限公司", description: "面试前请先发身份证正反面照片和银行卡号给HR。", id: "TXT-2");

        var report = Run(data);
        var postings = report.Findings.Where(f => f.Kind == "suspect_posting").ToDictionary(f => f.Subject, f => f);

        Assert.Equal(["IMP-1", "PAY-1", "TXT-1", "TXT-2"], postings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["impersonation"], postings["IMP-1"].Signals);
        Assert.Contains("广州速聘信息咨询有限公司", postings["IMP-1"].Reason, StringComparison.Ordinal);
        Assert.Contains("acc-IMP-1", postings["IMP-1"].Reason, StringComparison.Ordinal);
        Assert.Contains("广州华澜科技有限公司", postings["IMP-1"].Reason, StringComparison.Ordinal);
        Assert.Equal(["salary_outlier"], postings["PAY-1"].Signals);
        Assert.Contains("中位数 6000 元", postings["PAY-1"].Reason, StringComparison.Ordinal);
        Assert.Equal("deposit: 押金; off_platform: 加微信", postings["TXT-1"].Evidence[0]["text_requests"]!.GetValue<string>());
        Assert.InRange(postings["TXT-1"].Score, 0.577, 0.578);
        Assert.Equal("id_card: 发身份证正反面; bank_card: 银行卡号", postings["TXT-2"].Evidence[0]["text_requests"]!.GetValue<string>());
        Assert.Equal(1, report.Summary["impersonation_staffing_excluded"]!.GetValue<long>());
        Assert.Equal(4, report.Summary["postings_flagged"]!.GetValue<long>());
        Assert.DoesNotContain(report.Findings, f => f.Evidence.Any(e => e.ToJsonString().Contains("1390000", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_RegistryWithoutOptionalColumns_StillLinksAndFlagsWhatItCan()
    {
        var data = new RecruitmentDataBuilder().RegistryNamesOnly()
            .Company(1, "广州华澜科技有限公司", status: "deregistered", insured: 0).Postings(4, "华澜科技（广州）有限公司")
            .Posting("广州鸿运达信息技术有限公司");

        var report = Run(data);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("广州鸿运达信息技术有限公司", finding.Subject);
        Assert.Equal(["not_in_registry"], finding.Signals);
        Assert.Equal(1, report.Summary["companies_matched"]!.GetValue<long>());
        Assert.Equal(5, report.Summary["postings"]!.GetValue<long>());
    }

    [Fact]
    public void Run_RegistryCodeGivenTwice_KeepsOneRecordAndCountsTheDuplicate()
    {
        var data = new RecruitmentDataBuilder()
            .Company(1, "广州华澜科技有限公司").Company(1, "广州华澜科技有限公司", status: "deregistered").Company(2, "广州远航物流有限公司")
            .Posting("广州华澜科技有限公司").Posting("广州远航物流有限公司");

        var report = Run(data);

        Assert.Equal(1, report.Summary["registry_duplicate_codes"]!.GetValue<long>());
        Assert.Equal(2, report.Summary["registry_records"]!.GetValue<long>());
        Assert.Equal(2, report.Summary["companies_matched"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("salary_ratio", "abc", "salary_ratio")]
    [InlineData("salary_ratio", "0.5", "salary_ratio must be above 1")]
    [InlineData("shared_phone_companies", "1", "shared_phone_companies")]
    public void Run_BadParameter_SaysWhich(string name, string value, string expected)
    {
        var data = new RecruitmentDataBuilder().Company(1, "广州华澜科技有限公司").Posting("广州华澜科技有限公司");

        var error = Assert.Throws<ArgumentException>(() => Run(data, new Dictionary<string, string> { [name] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private FindingsReport Run(RecruitmentDataBuilder data, Dictionary<string, string>? parameters = null)
    {
        var folder = _temp.Combine(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var merged = new Dictionary<string, string>(Small);
        foreach (var (key, value) in parameters ?? [])
        {
            merged[key] = value;
        }

        return new ModelRunner().Run(new FakeRecruitmentModel(), data.Write(folder), merged, "440106");
    }
}
