using PiplWatch.Core.Legal;

namespace PiplWatch.Core.Tests.Legal;

public sealed class LegalCitationTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(15, "十五")]
    [InlineData(21, "二十一")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(253, "二百五十三")]
    [InlineData(1020, "一千零二十")]
    [InlineData(1039, "一千零三十九")]
    [InlineData(2001, "二千零一")]
    public void Numbers_are_written_in_chinese_numerals(int value, string expected) => Assert.Equal(expected, LegalCitation.Number(value));

    [Theory]
    [InlineData("10", "第十条")]
    [InlineData("253-1", "第二百五十三条之一")]
    [InlineData("附录", "附录")]
    public void Articles_are_cited_as_documents_cite_them(string article, string expected) => Assert.Equal(expected, LegalCitation.ArticleZh(article));

    [Fact]
    public void Ids_become_full_citations()
    {
        var catalog = LegalCatalog.LoadEmbedded();
        Assert.Equal("《中华人民共和国个人信息保护法》第十条", LegalCitation.Zh(catalog, "PIPL-10"));
        Assert.Equal("《中华人民共和国刑法》第二百五十三条之一", LegalCitation.Zh(catalog, "CL-253-1"));
        Assert.Equal("《人民检察院公益诉讼办案规则》", LegalCitation.Zh(catalog, "PIL-RULES"));
        Assert.Equal("NO-SUCH", LegalCitation.Zh(catalog, "NO-SUCH"));
    }
}
