using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Core.Findings;
using PiplWatch.Core.Masking;

namespace PiplWatch.Analytics.Models.ReservationAbuse;

/// <summary>
/// Scenario N6 (Jingdezhen museum): identities booked far too often, IPs behind many accounts, accounts that cancel and
/// rebook, agencies reusing identities on many dates, identities used by several agencies. The summary is computed on
/// the team-channel entry list (channel team, status entered, where those columns exist), as the seed case was.
/// </summary>
public sealed class ReservationAbuseModel : ISupervisionModel
{
    /// <summary>Model id.</summary>
    public const string Id = "reservation-abuse";

    private static readonly string[] Overuse = ["PIPL-10", "PIPL-5", "TOURL-52"];

    /// <inheritdoc/>
    public ModelDefinition Definition { get; } = new(
        Id,
        "1.0.0",
        "预约身份信息滥用",
        "Reservation identity abuse",
        "N6",
        ["reservations"],
        [
            new("threshold", "10", "同一身份信息在窗口内入馆次数达到此值即为过度使用", "Entries of one identity within the window that count as overuse"),
            new("window_days", "183", "统计窗口（天）", "Window for the threshold, in days"),
            new("channel", "team", "汇总统计的预约渠道（无渠道列时统计全部）", "Channel the summary counts (all rows when there is no channel column)"),
            new("ip_accounts", "10", "同一 IP 一天内关联的账号数达到此值", "Accounts behind one IP within a day"),
            new("cancel_count", "20", "同一账号取消预约次数达到此值", "Cancellations by one account"),
            new("agency_dates", "5", "旅行社在此数量以上不同日期重复使用同一身份", "Distinct visit dates on which an agency uses the same identity"),
            new("agency_min_identities", "10", "旅行社重复使用的身份数达到此值", "Identities an agency reuses before it is reported"),
            new("kinds", "all", "要检查的发现类型（逗号分隔；none 只算汇总数字）", "Kinds of findings to look for, comma-separated; none computes the figures only"),
            new("max_findings_per_kind", "5000", "每类发现最多列出的条数（按严重程度排序；汇总中计全部）", "Findings listed per kind at most, worst first (the summary counts all)"),
            new("guide_group", "8", "导游判定：每次入馆都随同一预约中至少此数量的其他游客且只属一家旅行社", "Guide-like: every entry in one booking with at least this many others, one agency only"),
        ],
        [
            new("identity_overuse", "身份信息被过度使用", Overuse, ["culture-tourism", "public-security"]),
            new("ip_cluster", "同一 IP 关联大量账号", ["PIPL-10", "NDSR-22"], ["culture-tourism", "public-security"]),
            new("cancel_rebook", "反复取消再预约", ["PIPL-10"], ["culture-tourism", "public-security"]),
            new("agency_identity_reuse", "旅行社反复使用同一批身份信息", ["PIPL-10", "PIPL-13", "TOURL-52"], ["culture-tourism"]),
            new("identity_multi_agency", "同一身份信息被多家旅行社使用", ["PIPL-10", "PIPL-23"], ["culture-tourism", "public-security"]),
        ]);

