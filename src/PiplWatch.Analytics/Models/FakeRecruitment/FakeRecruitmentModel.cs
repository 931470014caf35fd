using System.Globalization;
using System.Text.Json.Nodes;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Analytics.Linkage;
using PiplWatch.Core.Findings;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// Scenario N3 (Tianhe district, Guangzhou): job ads collided with the business registry. Advertised company names are
/// linked to registry records (<see cref="CompanyLinker"/>: credit code, then normalised name, then fuzzy); a company is
/// the registry record its spellings link to, or its normalised name when none does. Company-level signals give one
/// <c>suspect_company</c> finding per company, posting-level signals one <c>suspect_posting</c> finding per posting.
/// Score = 1 − Π(1 − weight) over the signals that fired, so two weak signals outweigh one.
/// </summary>
public sealed class FakeRecruitmentModel : ISupervisionModel
{
    /// <summary>Model id.</summary>
    public const string Id = "fake-recruitment";

    /// <summary>Signals about a company, with their weights in the score.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, double>> CompanySignals =
    [
        new("not_in_registry", 0.6),
        new("deregistered", 0.7),
        new("revoked", 0.7),
        new("abnormal_list", 0.4),
        new("zero_insured", 0.35),
        new("new_mass_posting", 0.35),
        new("shared_phone", 0.4),
        new("address_cluster", 0.3),
    ];

    /// <summary>Signals about a posting, with their weights (suspicious_text: per category of request found).</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, double>> PostingSignals =
    [
        new("impersonation", 0.6),
        new("salary_outlier", 0.3),
        new("suspicious_text", 0.35),
    ];

    /// <inheritdoc/>
    public ModelDefinition Definition { get; } = new(
        Id,
        "1.0.0",
        "虚假招聘",
        "Fake recruitment",
        "N3",
        ["job_postings", "business_registry"],
        [
            new("zero_insured_postings", "10", "参保人数为 0 的企业发布招聘信息达到此数即提示", "Postings of a company with zero insured staff that raise the signal"),
            new("new_company_days", "90", "首次发布招聘距成立不超过此天数为新设企业", "Days from establishment to the first posting within which a company counts as new"),
            new("burst_postings", "20", "新设企业在集中期内发布招聘达到此数", "Postings of a new company within the burst window that raise the signal"),
            new("burst_days", "30", "集中发布的统计期（自首次发布起，天）", "Burst window from the first posting, in days"),
            new("shared_phone_companies", "3", "同一联系电话用于此数量以上公司", "Companies one contact phone is used for"),
            new("address_companies", "10", "同一登记住所（含房号）登记企业达到此数", "Registered companies at one address (room included)"),
            new("salary_ratio", "2.5", "薪资达到同岗位中位数的此倍数", "Pay at this multiple of the title's median"),
            new("salary_min_peers", "20", "同岗位招聘信息少于此数不作薪资比较", "Postings a title needs before its pay is compared"),
            new("min_link_score", new LinkageOptions().MinScore.ToString("R", CultureInfo.InvariantCulture), "企业名称模糊比对的最低得分", "Lowest score of a fuzzy company-name link"),
            new("max_findings_per_kind", "5000", "每类发现最多列出的条数（按评分排序；汇总中计全部）", "Findings listed per kind at most, highest score first (the summary counts all)"),
        ],
        [
            new("suspect_company", "疑似虚假招聘企业", ["PIPL-5", "PIPL-10", "HRMR-29"], ["market-regulation", "human-resources"]),
            new("suspect_posting", "疑似虚假招聘信息", ["PIPL-5", "PIPL-6", "PIPL-10", "HRMR-29", "ATFL-29"], ["human-resources", "market-regulation"]),
        ]);

    /// <inheritdoc/>
    public (JsonObject Summary, IReadOnlyList<Finding> Findings) Run(ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = RecruitmentParameters.From(context);
        RecruitmentFunctions.Register(context.Connection);
        LinkageFunctions.Register(context.Connection);
        var inputs = new RecruitmentInputs(context);
        inputs.Prepare();
        var linkage = new CompanyLinker(new LinkageOptions { MinScore = parameters.MinLinkScore, TablePrefix = "fr_link_" })
            .Link(context.Connection, "fr_names", "fr_registry_names");
        var companies = new CompanyFindings(context, parameters, Definition.Kind("suspect_company"));
        var postings = new PostingFindings(context, parameters, Definition.Kind("suspect_posting"));
        var findings = new List<Finding>();
        findings.AddRange(companies.Find());
        findings.AddRange(postings.Find());

        var bySignal = companies.CountBySignal().Concat(postings.CountBySignal());
        var summary = Sql.Query(context.Connection, """
            SELECT (SELECT count(*) FROM fr_posts),
                   count(*),
                   count(*) FILTER (WHERE right_key IS NOT NULL),
                   count(*) FILTER (WHERE right_key IS NULL),
                   count(*) FILTER (WHERE right_key IS NULL AND ambiguous),
                   (SELECT count(*) FROM fr_company_flags)
            FROM fr_companies
            """)[0];
        return (new JsonObject
        {
            ["postings"] = Sql.Long(summary[0]),
            ["companies_advertised"] = Sql.Long(summary[1]),
            ["companies_matched"] = Sql.Long(summary[2]),
            ["companies_unmatched"] = Sql.Long(summary[3]),
            ["companies_ambiguous"] = Sql.Long(summary[4]),
            ["companies_flagged"] = Sql.Long(summary[5]),
            ["postings_flagged"] = postings.Flagged,
            ["by_signal"] = new JsonObject(bySignal.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            ["advertised_names"] = linkage.Left,
            ["registry_records"] = linkage.Right,
            ["registry_duplicate_codes"] = inputs.DuplicateCodes,
            ["links_by_method"] = new JsonObject { ["uscc"] = linkage.ByUscc, ["exact_core"] = linkage.ByExactCore, ["fuzzy"] = linkage.ByFuzzy },
            ["impersonation_staffing_excluded"] = postings.StaffingExcluded,
            ["titles_compared"] = postings.TitlesCompared,
        }, findings);
    }

    /// <summary>1 − Π(1 − weight) over the fired signals, as SQL over boolean columns named like the signals.</summary>
    internal static string ScoreSql(IEnumerable<KeyValuePair<string, double>> signals, Func<string, string?>? weightOf = null) =>
        "1 - " + string.Join(" * ", signals.Select(s =>
            $"(CASE WHEN {s.Key} THEN 1 - {weightOf?.Invoke(s.Key) ?? s.Value.ToString("R", CultureInfo.InvariantCulture)} ELSE 1 END)"));

    /// <summary>How many rows of <paramref name="table"/> each signal fired in (boolean columns named like the signals).</summary>
    internal static IEnumerable<KeyValuePair<string, long>> CountBySignal(ModelRunContext context, string table, IReadOnlyList<KeyValuePair<string, double>> signals)
    {
        var counts = Sql.Query(context.Connection, "SELECT " + string.Join(", ", signals.Select(s => $"count(*) FILTER (WHERE {s.Key})")) + $" FROM {table}")[0];
        return signals.Select((s, i) => KeyValuePair.Create(s.Key, Sql.Long(counts[i])));
    }

    /// <summary>The fired signals of a row whose columns are named like the signals.</summary>
    internal static string SignalListSql(IEnumerable<KeyValuePair<string, double>> signals) =>
        "list_filter([" + string.Join(", ", signals.Select(s => $"CASE WHEN {s.Key} THEN '{s.Key}' END")) + "], x -> x IS NOT NULL)";
}
