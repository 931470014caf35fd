namespace PiplWatch.Analytics.Contracts;

/// <summary>A canonical column of a dataset role (reference/model-contracts.md), with the header words that suggest it.</summary>
public sealed record ColumnRole(
    string Name,
    ColumnKind Kind,
    bool Required,
    IReadOnlyList<string> HeaderSynonyms,
    IReadOnlyList<string> Values,
    IReadOnlyDictionary<string, string> ValueSynonyms)
{
    /// <summary>Creates a role without enumerated values.</summary>
    public static ColumnRole Of(string name, ColumnKind kind, bool required, params string[] synonyms) =>
        new(name, kind, required, synonyms, [], new Dictionary<string, string>());

    /// <summary>The currency column beside a <see cref="ColumnKind.Money"/> column called <paramref name="name"/>.</summary>
    public static string CurrencyColumn(string name) => name + "_currency";

    /// <summary>The columns this role becomes in an imported dataset: its own, and for money its currency column.</summary>
    public IReadOnlyList<string> DatasetColumns => Kind == ColumnKind.Money ? [Name, CurrencyColumn(Name)] : [Name];
}
