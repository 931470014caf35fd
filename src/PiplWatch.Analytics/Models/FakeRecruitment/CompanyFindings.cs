using System.Globalization;
using System.Text.Json.Nodes;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Core.Findings;
using PiplWatch.Core.Masking;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// Company-level signals after linkage: <c>fr_name_company</c> (each advertised name → its company),
/// <c>fr_companies</c> (postings, first posting, burst, registry record), <c>fr_company_flags</c> (signals and score of
/// every flagged company), then one <c>suspect_company</c> finding per flagged company, highest score first.
/// </summary>
internal sealed class CompanyFindings(ModelRunContext context, RecruitmentParameters parameters, FindingKind kind)
{
    private const int PostingsShown = 20;

    public IEnumerable<Finding> Find()
    {
        var connection = context.Connection;

        // A company is the registry record an advertised name links to, or its normalised name (core and branch) when it
        // links to none; an unmatched name whose core ties between registry records is ambiguous, not absent.
        Sql.Execute(connection, """
            CREATE TEMP TABLE fr_name_company AS
            SELECT n.name, n.postings, ll.core, l.right_key, l.method AS link_method, l.score AS link_score, l.reason AS link_reason,
                   u.reason AS unmatched_reason, coalesce(u.reason LIKE 'ambiguous%', false) AS ambiguous,
                   coalesce('R:' || l.right_key, 'N:' || nullif(ll.core, '') || '|' || ll.branch, 'X:' || n.name) AS company
            FROM fr_names n
            JOIN fr_link_left ll ON ll.id = n.name
            LEFT JOIN fr_link_links l ON l.left_id = n.name
            LEFT JOIN fr_link_unmatched u ON u.left_id = n.name
            """);
        Sql.Execute(connection, "CREATE TEMP TABLE fr_company_posts AS SELECT p.*, c.company FROM fr_posts p JOIN fr_name_company c ON c.name = p.company_name");
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE fr_companies AS
            WITH names AS (
              SELECT company, first(name ORDER BY postings DESC, name) AS subject,
                     string_agg(name, '、' ORDER BY postings DESC, name) AS spellings,
                     any_value(right_key) AS right_key, bool_or(ambiguous) AS ambiguous,
                     first(link_method ORDER BY postings DESC, name) AS link_method, first(link_score ORDER BY postings DESC, name) AS link_score,
                     first(coalesce(link_reason, unmatched_reason) ORDER BY postings DESC, name) AS link_reason
              FROM fr_name_company GROUP BY company),
            activity AS (SELECT company, count(*) AS postings, min(posted_at) AS first_posted FROM fr_company_posts GROUP BY company),
            burst AS (
              SELECT p.company, count(*) AS burst FROM fr_company_posts p JOIN activity a USING (company)
              WHERE p.posted_at < a.first_posted + INTERVAL {parameters.BurstDays} DAY GROUP BY p.company)
            SELECT n.*, a.postings, a.first_posted, coalesce(b.burst, 0) AS burst,
                   r.name AS registered_name, r.status, r.established_on, r.insured_count, r.abnormal, r.address, r.legal_rep,
                   r.registered_capital, r.registered_capital_currency, pw_address_key(r.address) AS address_key
            FROM names n JOIN activity a USING (company) LEFT JOIN burst b USING (company) LEFT JOIN fr_registry r ON r.key = n.right_key
            """);
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE fr_phones AS
            SELECT phone, count(DISTINCT company) AS companies FROM fr_company_posts WHERE phone IS NOT NULL
            GROUP BY phone HAVING count(DISTINCT company) >= {parameters.SharedPhoneCompanies}
            """);