    /// <inheritdoc/>
    public (JsonObject Summary, IReadOnlyList<Finding> Findings) Run(ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var connection = context.Connection;
        var hasChannel = context.HasColumn("reservations", "channel");
        var hasStatus = context.HasColumn("reservations", "status");
        var channel = context.Parameters["channel"].Replace("'", "''", StringComparison.Ordinal);
        Sql.Execute(connection, $"""
            CREATE TEMP VIEW entries AS SELECT * FROM reservations
            WHERE {(hasChannel ? $"channel = '{channel}'" : "true")} AND {(hasStatus ? "(status IS NULL OR status = 'entered')" : "true")}
            """);
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE per_identity AS
            WITH windowed AS (
              SELECT id_number, count(*) OVER (PARTITION BY id_number ORDER BY visit_date
                RANGE BETWEEN CURRENT ROW AND INTERVAL {context.Whole("window_days") - 1} DAYS FOLLOWING) AS in_window
              FROM entries)
            SELECT id_number, count(*) AS entries, max(in_window) AS max_in_window FROM windowed GROUP BY id_number
            """);
        var summary = Summary(connection, context.Whole("threshold"));
        var kinds = Kinds(context.Parameters["kinds"]);
        var findings = new List<Finding>();
        if (kinds.Contains("identity_overuse"))
        {
            MarkGuides(context);
            findings.AddRange(IdentityOveruse(context));
            summary["guides_excluded"] = Sql.Scalar(connection, "SELECT count(*) FROM guides");
        }

        if (kinds.Contains("ip_cluster") && context.HasColumn("reservations", "ip") && context.HasColumn("reservations", "account_id") && context.HasColumn("reservations", "booked_at"))
        {
            findings.AddRange(IpClusters(context));
        }

        if (kinds.Contains("cancel_rebook") && hasStatus && context.HasColumn("reservations", "account_id"))
        {
            findings.AddRange(CancelRebook(context));
        }

        if (kinds.Contains("agency_identity_reuse") && context.HasColumn("reservations", "agency"))
        {
            findings.AddRange(AgencyReuse(context));
        }

        if (kinds.Contains("identity_multi_agency") && context.HasColumn("reservations", "agency"))
        {
            var (multi, identities) = MultiAgency(context);
            findings.AddRange(multi);
            summary["identities_used_by_several_agencies"] = identities;
        }

        summary["findings_by_kind"] = new JsonObject(findings.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)JsonValue.Create(g.Count()))));
        return (summary, findings);
    }

    private HashSet<string> Kinds(string parameter)
    {
        if (parameter is "all")
        {
            return Definition.FindingKinds.Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        }

        var kinds = parameter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => k != "none").ToHashSet(StringComparer.Ordinal);
        var unknown = kinds.Where(k => Definition.FindingKinds.All(f => f.Kind != k)).ToList();
        return unknown.Count == 0
            ? kinds
            : throw new ArgumentException($"kinds: unknown {string.Join(", ", unknown)} (kinds: {string.Join(", ", Definition.FindingKinds.Select(f => f.Kind))}, all, none)", nameof(parameter));
    }

    private static JsonObject Summary(DuckDBConnection connection, int threshold)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT
              (SELECT count(*) FROM entries) AS records,
              count(*) AS distinct_identities,
              CAST(coalesce(sum(entries) FILTER (WHERE entries >= 2), 0) AS BIGINT) AS repeat_records,
              count(*) FILTER (WHERE max_in_window >= {threshold}) AS identities_over_threshold,
              CAST(coalesce(max(entries), 0) AS BIGINT) AS max_entries_per_identity
            FROM per_identity
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        var records = reader.GetInt64(0);
        var distinct = reader.GetInt64(1);
        var repeat = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["records"] = records,
            ["distinct_identities"] = distinct,
            ["repeat_records"] = repeat,
            ["repeat_share"] = records == 0 ? 0 : Math.Round((double)repeat / records, 4),
            ["excess_records"] = records - distinct,
            ["identities_over_threshold"] = reader.GetInt64(3),
            ["max_entries_per_identity"] = Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Tour guides lead many groups: an identity whose every entry was booked together with a group (same account and
    /// booking time, at least guide_group others) through a single agency is guide-like and not reported for overuse.
    /// </summary>
    private static void MarkGuides(ModelRunContext context)
    {
        var canTell = context.HasColumn("reservations", "account_id") && context.HasColumn("reservations", "booked_at") && context.HasColumn("reservations", "agency");
        Sql.Execute(context.Connection, $"CREATE TEMP TABLE overused AS SELECT id_number, entries, max_in_window FROM per_identity WHERE max_in_window >= {context.Whole("threshold")}");

        // Only identities over the threshold can be reported, so only their bookings are sized: a few thousand
        // bookings instead of a join of the whole table with itself.
        Sql.Execute(context.Connection, canTell
            ? $"""
              CREATE TEMP TABLE guides AS
              WITH candidate AS (SELECT id_number, account_id, booked_at, agency FROM entries SEMI JOIN overused USING (id_number)),
                booking AS (SELECT DISTINCT account_id, booked_at FROM candidate),
                size AS (SELECT account_id, booked_at, count(*) AS size FROM entries SEMI JOIN booking USING (account_id, booked_at) GROUP BY ALL)
              SELECT c.id_number FROM candidate c JOIN size s USING (account_id, booked_at)
              GROUP BY c.id_number HAVING count(*) >= 2 AND count(DISTINCT c.agency) = 1 AND min(s.size) - 1 >= {context.Whole("guide_group")}
              """
            : "CREATE TEMP TABLE guides (id_number VARCHAR)");
    }

    private IEnumerable<Finding> IdentityOveruse(ModelRunContext context)
    {
        var threshold = context.Whole("threshold");
        var hasAgency = context.HasColumn("reservations", "agency");
        var rows = Sql.Query(context.Connection, $"""
            SELECT p.id_number, p.entries, p.max_in_window,
              string_agg(DISTINCT strftime(e.visit_date, '%Y-%m-%d'), ',' ORDER BY strftime(e.visit_date, '%Y-%m-%d')) AS dates,
              {(hasAgency ? "string_agg(DISTINCT e.agency, '、')" : "''")} AS agencies
            FROM overused p JOIN entries e USING (id_number)
            WHERE p.id_number NOT IN (SELECT id_number FROM guides)
            GROUP BY ALL ORDER BY p.entries DESC, p.id_number LIMIT {context.Whole("max_findings_per_kind")}
            """);
        foreach (var row in rows)
        {
            var id = (string)row[0]!;
            var entries = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
            var dates = ((string?)row[3] ?? string.Empty).Split(',');
            var masked = DisplayMask.IdNumber(id);
            yield return Make("identity_overuse", masked, Pseudonym(id), context.Region, ["entries_over_threshold"], Math.Min(1, 0.5 + (entries / (threshold * 10.0))),
                string.Create(CultureInfo.InvariantCulture, $"身份信息 {masked} 在 {context.Parameters["window_days"]} 天内入馆 {row[2]} 次（共 {entries} 次），远超 {threshold} 次；涉及旅行社：{row[4]}"),
                [new JsonObject { ["id_number"] = masked, ["entries"] = entries, ["first_dates"] = string.Join(',', dates.Take(20)), ["agencies"] = (string?)row[4] }]);
        }
    }

    private IEnumerable<Finding> IpClusters(ModelRunContext context)
    {
        var minimum = context.Whole("ip_accounts");
        foreach (var row in Sql.Query(context.Connection, $"""
            WITH booking AS (SELECT ip, CAST(booked_at AS DATE) AS day, account_id FROM reservations WHERE ip IS NOT NULL AND account_id IS NOT NULL),
              busy AS (SELECT ip, day FROM booking GROUP BY ALL HAVING count(*) >= {minimum}),
              per_account AS (SELECT ip, day, account_id, count(*) AS n FROM booking SEMI JOIN busy USING (ip, day) GROUP BY ALL)
            SELECT ip, day, count(*) AS accounts, CAST(sum(n) AS BIGINT) AS bookings FROM per_account
            GROUP BY ALL HAVING count(*) >= {minimum}
            ORDER BY accounts DESC, ip, day
            """).GroupBy(r => (string)r[0]!).Take(context.Whole("max_findings_per_kind")))
        {
            var days = row.ToList();
            var maxAccounts = days.Max(d => Convert.ToInt64(d[2], CultureInfo.InvariantCulture));
            yield return Make("ip_cluster", row.Key, row.Key, context.Region, ["many_accounts_one_ip"], Math.Min(1, 0.5 + (maxAccounts / (minimum * 10.0))),
                string.Create(CultureInfo.InvariantCulture, $"IP {row.Key} 在 {days.Count} 天内单日关联最多 {maxAccounts} 个预约账号"),
                [.. days.Take(20).Select(d => new JsonObject { ["ip"] = row.Key, ["day"] = ((DateOnly)d[1]!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["accounts"] = Convert.ToInt64(d[2], CultureInfo.InvariantCulture), ["bookings"] = Convert.ToInt64(d[3], CultureInfo.InvariantCulture) })]);
        }
    }

    private IEnumerable<Finding> CancelRebook(ModelRunContext context)
    {
        var minimum = context.Whole("cancel_count");
        foreach (var row in Sql.Query(context.Connection, $"""
            SELECT account_id, count(*) FILTER (WHERE status = 'cancelled') AS cancelled, count(*) AS bookings
            FROM reservations WHERE account_id IS NOT NULL GROUP BY 1
            HAVING count(*) FILTER (WHERE status = 'cancelled') >= {minimum} ORDER BY cancelled DESC, account_id
            LIMIT {context.Whole("max_findings_per_kind")}
            """))
        {
            var account = (string)row[0]!;
            var cancelled = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
            yield return Make("cancel_rebook", account, account, context.Region, ["repeated_cancellation"], Math.Min(1, 0.5 + (cancelled / (minimum * 10.0))),
                string.Create(CultureInfo.InvariantCulture, $"账号 {account} 取消预约 {cancelled} 次（共预约 {row[2]} 次），疑为占号转卖"),
                [new JsonObject { ["account_id"] = account, ["cancelled"] = cancelled, ["bookings"] = Convert.ToInt64(row[2], CultureInfo.InvariantCulture) }]);
        }
    }

    private IEnumerable<Finding> AgencyReuse(ModelRunContext context)
    {
        var dates = context.Whole("agency_dates");
        var minimum = context.Whole("agency_min_identities");
        foreach (var row in Sql.Query(context.Connection, $"""
            WITH candidate AS (SELECT id_number FROM per_identity WHERE entries >= {dates}),
              visit AS (SELECT DISTINCT agency, id_number, visit_date FROM entries SEMI JOIN candidate USING (id_number) WHERE agency IS NOT NULL AND agency <> ''),
              reuse AS (SELECT agency, id_number, count(*) AS dates FROM visit GROUP BY ALL HAVING count(*) >= {dates})
            SELECT agency, count(*) AS identities, max(dates) AS max_dates, CAST(sum(dates) AS BIGINT) AS entries FROM reuse
            GROUP BY agency HAVING count(*) >= {minimum} ORDER BY identities DESC, agency
            LIMIT {context.Whole("max_findings_per_kind")}
            """))
        {
            var agency = (string)row[0]!;
            var identities = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
            yield return Make("agency_identity_reuse", agency, agency, context.Region, ["identities_reused_across_dates"], Math.Min(1, 0.5 + (identities / (minimum * 20.0))),
                string.Create(CultureInfo.InvariantCulture, $"{agency} 在 {dates} 个以上不同日期重复使用 {identities} 个身份信息（单个最多 {row[2]} 个日期）"),
                [new JsonObject { ["agency"] = agency, ["identities_reused"] = identities, ["max_dates_per_identity"] = Convert.ToInt64(row[2], CultureInfo.InvariantCulture) }]);
        }
    }

    private (List<Finding> Findings, long Identities) MultiAgency(ModelRunContext context)
    {
        // Only identities seen twice or more can have two agencies; counting distinct agencies as a second grouping of
        // (identity, agency) pairs keeps DuckDB's memory bounded where count(DISTINCT) over the whole table did not.
        Sql.Execute(context.Connection, """
            CREATE TEMP TABLE several_agencies AS
            WITH pair AS (
              SELECT id_number, agency, count(*) AS entries FROM entries SEMI JOIN (SELECT id_number FROM per_identity WHERE entries >= 2) USING (id_number)
              WHERE agency IS NOT NULL AND agency <> '' GROUP BY ALL)
            SELECT id_number, count(*) AS agencies, string_agg(agency, '、' ORDER BY agency) AS names, CAST(sum(entries) AS BIGINT) AS entries
            FROM pair GROUP BY 1 HAVING count(*) >= 2
            """);
        var findings = new List<Finding>();
        foreach (var row in Sql.Query(context.Connection, $"SELECT * FROM several_agencies ORDER BY agencies DESC, entries DESC, id_number LIMIT {context.Whole("max_findings_per_kind")}"))
        {
            var id = (string)row[0]!;
            var masked = DisplayMask.IdNumber(id);
            var agencies = Convert.ToInt64(row[1], CultureInfo.InvariantCulture);
            findings.Add(Make("identity_multi_agency", masked, Pseudonym(id), context.Region, ["several_agencies"], Math.Min(1, 0.4 + (agencies / 10.0)),
                string.Create(CultureInfo.InvariantCulture, $"身份信息 {masked} 被 {agencies} 家旅行社使用：{row[2]}"),
                [new JsonObject { ["id_number"] = masked, ["agencies"] = (string?)row[2], ["entries"] = Convert.ToInt64(row[3], CultureInfo.InvariantCulture) }]));
        }

        return (findings, Sql.Scalar(context.Connection, "SELECT count(*) FROM several_agencies"));
    }

    private Finding Make(string kind, string subject, string subjectKey, string region, IReadOnlyList<string> signals, double score, string reason, IReadOnlyList<JsonObject> evidence)
    {
        var declared = Definition.Kind(kind);
        return new Finding
        {
            Id = FindingId.For(Id, kind, subjectKey, region),
            Subject = subject,
            Kind = kind,
            Signals = signals,
            Score = Math.Round(score, 3),
            Reason = reason,
            LegalBasis = declared.LegalBasis,
            Sectors = declared.Sectors,
            Region = region,
            Evidence = evidence,
        };
    }

    /// <summary>A stable key for an identity that does not carry it: masked forms of different people can coincide.</summary>
    private static string Pseudonym(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("reservation-abuse\u001f" + id)));
}
