using System.Globalization;
using System.Text.Json.Nodes;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Core.Findings;
using PiplWatch.Core.Masking;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// Posting-level signals: the account's verified company is another company (impersonation), pay far above the title's
/// median, and text asking for ID cards, bank cards, fees or a move to WeChat/QQ. One <c>suspect_posting</c> finding per
/// posting, subject the posting id, naming the account and the advertised company.
/// </summary>
internal sealed class PostingFindings(ModelRunContext context, RecruitmentParameters parameters, FindingKind kind)
{
    /// <summary>Words in a company name that mark a staffing firm, which may lawfully advertise for a client (代招).</summary>
    private const string StaffingPattern = "人力资源|劳务派遣|劳务服务|人才服务|猎头";

    /// <summary>Cores this close (edit similarity) are one company written differently, not an impersonation.</summary>
    private const double SameCompanySimilarity = 0.8;

    public long Flagged { get; private set; }

    public long StaffingExcluded { get; private set; }

    public long TitlesCompared { get; private set; }

    public IEnumerable<Finding> Find()
    {
        var connection = context.Connection;
        var textWeight = FakeRecruitmentModel.PostingSignals.First(s => s.Key == "suspicious_text").Value.ToString("R", CultureInfo.InvariantCulture);

        // Compared once per distinct (advertised name, verified company) pair, not once per posting.
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE fr_accounts AS
            WITH pairs AS (
              SELECT DISTINCT p.company_name, p.account_company, nc.core AS company_core, r.status
              FROM fr_posts p JOIN fr_name_company nc ON nc.name = p.company_name LEFT JOIN fr_registry r ON r.key = nc.right_key
              WHERE p.account_company IS NOT NULL),
            cores AS (SELECT *, split_part(pw_company_norm(account_company), chr(31), 1) AS account_core FROM pairs)
            SELECT company_name, account_company,
                   account_core <> '' AND company_core <> '' AND account_core <> company_core
                     AND pw_edit_similarity(account_core, company_core) < {SameCompanySimilarity.ToString("R", CultureInfo.InvariantCulture)} AS differs,
                   regexp_matches(account_company, '{StaffingPattern}') AND coalesce(status = 'active', false) AS staffing_for_client
            FROM cores
            """);
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE fr_title_pay AS
            SELECT title_key, median(pay) AS median_pay, count(*) AS peers FROM fr_posts
            WHERE title_key IS NOT NULL AND pay > 0 GROUP BY title_key HAVING count(*) >= {parameters.SalaryMinPeers}
            """);
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE fr_posting_flags AS
            WITH signals AS (
              SELECT p.posting_id, p.platform, p.company_name, p.account_id, p.account_company, p.title, p.pay, p.posted_at, p.phone,
                     p.text_flags, t.median_pay, t.peers,
                     coalesce(a.differs AND NOT a.staffing_for_client, false) AS impersonation,
                     coalesce(a.differs AND a.staffing_for_client, false) AS staffing_excluded,
                     coalesce(p.pay >= {parameters.SalaryRatio.ToString("R", CultureInfo.InvariantCulture)} * t.median_pay, false) AS salary_outlier,
                     p.text_flags IS NOT NULL AS suspicious_text,
                     CASE WHEN p.text_flags IS NULL THEN 0 ELSE length(string_split(p.text_flags, '|')) END AS text_categories
              FROM fr_posts p
              LEFT JOIN fr_accounts a ON a.company_name = p.company_name AND a.account_company = p.account_company
              LEFT JOIN fr_title_pay t USING (title_key))
            SELECT *, {FakeRecruitmentModel.SignalListSql(FakeRecruitmentModel.PostingSignals)} AS fired,
                   {FakeRecruitmentModel.ScoreSql(FakeRecruitmentModel.PostingSignals, s => s == "suspicious_text" ? $"(1 - pow(1 - {textWeight}, text_categories))" : null)} AS score
            FROM signals WHERE impersonation OR salary_outlier OR suspicious_text OR staffing_excluded
            """);
        Flagged = Sql.Scalar(connection, "SELECT count(*) FROM fr_posting_flags WHERE impersonation OR salary_outlier OR suspicious_text");
        StaffingExcluded = Sql.Scalar(connection, "SELECT count(*) FROM fr_posting_flags WHERE staffing_excluded");
        TitlesCompared = Sql.Scalar(connection, "SELECT count(*) FROM fr_title_pay");

        foreach (var row in Sql.Query(connection, $"""
            SELECT posting_id, platform, company_name, account_id, account_company, title, pay, posted_at, phone, text_flags,
                   median_pay, peers, fired, score
            FROM fr_posting_flags WHERE impersonation OR salary_outlier OR suspicious_text
            ORDER BY score DESC, posting_id LIMIT {parameters.MaxFindings}
            """))
        {
            yield return Make(row);
        }
    }

    public IEnumerable<KeyValuePair<string, long>> CountBySignal() => FakeRecruitmentModel.CountBySignal(context, "fr_posting_flags", FakeRecruitmentModel.PostingSignals);

    private Finding Make(object?[] row)
    {
        var postingId = (string)row[0]!;
        var platform = (string)row[1]!;
        var company = (string)row[2]!;
        var account = (string?)row[3];
        var accountCompany = (string?)row[4];
        var fired = ((List<string?>)row[12]!).OfType<string>().ToList();
        var flags = row[9] is string encoded
            ? encoded.Split('|').Select(f => f.Split('=', 2)).Select(f => new TextFlag(f[0], f[1])).ToList()
            : [];
        var reasons = new List<string>();
        foreach (var signal in fired)
        {
            reasons.Add(signal switch
            {
                "impersonation" => $"发布账号认证企业为“{accountCompany}”，与招聘单位不符",
                "salary_outlier" => string.Create(CultureInfo.InvariantCulture,
                    $"薪资 {row[6]:0.##} 元为同岗位（{row[11]} 条）中位数 {row[10]:0.##} 元的 {Convert.ToDouble(row[6], CultureInfo.InvariantCulture) / Convert.ToDouble(row[10], CultureInfo.InvariantCulture):0.0} 倍"),
                "suspicious_text" => "职位描述要求" + string.Join("、", flags.Select(f => $"{CategoryName(f.Category)}（“{f.Phrase}”）")),
                _ => signal,
            });
        }

        var where = platform.Length > 0 ? $"{platform} " : string.Empty;
        var reason = $"{where}招聘信息 {postingId}（招聘单位“{company}”，发布账号 {account ?? "未知"}，职位“{row[5]}”）：" + string.Join("；", reasons);
        var evidence = new JsonObject
        {
            ["record"] = "posting",
            ["posting_id"] = postingId,
            ["platform"] = platform.Length > 0 ? platform : null,
            ["advertised_as"] = company,
            ["account_id"] = account,
            ["account_company"] = accountCompany,
            ["title"] = (string?)row[5],
            ["pay"] = (double?)row[6],
            ["title_median_pay"] = (double?)row[10],
            ["title_postings"] = row[11] is null ? null : Sql.Long(row[11]),
            ["posted_at"] = row[7] is DateTime at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null,
            ["contact_phone"] = row[8] is string phone ? DisplayMask.Phone(phone) : null,
            ["text_requests"] = flags.Count == 0 ? null : string.Join("; ", flags.Select(f => $"{f.Category}: {f.Phrase}")),
        };
        return new Finding
        {
            Id = FindingId.For(FakeRecruitmentModel.Id, kind.Kind, platform + "\u001f" + postingId, context.Region),
            Subject = postingId,
            Kind = kind.Kind,
            Signals = fired,
            Score = Math.Round(Convert.ToDouble(row[13], CultureInfo.InvariantCulture), 3),
            Reason = reason,
            LegalBasis = kind.LegalBasis,
            Sectors = kind.Sectors,
            Region = context.Region,
            Evidence = [evidence],
        };
    }

    private static string CategoryName(string category) => category switch
    {
        "id_card" => "提供或扣押身份证",
        "bank_card" => "提供或办理银行卡",
        "deposit" => "缴纳押金或费用",
        "off_platform" => "转至微信/QQ联系",
        _ => category,
    };
}
