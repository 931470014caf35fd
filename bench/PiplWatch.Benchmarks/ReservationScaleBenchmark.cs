using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.ReservationAbuse;

namespace PiplWatch.Benchmarks;

/// <summary>
/// End-to-end scale runs of the reservation-abuse model on generated data (BENCHMARKS.md). Each step runs in its own
/// process so that /usr/bin/time reports its own peak memory:
/// <c>reservation-scale generate ROWS FILE.parquet</c>, <c>… query FILE.parquet</c> (the hand-written DuckDB summary),
/// <c>… model FILE.parquet</c> (the model through the runner), <c>… csv ROWS FILE.csv</c> (an export with Chinese headers).
/// </summary>
internal static class ReservationScaleBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var step = args[1];
        var watch = Stopwatch.StartNew();
        switch (step)
        {
            case "generate":
                Execute($"COPY ({Synthetic(long.Parse(args[2], CultureInfo.InvariantCulture))}) TO '{args[3]}' (FORMAT PARQUET, COMPRESSION ZSTD)");
                break;
            case "csv":
                Execute($"COPY (SELECT record_id AS 预约号, id_number AS 证件号码, CASE channel WHEN 'team' THEN '团队预约' ELSE '个人预约' END AS 预约渠道, agency AS 旅行社, account_id AS 预约账号, ip AS 下单IP, strftime(booked_at, '%Y-%m-%d %H:%M:%S') AS 预约时间, strftime(visit_date, '%Y/%-m/%-d') AS 参观日期, '已核销' AS 预约状态 FROM ({Synthetic(long.Parse(args[2], CultureInfo.InvariantCulture))})) TO '{args[3]}' (HEADER, DELIMITER ',')");
                break;
            case "query":
                await Console.Out.WriteLineAsync(Query(HandWrittenSummary(args[2])));
                break;
            case "read-csv":
                Execute($"COPY (SELECT * FROM read_csv('{args[2]}', header = true, all_varchar = true)) TO '{args[3]}' (FORMAT PARQUET, COMPRESSION ZSTD)");
                break;
            case "model":
                var parameters = args.Length > 3 ? new Dictionary<string, string> { ["kinds"] = args[3] } : new Dictionary<string, string>();
                var report = new ModelRunner().Run(new ReservationAbuseModel(), [new ModelInput("reservations", "scale", args[2], new string('0', 64), 0, 0)], parameters, "360200");
                await Console.Out.WriteLineAsync(report.Summary.ToJsonString());
                break;
            default:
                throw new ArgumentException($"unknown step '{step}'", nameof(args));
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{step}: {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>
    /// Bookings with a long-tailed identity distribution: about half the identities are seen once, a few thousand are
    /// seen dozens of times; 60 agencies, 181 days, team and individual channels.
    /// </summary>
    private static string Synthetic(long rows) => $"""
        SELECT record_id, id_number, channel, status,
          '第' || (CASE WHEN i % 20 = 0 THEN hash(i * 3) % 60 ELSE hash(id_number) % 60 END) || '旅行社' AS agency,
          'acct-' || (hash(i * 5) % 200000) AS account_id,
          '10.' || (i % 250) || '.' || ((i // 250) % 250) || '.' || ((i // 62500) % 250) AS ip,
          TIMESTAMP '2024-12-25 00:00:00' + to_minutes(CAST(hash(i * 17) % (190 * 1440) AS BIGINT)) AS booked_at,
          DATE '2025-01-01' + CAST(hash(i * 19) % 181 AS INTEGER) AS visit_date
        FROM (
          SELECT i, 'YY' || i AS record_id,
            lpad(CAST(CASE WHEN i % 10 < 5 THEN i ELSE hash(i) % ({rows} // 8) END AS VARCHAR), 18, '0') AS id_number,
            CASE WHEN i % 7 = 0 THEN 'individual' ELSE 'team' END AS channel, 'entered' AS status
          FROM range({rows}) t(i))
        """;

    /// <summary>The seven summary figures, written by hand as an analyst would, on the same Parquet.</summary>
    private static string HandWrittenSummary(string parquet) => $"""
        WITH e AS (SELECT id_number, visit_date FROM read_parquet('{parquet}') WHERE channel = 'team' AND status = 'entered'),
        w AS (SELECT id_number, count(*) OVER (PARTITION BY id_number ORDER BY visit_date RANGE BETWEEN CURRENT ROW AND INTERVAL 182 DAYS FOLLOWING) AS in_window FROM e),
        p AS (SELECT id_number, count(*) AS n, max(in_window) AS m FROM w GROUP BY id_number)
        SELECT sum(n) AS records, count(*) AS distinct_identities, sum(n) FILTER (WHERE n >= 2) AS repeat_records,
               round(sum(n) FILTER (WHERE n >= 2) / sum(n), 4) AS repeat_share, sum(n) - count(*) AS excess_records,
               count(*) FILTER (WHERE m >= 10) AS identities_over_threshold, max(n) AS max_entries_per_identity
        FROM p
        """;

    private static void Execute(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}"));
    }
}
