using PiplWatch.Core.Legal;

namespace PiplWatch.Core.Tests.Legal;

public sealed class LegalCatalogTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    private LegalCatalog Legal => fixture.Reference.Legal;

    [Fact]
    public void ViolationCodes_EveryCodePointsAtExistingArticles()
    {
        Assert.NotEmpty(Legal.ViolationCodes);
        Assert.All(Legal.ViolationCodes, v =>
        {
            Assert.NotEmpty(v.Articles);
            Assert.Empty(Legal.UnknownArticles(v.Articles));
        });
    }

    [Theory]
    [InlineData("app-2019", 31)]
    public void ViolationCodes_App2019_HasThirtyOneBehaviours(string scheme, int behaviours)
    {
        // The six category codes (APP-C1 … APP-C6) stand beside the 31 behaviours (APP-C1.1 …).
        var codes = Legal.ViolationCodes.Where(v => v.Scheme == scheme && v.Id.Contains('.', StringComparison.Ordinal)).ToList();

        Assert.Equal(behaviours, codes.Count);
    }

    [Fact]
    public void ViolationCodes_FaceScheme_TiedToFaceMeasures()
    {
        var face = Legal.ViolationCodes.Where(v => v.Scheme == "face-2025").ToList();

        Assert.NotEmpty(face);
        Assert.Contains(face, v => v.Articles.Contains("FACE-MEASURES-15"));
    }

    [Fact]
    public void Articles_EveryArticleBelongsToALawAndHasBothParaphrases()
    {
        Assert.All(Legal.Articles, a =>
        {
            Assert.NotNull(Legal.FindLaw(a.LawId));
            Assert.False(string.IsNullOrWhiteSpace(a.SummaryZh), a.Id);
            Assert.False(string.IsNullOrWhiteSpace(a.SummaryEn), a.Id);
            Assert.StartsWith(a.LawId + "-", a.Id, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("PIPL-28", true)]
    [InlineData("PIPL-70", true)]
    [InlineData("PIL-INTERP-21", true)]
    [InlineData("PIL-INTERP-13", true)]
    [InlineData("CRIM-PI-INTERP-5", true)]
    [InlineData("CL-253-1", true)]
    public void FindArticle_ConfirmedArticles_AreConfirmed(string id, bool confirmed)
    {
        var article = Legal.FindArticle(id);

        Assert.NotNull(article);
        Assert.Equal(confirmed, article.IsConfirmed);
    }

    [Theory]
    [InlineData("FACE-MEASURES-8")]
    [InlineData("FACE-MEASURES-6")]
    public void FindArticle_ArticlesLegalMdMarksUnconfirmed_AreNotConfirmed(string id)
    {
        var article = Legal.FindArticle(id);

        Assert.NotNull(article);
        Assert.Equal(Confidence.Unconfirmed, article.Confidence);
    }

    [Fact]
    public void FindArticle_IsCaseInsensitive() => Assert.Equal("PIPL-28", Legal.FindArticle("pipl-28")?.Id);

    [Fact]
    public void ArticlesOf_OrdersByArticleNumber()
    {
        var numbers = Legal.ArticlesOf("PIPL").Select(a => int.Parse(a.Article, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(numbers.Order().ToList(), numbers);
        Assert.True(numbers.Count >= 60);
    }

    [Fact]
    public void Laws_CybersecurityLawRenumbering_IsKeptApart()
    {
        // From 2026-01-01 the Cybersecurity Law is renumbered (legal.md §2.4): old 40 → new 42.
        Assert.NotNull(Legal.FindArticle("CSL2016-40"));
        Assert.NotNull(Legal.FindArticle("CSL2025-42"));
        Assert.NotNull(Legal.FindLaw("CSL2016")!.Note);
    }
}
