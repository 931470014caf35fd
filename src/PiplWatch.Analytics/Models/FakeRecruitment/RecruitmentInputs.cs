using PiplWatch.Analytics.DuckDb;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// Reads the two input views into working tables: <c>fr_posts</c> (one row per platform and posting id, keys computed;
/// the platform is the dataset's name when the export has no platform column),
/// <c>fr_names</c> (distinct advertised names with the credit code most often given for them, the linker's left side)
/// and <c>fr_registry</c> (one record per credit code; <c>fr_registry_names</c> is the linker's right side).
/// Columns a dataset did not map are NULL, so the signals that need them stay silent instead of failing.
/// </summary>
internal sealed class RecruitmentInputs(ModelRunContext context)
{
    /// <summary>Credit codes that appear more than once in the registry input (two exports overlapping).</summary>
    public long DuplicateCodes { get; private set; }

    public void Prepare()
    {
        string Posting(string column, string type) => context.HasColumn("job_postings", column) ? $"CAST(\"{column}\" AS {type})" : $"NULL::{type}";

        // TRY_CAST: a registry column imported as text by an older mapping reads as unknown instead of failing the run.
        string Registry(string column, string type) => context.HasColumn("business_registry", column) ? $"TRY_CAST(\"{column}\" AS {type})" : $"NULL::{type}";

        Sql.Execute(context.Connection, $"""
            CREATE TEMP TABLE fr_posts AS
            SELECT * FROM (
            SELECT CAST(posting_id AS VARCHAR) AS posting_id, coalesce(nullif(trim({Posting("platform", "VARCHAR")}), ''), _dataset) AS platform,
                   trim(CAST(company_name AS VARCHAR)) AS company_name, {Posting("account_id", "VARCHAR")} AS account_id,
                   nullif(trim({Posting("account_company", "VARCHAR")}), '') AS account_company, {Posting("uscc", "VARCHAR")} AS uscc,
                   pw_phone_key({Posting("contact_phone", "VARCHAR")}) AS phone, {Posting("title", "VARCHAR")} AS title,
                   pw_title_key({Posting("title", "VARCHAR")}) AS title_key,
                   coalesce({Posting("salary_max", "DOUBLE")}, {Posting("salary_min", "DOUBLE")}) AS pay,
                   {Posting("posted_at", "TIMESTAMP")} AS posted_at,
                   pw_job_text_flags({Posting("description", "VARCHAR")}) AS text_flags
            FROM job_postings
            WHERE company_name IS NOT NULL AND trim(CAST(company_name AS VARCHAR)) <> '')
            QUALIFY row_number() OVER (PARTITION BY platform, posting_id ORDER BY posted_at DESC NULLS LAST) = 1
            """);
        Sql.Execute(context.Connection, """
            CREATE TEMP TABLE fr_names AS
            SELECT company_name AS id, company_name AS name, mode(pw_uscc(uscc)) AS uscc, count(*) AS postings
            FROM fr_posts GROUP BY company_name
            """);

        Sql.Execute(context.Connection, $"""
            CREATE TEMP TABLE fr_registry AS
            SELECT upper(trim(CAST(uscc AS VARCHAR))) AS key, trim(CAST(name AS VARCHAR)) AS name,
                   {Registry("status", "VARCHAR")} AS status, {Registry("established_on", "DATE")} AS established_on,
                   {Registry("registered_capital", "DOUBLE")} AS registered_capital,
                   {Registry("registered_capital_currency", "VARCHAR")} AS registered_capital_currency,
                   {Registry("address", "VARCHAR")} AS address, {Registry("legal_rep", "VARCHAR")} AS legal_rep,
                   {Registry("insured_count", "BIGINT")} AS insured_count, {Registry("abnormal", "BOOLEAN")} AS abnormal
            FROM business_registry WHERE uscc IS NOT NULL AND trim(CAST(uscc AS VARCHAR)) <> '' AND name IS NOT NULL
            """);

        // A credit code given twice (two overlapping exports) is kept once: the record first by name and status, so a
        // run is reproducible. Only the duplicated codes are sorted, not the ten million others.
        Sql.Execute(context.Connection, "CREATE TEMP TABLE fr_registry_duplicates AS SELECT key FROM fr_registry GROUP BY key HAVING count(*) > 1");
        DuplicateCodes = Sql.Scalar(context.Connection, "SELECT count(*) FROM fr_registry_duplicates");
        if (DuplicateCodes > 0)
        {
            Sql.Execute(context.Connection, """
                DELETE FROM fr_registry WHERE rowid IN (
                  SELECT rowid FROM fr_registry SEMI JOIN fr_registry_duplicates USING (key)
                  QUALIFY row_number() OVER (PARTITION BY key ORDER BY name, status, address, rowid) > 1)
                """);
        }

        Sql.Execute(context.Connection, "CREATE TEMP VIEW fr_registry_names AS SELECT key, name, key AS uscc FROM fr_registry");
    }
}
