using System.Text;
using DuckDB.NET.Data;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.TestSupport;

namespace PiplWatch.Analytics.Tests.Datasets;

/// <summary>
/// Job-ad and business-registry exports as platforms give them (issue 7): descriptions over several lines inside quotes,
/// dates as Excel serial numbers, registry statuses and flags in their Chinese forms, unknown insured counts.
/// </summary>
public sealed class RecruitmentImportTests : IDisposable
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);
    private readonly TemporaryDirectory _temp = new();
    private readonly AnalyticsWorkspace _workspace;
    private readonly DatasetImporter _importer;

    public RecruitmentImportTests()
    {
        _workspace = new AnalyticsWorkspace(_temp.Combine("data"));
        _importer = new DatasetImporter(_workspace, new PiiDetector(Reference.Regions, new DetectorOptions { Today = new DateOnly(2026, 11, 22) }));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Job_postings_with_multi_line_descriptions_and_Excel_serial_dates_import_row_by_row()
    {
        var file = _temp.Combine("postings.csv");
        File.WriteAllText(file, """
            职位ID,公司名称,职位名称,最低薪资,最高薪资,发布时间,职位描述
            P1,广州星辰示例科技有限公司,客服专员,4000,6000,46000,"岗位职责：
            1. 接听来电
            2. 整理记录"
            P2,天河示例传媒有限公司,主播助理,8千,1.2万,2025/12/15,"日结，""高薪""，加微信详聊"
            P3,示例人力资源服务有限公司,普工,5000,7000,2025年12月16日,无
            """, new UTF8Encoding(false));

        var report = _importer.Import(new ImportRequest { File = file, Name = "postings-a", Role = "job_postings", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, report.Rows);
        Assert.Equal(0, report.SkippedRows);
        var parquet = _workspace.PathOf(_workspace.Find("postings-a")!);
        Assert.Equal("岗位职责：\n1. 接听来电\n2. 整理记录", Scalar<string>(parquet, "SELECT replace(description, chr(13), '') FROM t WHERE posting_id = 'P1'"));
        Assert.Equal(new DateTime(2025, 12, 9), Scalar<DateTime>(parquet, "SELECT posted_at FROM t WHERE posting_id = 'P1'"));
        Assert.Equal("日结，\"高薪\"，加微信详聊", Scalar<string>(parquet, "SELECT description FROM t WHERE posting_id = 'P2'"));
        Assert.Equal(12000d, Scalar<double>(parquet, "SELECT salary_max FROM t WHERE posting_id = 'P2'"));
        Assert.Equal(8000d, Scalar<double>(parquet, "SELECT salary_min FROM t WHERE posting_id = 'P2'"));
    }

    [Fact]
    public void Registry_statuses_flags_and_unknown_insured_counts_take_their_canonical_values()
    {
        var file = _temp.Combine("registry.csv");
        File.WriteAllText(file, """
            统一社会信用代码,企业名称,登记状态,成立日期,注册资本,参保人数,是否经营异常
            91440101MA5TEST01X,广州星辰示例科技有限公司,存续（在营、开业、在册）,2025-11-01,100万元人民币,0,否
            91440101MA5TEST02X,天河示例传媒有限公司,吊销，已注销,2019-03-01,100.000000万人民币,-,是
            91440101MA5TEST03X,示例人力资源服务有限公司,吊销，未注销,2018-05-20,14万美元,,否
            91440101MA5TEST04X,示例迁出贸易有限公司,迁出,2020-01-01,50万元,12,否
            """, new UTF8Encoding(false));

        var report = _importer.Import(new ImportRequest { File = file, Name = "registry", Role = "business_registry", User = "analyst" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, report.Rows);
        var parquet = _workspace.PathOf(_workspace.Find("registry")!);
        Assert.Equal("active,deregistered,revoked,moved_out", Scalar<string>(parquet, "SELECT string_agg(status, ',' ORDER BY uscc) FROM t"));
        Assert.Equal("false,true,false,false", Scalar<string>(parquet, "SELECT string_agg(abnormal::VARCHAR, ',' ORDER BY uscc) FROM t"));
        // An empty or '-' insured count is unknown, not zero.
        Assert.Equal(2L, Scalar<long>(parquet, "SELECT count(*) FROM t WHERE insured_count IS NULL"));
        Assert.Equal(1L, Scalar<long>(parquet, "SELECT count(*) FROM t WHERE insured_count = 0"));
    }

    private static T Scalar<T>(string parquet, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE VIEW t AS SELECT * FROM read_parquet('{parquet}'); " + sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
