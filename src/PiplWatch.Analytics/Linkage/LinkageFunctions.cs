using DuckDB.NET.Data;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Linkage;

/// <summary>
/// The normaliser and the USCC check as DuckDB scalar functions, so millions of names are normalised inside a query:
/// <c>pw_company_norm(name)</c> returns core, branch and places (comma-separated) joined by <see cref="Separator"/>
/// (read them with <c>split_part(x, chr(31), 1..3)</c>); <c>pw_company_explain(name)</c> what the normaliser removed or
/// rewrote (asked only for the records a reason names: building it for ten million registry rows costs a tenth of a
/// link); <c>pw_uscc(code)</c> returns the code folded, trimmed and upper-cased when it is a valid unified social credit
/// code, else NULL; <c>pw_edit_similarity(a, b)</c>
/// and <c>pw_jaro_winkler(a, b)</c> are <see cref="StringSimilarity"/> on characters (arguments must not be NULL).
/// </summary>
public static class LinkageFunctions
{
    /// <summary>Separator of the parts of <c>pw_company_norm</c> (ASCII unit separator, chr(31)).</summary>
    public const char Separator = '\u001f';

    /// <summary>Registers the five functions on <paramref name="connection"/>; does nothing when they are there already.</summary>
    public static void Register(DuckDBConnection connection, CompanyNameNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (Sql.HasFunction(connection, "pw_company_norm"))
        {
            return;
        }

        var norm = normalizer ?? CompanyNameNormalizer.Default;
        Sql.RegisterText(connection, "pw_company_norm", name => Encode(norm.Normalize(name)));
        Sql.RegisterText(connection, "pw_company_explain", name => norm.Normalize(name).Explanation);
        Sql.RegisterText(connection, "pw_uscc", ValidUscc);
        Sql.RegisterPair(connection, "pw_edit_similarity", StringSimilarity.EditSimilarity);
        Sql.RegisterPair(connection, "pw_jaro_winkler", StringSimilarity.JaroWinkler);
    }

    /// <summary>The code folded to half width, without spaces or hyphens, upper-cased, when valid (GB 32100-2015 check character), else null.</summary>
    public static string? ValidUscc(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        // As identity columns are imported: full-width forms folded, spaces and hyphens between groups dropped.
        var normalized = ValueParsers.NormalizeIdentity(code);
        return UnifiedSocialCreditCode.IsValid(normalized) ? normalized : null;
    }

    /// <summary>The encoding <c>pw_company_norm</c> returns.</summary>
    public static string Encode(NormalizedCompanyName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(Separator, name.Core, name.Branch, string.Join(',', name.Places));
    }
}
