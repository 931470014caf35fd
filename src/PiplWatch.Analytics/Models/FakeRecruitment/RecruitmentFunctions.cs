using DuckDB.NET.Data;

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
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM duckdb_functions() WHERE function_name = 'pw_job_text_flags'";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }
        }

        Text(connection, "pw_job_text_flags", RecruitmentText.EncodeFlags);
        Text(connection, "pw_title_key", RecruitmentText.TitleKey);
        Text(connection, "pw_address_key", RecruitmentText.AddressKey);
        Text(connection, "pw_phone_key", RecruitmentText.PhoneKey);
    }

    private static void Text(DuckDBConnection connection, string name, Func<string?, string?> function)
    {
#pragma warning disable DuckDBNET001 // Scalar functions are marked experimental in DuckDB.NET.
        connection.RegisterScalarFunction<string, string>(name, (readers, writer, rows) =>
        {
            var input = readers[0];
            for (ulong i = 0; i < rows; i++)
            {
                writer.WriteValue(function(input.IsValid(i) ? input.GetValue<string>(i) : null), i);
            }
        });
#pragma warning restore DuckDBNET001
    }
}
