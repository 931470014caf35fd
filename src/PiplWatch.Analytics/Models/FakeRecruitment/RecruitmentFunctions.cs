using DuckDB.NET.Data;
using PiplWatch.Analytics.DuckDb;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// <see cref="RecruitmentText"/> as DuckDB scalar functions, so a million postings are keyed inside one query:
/// <c>pw_job_text_flags(description)</c>, <c>pw_title_key(title)</c>, <c>pw_address_key(address)</c>,
/// <c>pw_phone_key(phone)</c> (NULL in, NULL out).
/// </summary>
internal static class RecruitmentFunctions
{
    public static void Register(DuckDBConnection connection)
    {
        if (Sql.HasFunction(connection, "pw_job_text_flags"))
        {
            return;
        }

        Sql.RegisterText(connection, "pw_job_text_flags", RecruitmentText.EncodeFlags);
        Sql.RegisterText(connection, "pw_title_key", RecruitmentText.TitleKey);
        Sql.RegisterText(connection, "pw_address_key", RecruitmentText.AddressKey);
        Sql.RegisterText(connection, "pw_phone_key", RecruitmentText.PhoneKey);
    }
}
