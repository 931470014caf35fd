using DuckDB.NET.Data;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Linkage;

/// <summary>
/// The normaliser and the USCC check as DuckDB scalar functions, so millions of names are normalised inside a query:
/// <c>pw_company_norm(name)</c> returns core, branch, places (comma-separated) and explanation joined by
/// <see cref="Separator"/> (read them with <c>split_part(x, chr(31), 1..4)</c>; NULL gives NULL); <c>pw_uscc(code)</c> returns the code
/// trimmed and upper-cased when it is a valid unified social credit code, else NULL; <c>pw_edit_similarity(a, b)</c>
/// and <c>pw_jaro_winkler(a, b)</c> are <see cref="StringSimilarity"/> on characters (arguments must not be NULL).
/// </summary>
public static class LinkageFunctions
{
    /// <summary>Separator of the parts of <c>pw_company_norm</c> (ASCII unit separator, chr(31)).</summary>
    public const char Separator = '\u001f';

    /// <summary>Registers both functions on <paramref name="connection"/>; does nothing when they are there already.</summary>
    public static void Register(DuckDBConnection connection, CompanyNameNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM duckdb_functions() WHERE function_name = 'pw_company_norm'";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }
        }

        var norm = normalizer ?? CompanyNameNormalizer.Default;
#pragma warning disable DuckDBNET001 // Scalar functions are marked experimental in DuckDB.NET.
        connection.RegisterScalarFunction<string, string>("pw_company_norm", (readers, writer, rows) =>
        {
            var input = readers[0];
            for (ulong i = 0; i < rows; i++)
            {
                var name = input.IsValid(i) ? input.GetValue<string>(i) : null;
                writer.WriteValue(Encode(norm.Normalize(name)), i);
            }
        });
        connection.RegisterScalarFunction<string, string>("pw_uscc", (readers, writer, rows) =>
        {
            var input = readers[0];
            for (ulong i = 0; i < rows; i++)
            {
                writer.WriteValue(input.IsValid(i) ? ValidUscc(input.GetValue<string>(i)) : null, i);
            }
        });
        connection.RegisterScalarFunction<string, string, double>("pw_edit_similarity", (readers, writer, rows) =>
        {
            for (ulong i = 0; i < rows; i++)
            {
                writer.WriteValue(StringSimilarity.EditSimilarity(readers[0].GetValue<string>(i), readers[1].GetValue<string>(i)), i);
            }
        });
        connection.RegisterScalarFunction<string, string, double>("pw_jaro_winkler", (readers, writer, rows) =>
        {
            for (ulong i = 0; i < rows; i++)
            {
                writer.WriteValue(StringSimilarity.JaroWinkler(readers[0].GetValue<string>(i), readers[1].GetValue<string>(i)), i);
            }
        });
#pragma warning restore DuckDBNET001
    }

    /// <summary>The code trimmed and upper-cased when valid (GB 32100-2015 check character), else null.</summary>
    public static string? ValidUscc(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var upper = code.Trim().ToUpperInvariant();
        return UnifiedSocialCreditCode.IsValid(upper) ? upper : null;
    }

    /// <summary>The encoding <c>pw_company_norm</c> returns.</summary>
    public static string Encode(NormalizedCompanyName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(Separator, name.Core, name.Branch, string.Join(',', name.Places), name.Explanation);
    }
}