        // Only the addresses of linked companies can raise the signal, so only registry records at one of them are counted.
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE fr_addresses AS
            WITH wanted AS (SELECT DISTINCT address_key FROM fr_companies WHERE address_key IS NOT NULL)
            SELECT address_key, count(*) AS registered
            FROM (SELECT pw_address_key(address) AS address_key FROM fr_registry WHERE address IS NOT NULL)
            SEMI JOIN wanted USING (address_key)
            GROUP BY address_key HAVING count(*) >= {parameters.AddressCompanies}
            """);
        var signals = FakeRecruitmentModel.CompanySignals;
        Sql.Execute(connection, $"""
            CREATE TEMP TABLE fr_company_flags AS
            WITH phones AS (
              SELECT cp.company, max(p.companies) AS phone_companies, list(DISTINCT cp.phone ORDER BY cp.phone) AS phones
              FROM fr_company_posts cp JOIN fr_phones p USING (phone) GROUP BY cp.company),
            signals AS (
              SELECT c.*, ph.phone_companies, ph.phones, a.registered AS companies_at_address,
                     date_diff('day', c.established_on, CAST(c.first_posted AS DATE)) AS days_to_first_posting,
                     (c.right_key IS NULL AND NOT c.ambiguous) AS not_in_registry,
                     coalesce(c.status = 'deregistered', false) AS deregistered,
                     coalesce(c.status = 'revoked', false) AS revoked,
                     coalesce(c.abnormal, false) AS abnormal_list,
                     coalesce(c.insured_count = 0 AND c.postings >= {parameters.ZeroInsuredPostings}, false) AS zero_insured,
                     coalesce(date_diff('day', c.established_on, CAST(c.first_posted AS DATE)) <= {parameters.NewCompanyDays}
                              AND c.burst >= {parameters.BurstPostings}, false) AS new_mass_posting,
                     ph.company IS NOT NULL AS shared_phone,
                     a.address_key IS NOT NULL AS address_cluster
              FROM fr_companies c LEFT JOIN phones ph USING (company) LEFT JOIN fr_addresses a USING (address_key))
            SELECT *, {FakeRecruitmentModel.SignalListSql(signals)} AS fired, {FakeRecruitmentModel.ScoreSql(signals)} AS score
            FROM signals WHERE {string.Join(" OR ", signals.Select(s => s.Key))}
            """);

        var rows = Sql.Query(connection, $"""
            SELECT company, subject, spellings, postings, right_key, registered_name, status, established_on, insured_count, abnormal,
                   address, legal_rep, registered_capital, registered_capital_currency, link_method, link_score, link_reason,
                   first_posted, burst, days_to_first_posting, phone_companies, phones, companies_at_address, fired, score
            FROM fr_company_flags ORDER BY score DESC, postings DESC, subject LIMIT {parameters.MaxFindings}
            """);
        var postings = Postings();
        foreach (var row in rows)
        {
            yield return Make(row, postings.GetValueOrDefault((string)row[0]!) ?? []);
        }
    }

    public IEnumerable<KeyValuePair<string, long>> CountBySignal() => FakeRecruitmentModel.CountBySignal(context, "fr_company_flags", FakeRecruitmentModel.CompanySignals);

    /// <summary>The latest postings of each listed company, the evidence of its findings.</summary>
    private Dictionary<string, List<JsonObject>> Postings()
    {
        var byCompany = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        foreach (var row in Sql.Query(context.Connection, $"""
            WITH listed AS (SELECT company FROM fr_company_flags ORDER BY score DESC, postings DESC, subject LIMIT {parameters.MaxFindings})
            SELECT company, posting_id, platform, company_name, title, posted_at, account_id, phone
            FROM fr_company_posts SEMI JOIN listed USING (company)
            QUALIFY row_number() OVER (PARTITION BY company ORDER BY posted_at DESC NULLS LAST, posting_id) <= {PostingsShown}
            ORDER BY company, posted_at DESC NULLS LAST, posting_id
            """))
        {
            var company = (string)row[0]!;
            if (!byCompany.TryGetValue(company, out var list))
            {
                byCompany[company] = list = [];
            }

            list.Add(new JsonObject
            {
                ["record"] = "posting",
                ["posting_id"] = (string?)row[1],
                ["platform"] = (string?)row[2],
                ["advertised_as"] = (string?)row[3],
                ["title"] = (string?)row[4],
                ["posted_at"] = row[5] is DateTime at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null,
                ["account_id"] = (string?)row[6],
                ["contact_phone"] = row[7] is string phone ? DisplayMask.Phone(phone) : null,
            });
        }

        return byCompany;
    }

    private Finding Make(object?[] row, List<JsonObject> postings)
    {
        var company = (string)row[0]!;
        var subject = (string)row[1]!;
        var count = Sql.Long(row[3]);
        var fired = ((List<string?>)row[23]!).OfType<string>().ToList();
        var phones = row[21] is List<string?> list ? list.OfType<string>().Select(DisplayMask.Phone).ToList() : [];
        var uscc = (string?)row[4];
        var reasons = new List<string>();
        foreach (var signal in fired)
        {
            reasons.Add(signal switch
            {
                "not_in_registry" => "工商登记中未找到该企业",
                "deregistered" => $"登记状态为注销（统一社会信用代码 {uscc}），仍在发布招聘",
                "revoked" => $"营业执照已被吊销（统一社会信用代码 {uscc}）",
                "abnormal_list" => "被列入经营异常名录",
                "zero_insured" => string.Create(CultureInfo.InvariantCulture, $"参保人数为 0，却发布 {count} 条招聘信息"),
                "new_mass_posting" => string.Create(CultureInfo.InvariantCulture,
                    $"成立于 {(DateOnly?)row[7]:yyyy-MM-dd}，成立后 {row[19]} 天开始招聘，{parameters.BurstDays} 天内发布 {row[18]} 条"),
                "shared_phone" => string.Create(CultureInfo.InvariantCulture, $"联系电话 {string.Join("、", phones)} 同时用于 {row[20]} 家公司的招聘信息"),
                "address_cluster" => string.Create(CultureInfo.InvariantCulture, $"登记住所“{row[10]}”登记有 {row[22]} 家企业"),
                _ => signal,
            });
        }

        var others = ((string)row[2]!).Split('、').Where(n => n != subject).Take(5).ToList();
        var reason = string.Create(CultureInfo.InvariantCulture, $"招聘单位“{subject}”（{count} 条招聘信息")
            + (others.Count > 0 ? "，另以" + string.Join("、", others.Select(n => $"“{n}”")) + "名义发布" : string.Empty)
            + "）：" + string.Join("；", reasons);
        var summary = new JsonObject
        {
            ["record"] = "company",
            ["advertised_as"] = (string)row[2]!,
            ["postings"] = count,
            ["uscc"] = uscc,
            ["registered_name"] = (string?)row[5],
            ["status"] = (string?)row[6],
            ["established_on"] = row[7] is DateOnly established ? established.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ["insured_count"] = row[8] is null ? null : Sql.Long(row[8]),
            ["abnormal"] = (bool?)row[9],
            ["address"] = (string?)row[10],
            ["legal_rep"] = row[11] is string rep ? DisplayMask.Name(rep) : null,
            ["registered_capital"] = (double?)row[12],
            ["registered_capital_currency"] = (string?)row[13],
            ["link_method"] = (string?)row[14],
            ["link_score"] = (double?)row[15],
            ["link_reason"] = (string?)row[16],
            ["first_posted"] = row[17] is DateTime first ? first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ["contact_phones_shared"] = phones.Count == 0 ? null : string.Join("、", phones),
            ["companies_sharing_phone"] = row[20] is null ? null : Sql.Long(row[20]),
            ["companies_at_address"] = row[22] is null ? null : Sql.Long(row[22]),
            ["score_rule"] = "1 − Π(1 − weight): " + string.Join(", ", fired.Select(s => s + " " + FakeRecruitmentModel.CompanySignals.First(w => w.Key == s).Value.ToString(CultureInfo.InvariantCulture))),
        };
        return new Finding
        {
            Id = FindingId.For(FakeRecruitmentModel.Id, kind.Kind, company, context.Region),
            Subject = subject,
            Kind = kind.Kind,
            Signals = fired,
            Score = Math.Round(Convert.ToDouble(row[24], CultureInfo.InvariantCulture), 3),
            Reason = reason,
            LegalBasis = kind.LegalBasis,
            Sectors = kind.Sectors,
            Region = context.Region,
            Evidence = [summary, .. postings],
        };
    }
}
