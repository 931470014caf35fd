using System.Globalization;
using System.Text;
using PiplWatch.Analytics.Datasets;

namespace PiplWatch.Analytics.Tests.Datasets;

/// <summary>
/// Job-ad and business-registry exports as platforms give them (issue 7): descriptions over several lines inside quotes,
/// dates as Excel serial numbers, registry statuses and flags in their Chinese forms, unknown insured counts.
/// </summary>
public sealed class RecruitmentImportTests : IDisposable
{
    private readonly ImportWorkspace _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Job_postings_with_multi_line_descriptions_and_Excel_serial_dates_import_row_by_row()
    {
        var file = _test.Combine("postings.csv");
        File.WriteAllText(file, """
            职位ID,公司名称,职位名称,最低薪资,最高薪资,发布时间,职位描述
            P1,广州星辰示例科技有限公司,客服专员,4000,6000,46000,"岗位职责：
            1. 接听来电
            2. 整理记录"
            P2,天河示例传媒有限公司,主播助理,8千,1.2万,2025/12/15,"日结，""高薪""，加微信详聊"
            P3,示例人力资源服务有限公司,普工,5000,7000,2025年12月16日,无
            """, new UTF8Encoding(false));

        var report = _test.Importer.Import(new ImportRequest { File = file, Name = "postings-a", Role = "job_postings", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, report.Rows);
        Assert.Equal(0, report.SkippedRows);
        var parquet = _test.Parquet("postings-a");
        Assert.Equal("岗位职责：\n1. 接听来电\n2. 整理记录", ImportWorkspace.Scalar<string>(parquet, "SELECT replace(description, chr(13), '') FROM t WHERE posting_id = 'P1'"));
        Assert.Equal(new DateTime(2025, 12, 9), ImportWorkspace.Scalar<DateTime>(parquet, "SELECT posted_at FROM t WHERE posting_id = 'P1'"));
        Assert.Equal("日结，\"高薪\"，加微信详聊", ImportWorkspace.Scalar<string>(parquet, "SELECT description FROM t WHERE posting_id = 'P2'"));
        Assert.Equal(12000d, ImportWorkspace.Scalar<double>(parquet, "SELECT salary_max FROM t WHERE posting_id = 'P2'"));
        Assert.Equal(8000d, ImportWorkspace.Scalar<double>(parquet, "SELECT salary_min FROM t WHERE posting_id = 'P2'"));
    }

    [Fact]
    public void Registry_statuses_flags_and_unknown_insured_counts_take_their_canonical_values()
    {
        var file = _test.Combine("registry.csv");
        File.WriteAllText(file, """
            统一社会信用代码,企业名称,登记状态,成立日期,注册资本,参保人数,是否经营异常
            91440101MA5TEST01X,广州星辰示例科技有限公司,存续（在营、开业、在册）,2025-11-01,100万元人民币,0,否
            91440101MA5TEST02X,天河示例传媒有限公司,吊销，已注销,2019-03-01,100.000000万人民币,-,是
            91440101MA5TEST03X,示例人力资源服务有限公司,吊销，未注销,2018-05-20,14万美元,,否
            91440101MA5TEST04X,示例迁出贸易有限公司,迁出,2020-01-01,50万元,12,否
            """, new UTF8Encoding(false));

        var report = _test.Importer.Import(new ImportRequest { File = file, Name = "registry", Role = "business_registry", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, report.Rows);
        var parquet = _test.Parquet("registry");
        Assert.Equal("active,deregistered,revoked,moved_out", ImportWorkspace.Scalar<string>(parquet, "SELECT string_agg(status, ',' ORDER BY uscc) FROM t"));
        Assert.Equal("false,true,false,false", ImportWorkspace.Scalar<string>(parquet, "SELECT string_agg(abnormal::VARCHAR, ',' ORDER BY uscc) FROM t"));
        // An empty or '-' insured count is unknown, not zero.
        Assert.Equal(2L, ImportWorkspace.Scalar<long>(parquet, "SELECT count(*) FROM t WHERE insured_count IS NULL"));
        Assert.Equal(1L, ImportWorkspace.Scalar<long>(parquet, "SELECT count(*) FROM t WHERE insured_count = 0"));
    }

    // Registered capital as registries export it: the amount and its currency, or unknown (null) for '-', empty and a
    // currency the platform does not know.
    private static readonly (string Capital, double? Amount, string? Currency)[] Capitals =
    [
        ("100万元人民币", 1_000_000, "CNY"), ("100.000000万人民币", 1_000_000, "CNY"), ("14万美元", 140_000, "USD"),
        ("人民币100万元", 1_000_000, "CNY"), ("5000万(元)", 50_000_000, "CNY"), ("50 万元", 500_000, "CNY"),
        ("1,000万元", 10_000_000, "CNY"), ("1亿元人民币", 100_000_000, "CNY"), ("200万港元", 2_000_000, "HKD"),
        ("300万港币", 3_000_000, "HKD"), ("50万欧元", 500_000, "EUR"), ("1000万日元", 10_000_000, "JPY"),
        ("20万英镑", 200_000, "GBP"), ("3000000", 3_000_000, "CNY"), ("５０００万（元）", 50_000_000, "CNY"),
        ("-", null, null), ("", null, null), ("100万卢布", null, null),
    ];

    private static readonly string[] Surnames = ["王", "李", "欧阳"];

    private static string Uscc(int i) => string.Create(CultureInfo.InvariantCulture, $"91440101MA5C{i:D5}X");

    private static string CompanyName(int i) => string.Create(CultureInfo.InvariantCulture, $"示例{i}号科技有限公司");

    private string WriteRegistryWithCapitals()
    {
        var file = _test.Combine("registry-capital.csv");
        var csv = new StringBuilder("统一社会信用代码,企业名称,注册资本,法定代表人,电话\n");
        for (var i = 0; i < Capitals.Length; i++)
        {
            // Generated people: a surname and a made-up given name, phones in one reserved-looking block.
            csv.Append(CultureInfo.InvariantCulture, $"{Uscc(i)},{CompanyName(i)},\"{Capitals[i].Capital}\",{Surnames[i % 3]}测试,1380013{i:D4}\n");
        }

        File.WriteAllText(file, csv.ToString(), new UTF8Encoding(false));
        return file;
    }

    [Fact]
    public void Registered_capital_imports_as_an_amount_with_its_currency_and_unknown_as_null()
    {
        var file = WriteRegistryWithCapitals();

        var report = _test.Importer.Import(new ImportRequest { File = file, Name = "registry-capital", Role = "business_registry", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Capitals.Length, report.Rows);
        Assert.Equal(0, report.SkippedRows);
        Assert.Equal("注册资本", report.Mapping.Columns["registered_capital"]);
        var parquet = _test.Parquet("registry-capital");
        Assert.Equal("DOUBLE,VARCHAR", ImportWorkspace.Scalar<string>(parquet, "SELECT string_agg(column_type, ',' ORDER BY column_name) FROM (DESCRIBE t) WHERE column_name LIKE 'registered_capital%'"));
        for (var i = 0; i < Capitals.Length; i++)
        {
            var (capital, amount, currency) = Capitals[i];
            var where = $"uscc = '{Uscc(i)}'";
            Assert.True(amount == (double?)ImportWorkspace.Value(parquet, $"SELECT registered_capital FROM t WHERE {where}"), $"amount of '{capital}'");
            Assert.True(currency == (string?)ImportWorkspace.Value(parquet, $"SELECT registered_capital_currency FROM t WHERE {where}"), $"currency of '{capital}'");
        }

        Assert.Equal(3L, ImportWorkspace.Scalar<long>(parquet, "SELECT count(*) FROM t WHERE registered_capital IS NULL AND registered_capital_currency IS NULL"));
    }

    [Fact]
    public void Registry_profile_shows_company_names_and_the_currency_and_masks_the_legal_representative()
    {
        var file = WriteRegistryWithCapitals();

        _test.Importer.Import(new ImportRequest { File = file, Name = "registry-profile", Role = "business_registry", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        var profile = _test.Workspace.Find("registry-profile")!.Profile;
        var names = Enumerable.Range(0, Capitals.Length).Select(CompanyName).ToHashSet(StringComparer.Ordinal);
        var nameProfile = profile.Single(p => p.Column == "name");
        Assert.NotEmpty(nameProfile.TopValues);
        Assert.All(nameProfile.TopValues, v => Assert.Contains(v.Value, names));

        var legalRep = profile.Single(p => p.Column == "legal_rep");
        Assert.Equal(["李**", "欧阳**", "王**"], legalRep.TopValues.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.All(profile.Single(p => p.Column == "phone").TopValues, v => Assert.Matches("^138\\*{4}\\d{4}$", v.Value));

        Assert.Equal(["registered_capital", "registered_capital_currency"], profile.Select(p => p.Column).Where(c => c.StartsWith("registered_capital", StringComparison.Ordinal)));
        var currency = profile.Single(p => p.Column == "registered_capital_currency");
        Assert.Equal(new TopValue("CNY", 9), currency.TopValues[0]);
        Assert.Equal(Math.Round(3d / Capitals.Length, 4), currency.NullShare);
    }

    [Fact]
    public void A_registry_dataset_imported_again_from_its_Parquet_keeps_the_currencies()
    {
        var file = WriteRegistryWithCapitals();
        _test.Importer.Import(new ImportRequest { File = file, Name = "registry-first", Role = "business_registry", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);
        var copy = _test.Combine("registry-copy.parquet");
        File.Copy(_test.Parquet("registry-first"), copy);

        var report = _test.Importer.Import(new ImportRequest { File = copy, Name = "registry-again", Role = "business_registry", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Capitals.Length, report.Rows);
        var parquet = _test.Parquet("registry-again");
        Assert.Equal(140_000d, ImportWorkspace.Scalar<double>(parquet, $"SELECT registered_capital FROM t WHERE uscc = '{Uscc(2)}'"));
        Assert.Equal("USD", ImportWorkspace.Scalar<string>(parquet, $"SELECT registered_capital_currency FROM t WHERE uscc = '{Uscc(2)}'"));
        Assert.Equal("CNY,HKD,HKD,EUR,JPY,GBP", ImportWorkspace.Scalar<string>(parquet, "SELECT string_agg(registered_capital_currency, ',' ORDER BY uscc) FROM t WHERE uscc >= '" + Uscc(7) + "' AND uscc <= '" + Uscc(12) + "'"));
        Assert.Equal(3L, ImportWorkspace.Scalar<long>(parquet, "SELECT count(*) FROM t WHERE registered_capital IS NULL AND registered_capital_currency IS NULL"));
    }
}
