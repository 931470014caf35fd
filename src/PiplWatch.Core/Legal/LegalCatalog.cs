using System.Collections.Frozen;
using System.Text.Json;

namespace PiplWatch.Core.Legal;

/// <summary>
/// Every article a finding or a document cites, and the violation codes of the determination schemes.
/// Compiled from <c>Legal/Data/legal-catalog.json</c>, which paraphrases the project's legal reference.
/// </summary>
public sealed class LegalCatalog
{
    private readonly FrozenDictionary<string, Law> _laws;
    private readonly FrozenDictionary<string, LegalArticle> _articles;
    private readonly FrozenDictionary<string, ViolationCode> _violations;

    private LegalCatalog(string version, IEnumerable<Law> laws, IEnumerable<LegalArticle> articles, IEnumerable<ViolationCode> violations)
    {
        Version = version;
        _laws = laws.ToFrozenDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);
        _articles = articles.ToFrozenDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        _violations = violations.ToFrozenDictionary(v => v.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Version of the catalog data (the date it was last revised).</summary>
    public string Version { get; }

    /// <summary>All laws, in catalog order of their ids.</summary>
    public IReadOnlyList<Law> Laws => _laws.Values.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();

    /// <summary>All articles.</summary>
    public IReadOnlyList<LegalArticle> Articles => _articles.Values.OrderBy(a => a.LawId, StringComparer.Ordinal).ThenBy(a => a.Article, ArticleNumberComparer.Instance).ToList();

    /// <summary>All violation codes.</summary>
    public IReadOnlyList<ViolationCode> ViolationCodes => _violations.Values.OrderBy(v => v.Id, StringComparer.Ordinal).ToList();

    /// <summary>Loads the catalog compiled into the assembly, checking that every reference inside it resolves.</summary>
    public static LegalCatalog LoadEmbedded()
    {
        const string path = "Legal/Data/legal-catalog.json";
        using var stream = EmbeddedData.Open(path);
        return Parse(stream, path);
    }

    /// <summary>The law with this id (case-insensitive), or null.</summary>
    public Law? FindLaw(string id) => _laws.GetValueOrDefault(id);

    /// <summary>The article with this id (case-insensitive, e.g. <c>PIPL-28</c>), or null.</summary>
    public LegalArticle? FindArticle(string id) => _articles.GetValueOrDefault(id);

    /// <summary>The violation code with this id (e.g. <c>APP-C3.1</c>), or null.</summary>
    public ViolationCode? FindViolation(string id) => _violations.GetValueOrDefault(id);

    /// <summary>The articles of one law, in article order.</summary>
    public IReadOnlyList<LegalArticle> ArticlesOf(string lawId) =>
        _articles.Values.Where(a => string.Equals(a.LawId, lawId, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Article, ArticleNumberComparer.Instance).ToList();

    /// <summary>Ids among <paramref name="ids"/> that are not articles of the catalog.</summary>
    public IReadOnlyList<string> UnknownArticles(IEnumerable<string> ids) =>
        ids.Where(id => FindArticle(id) is null).ToList();

    private static LegalCatalog Parse(Stream stream, string source)
    {
        CatalogFile file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(stream, ReferenceJson.Options)
                ?? throw new ReferenceDataException(source, "empty file");
        }
        catch (JsonException ex)
        {
            throw new ReferenceDataException(source, $"not a legal catalog ({ex.Message})");
        }

        var laws = file.Laws.Select(l => new Law(l.Id, l.TitleZh, l.TitleEn, l.Kind, l.IssuerZh, l.InForceOn, l.Note)).ToList();
        var lawIds = laws.Select(l => l.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var articles = new List<LegalArticle>();
        foreach (var a in file.Articles)
        {
            if (!lawIds.Contains(a.Law))
            {
                throw new ReferenceDataException(source, $"article {a.Id} belongs to unknown law '{a.Law}'");
            }

            articles.Add(new LegalArticle(a.Id, a.Law, a.Article, a.Topic ?? string.Empty, a.SummaryZh, a.SummaryEn, a.Confidence, a.Source ?? string.Empty));
        }

        var articleIds = articles.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var violations = new List<ViolationCode>();
        foreach (var v in file.ViolationCodes)
        {
            var missing = v.Articles.Where(id => !articleIds.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                throw new ReferenceDataException(source, $"violation code {v.Id} cites unknown articles {string.Join(", ", missing)}");
            }

            violations.Add(new ViolationCode(v.Id, v.Scheme, v.Category, v.TitleZh, v.TitleEn, v.Articles, v.Confidence, v.Source ?? string.Empty));
        }

        ThrowOnDuplicates(source, "law", laws.Select(l => l.Id));
        ThrowOnDuplicates(source, "article", articles.Select(a => a.Id));
        ThrowOnDuplicates(source, "violation code", violations.Select(v => v.Id));
        return new LegalCatalog(file.Version ?? "unversioned", laws, articles, violations);
    }

    private static void ThrowOnDuplicates(string source, string what, IEnumerable<string> ids)
    {
        var duplicate = ids.GroupBy(id => id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReferenceDataException(source, $"{what} id '{duplicate.Key}' appears {duplicate.Count()} times");
        }
    }

    private sealed record CatalogFile(string? Version, IReadOnlyList<LawEntry> Laws, IReadOnlyList<ArticleEntry> Articles, IReadOnlyList<ViolationEntry> ViolationCodes);

    private sealed record LawEntry(string Id, string TitleZh, string TitleEn, string Kind, string? IssuerZh, DateOnly? InForceOn, string? Note);

    private sealed record ArticleEntry(string Id, string Law, string Article, string? Topic, string SummaryZh, string SummaryEn, Confidence Confidence, string? Source);

    private sealed record ViolationEntry(string Id, string Scheme, string Category, string TitleZh, string TitleEn, IReadOnlyList<string> Articles, Confidence Confidence, string? Source);
}
