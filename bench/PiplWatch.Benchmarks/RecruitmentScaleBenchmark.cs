using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using PiplWatch.Analytics.Linkage;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.FakeRecruitment;

namespace PiplWatch.Benchmarks;

/// <summary>
/// End-to-end scale runs of the fake-recruitment model on generated data (BENCHMARKS.md, issue 7). Each step runs in
/// its own process so that /usr/bin/time reports its own peak memory:
/// <c>recruitment-scale generate COMPANIES POSTINGS DIR [SEED]</c> writes <c>registry.parquet</c> (the linkage
/// generator's registry names with status, dates, addresses, insured counts, capital) and <c>postings.parquet</c> (the
/// generator's advertised names, each posting a name, phone, title, pay, date and text), and
/// <c>recruitment-scale model DIR</c> runs the model through the runner as the CLI does.
/// </summary>
internal static class RecruitmentScaleBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var watch = Stopwatch.StartNew();
        switch (args[1])
        {
            case "generate":
                Generate(long.Parse(args[2], CultureInfo.InvariantCulture), long.Parse(args[3], CultureInfo.InvariantCulture), args[4], args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 20261124);
                break;
            case "model":
                var folder = args[2];
                var report = new ModelRunner().Run(
                    new FakeRecruitmentModel(),
                    [
                        new ModelInput("job_postings", "postings", Path.Combine(folder, "postings.parquet"), new string('0', 64), 0, 0),
                        new ModelInput("business_registry", "registry", Path.Combine(folder, "registry.parquet"), new string('0', 64), 0, 0),
                    ],
                    new Dictionary<string, string>(),
                    "440106");
                await Console.Out.WriteLineAsync(report.Summary.ToJsonString());
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"findings: {report.Findings.Count}"));
                break;
            default:
                throw new ArgumentException($"unknown step '{args[1]}' (generate, model)", nameof(args));
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{args[1]}: {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static void Generate(long companies, long postings, string folder, int seed)
    {
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "generate.duckdb");
        try
        {
            using var connection = new DuckDBConnection($"DataSource={database}");
            connection.Open();
            Execute(connection, $"SET memory_limit = '4GB'; SET preserve_insertion_order = false; SET temp_directory = '{folder}/spill'");
            Execute(connection, "CREATE TABLE names (uscc VARCHAR, name VARCHAR); CREATE TABLE ads (i BIGINT, name VARCHAR, uscc VARCHAR, truth VARCHAR)");
            IReadOnlyList<GeneratedAdvertisedName> ads;
            using (var appender = connection.CreateAppender("names"))
            {
                // About one advertised name per five postings, as a city's job platforms have.
                ads = new LinkageDataGenerator(seed).Generate(checked((int)companies), checked((int)Math.Max(1, postings / 5)), row => appender.CreateRow().AppendValue(row.Uscc).AppendValue(row.Name).EndRow());
            }

            using (var appender = connection.CreateAppender("ads"))
            {
                long i = 0;
                foreach (var ad in ads)
                {
                    appender.CreateRow().AppendValue(i++).AppendValue(ad.Name).AppendValue(ad.Uscc).AppendValue(ad.TruthKey).EndRow();
                }
            }

            // Registry attributes (canonical values, as the importer writes them) from a hash of the credit code: mostly
            // active and insured, a few percent deregistered, revoked or on the abnormal list, a tenth with unknown insured
            // counts, one in a hundred new, some addresses shared by dozens. In the postings three companies in every 400
            // share one phone, and one posting in a hundred belongs to a burst: a tenth of the new companies' advertised
            // names (established in August 2025) post dozens of times in their first 25 days.
            Execute(connection, $"CREATE MACRO registry_hash(code) AS hash(code, {seed})");
            Execute(connection, $"""
                COPY (
                  SELECT uscc, name,
                    CASE WHEN h % 100 < 90 THEN 'active' WHEN h % 100 < 95 THEN 'deregistered' WHEN h % 100 < 97 THEN 'revoked' ELSE 'moved_out' END AS status,
                    CASE WHEN h % 100 = 99 THEN DATE '2025-08-01' + CAST(h % 30 AS INTEGER) ELSE DATE '2000-01-01' + CAST(h % 9000 AS INTEGER) END AS established_on,
                    '广州市天河区' || CASE WHEN h % 50 = 0 THEN '华夏路' || (h % 300) || '号' || (h % 7) || '01房' ELSE '路' || (h % 100000) || '号' || (h % 997) || '室' END AS address,
                    CASE WHEN h % 10 = 0 THEN NULL WHEN h % 10 = 1 THEN 0 ELSE h % 500 END AS insured_count,
                    h % 100 < 3 AS abnormal,
                    (h % 1000 + 1) * 10000.0 AS registered_capital,
                    CASE WHEN h % 200 = 0 THEN 'USD' ELSE 'CNY' END AS registered_capital_currency
                  FROM (SELECT uscc, name, registry_hash(uscc) AS h FROM names))
                TO '{folder}/registry.parquet' (FORMAT PARQUET, COMPRESSION ZSTD)
                """);
            Execute(connection, """
                CREATE TEMP TABLE burst_ads AS
                  SELECT row_number() OVER (ORDER BY i) - 1 AS b, i FROM ads WHERE registry_hash(truth) % 100 = 99 AND i % 10 = 0
                """);
            Execute(connection, $"""
                COPY (
                  WITH drawn AS (SELECT i, h, hash(i) % (SELECT count(*) FROM ads) AS k,
                                   CASE WHEN h % 100 = 50 THEN (h // 100) % (SELECT count(*) FROM burst_ads) END AS burst
                                 FROM (SELECT i, hash(i * 7 + {seed}) AS h FROM range({postings}) t(i))),
                  p AS (SELECT d.i, d.h, coalesce(b.i, d.k) AS k, b.i IS NOT NULL AS in_burst FROM drawn d LEFT JOIN burst_ads b ON b.b = d.burst)
                  SELECT 'P' || p.i AS posting_id, CASE WHEN p.h % 2 = 0 THEN 'A' ELSE 'B' END AS platform,
                    a.name AS company_name, 'acc' || (p.h % 400000) AS account_id,
                    CASE WHEN p.h % 200 = 0 THEN '广州速聘信息咨询有限公司' ELSE a.name END AS account_company, a.uscc,
                    CASE WHEN a.i % 400 < 3 THEN '138' || lpad(CAST(a.i // 400 AS VARCHAR), 8, '0')
                         ELSE '13' || lpad(CAST(hash(a.i) % 1000000000 AS VARCHAR), 9, '0') END AS contact_phone,
                    ['普工', '客服专员', '电话销售', '行政专员', '仓库管理员', '司机', '会计', '前台', '销售经理', '软件工程师'][1 + CAST(p.h % 10 AS INTEGER)] AS title,
                    CAST(4000 + (p.h % 40) * 100 AS DOUBLE) AS salary_min,
                    CAST(CASE WHEN p.h % 1000 = 0 THEN 60000 ELSE 6000 + (p.h % 40) * 150 END AS DOUBLE) AS salary_max,
                    TIMESTAMP '2025-09-01 08:00:00' + to_minutes(CAST(p.h % ((CASE WHEN p.in_burst THEN 25 ELSE 90 END) * 1440) AS BIGINT)) AS posted_at,
                    CASE WHEN p.h % 300 = 0 THEN '入职前需缴纳押金300元，详情加微信咨询。'
                         WHEN p.h % 3 = 0 THEN '五险一金，不收取任何押金、培训费；入职携带身份证原件。'
                         ELSE '岗位职责：按要求完成日常工作，工作地点在天河区，周末双休，节假日福利。' END AS description
                  FROM p JOIN ads a ON a.i = p.k)
                TO '{folder}/postings.parquet' (FORMAT PARQUET, COMPRESSION ZSTD)
                """);
        }
        finally
        {
            File.Delete(database);
            File.Delete(database + ".wal");
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
