using PiplWatch.Analytics.Linkage;

namespace PiplWatch.Analytics.Tests.Linkage;

public sealed class CompanyNameNormalizerTests
{
    private static readonly CompanyNameNormalizer Normalizer = CompanyNameNormalizer.Default;

    [Fact]
    public void FullWidthFormsBecomeHalfWidth()
    {
        var name = Normalizer.Normalize("ＪＫ优科技有限公司");
        Assert.Equal("JK优科技", name.Core);
        Assert.Contains(name.Steps, s => s.Rule == "width");
    }

    [Fact]
    public void APlaceInBracketsIsRemovedAndOtherBracketsKeepTheirText()
    {
        var place = Normalizer.Normalize("华澜（广州）科技有限公司");
        Assert.Equal("华澜科技", place.Core);
        Assert.Equal(["广州"], place.Places);
        Assert.Contains(new NormalizationStep("place_in_brackets", "广州"), place.Steps);

        Assert.Equal("华澜科技", Normalizer.Normalize("【广州】华澜科技有限公司").Core);
        Assert.Equal("华澜星辰科技", Normalizer.Normalize("华澜(星辰)科技有限公司").Core);
    }

    [Fact]
    public void SpacesAndPunctuationAreRemoved()
    {
        var name = Normalizer.Normalize("华澜 科技·有限公司。");
        Assert.Equal("华澜科技", name.Core);
        Assert.Contains(name.Steps, s => s.Rule == "punctuation");
    }

    [Theory]
    [InlineData("华澜科技有限公司", "有限公司")]
    [InlineData("华澜科技有限责任公司", "有限责任公司")]
    [InlineData("华澜科技股份有限公司", "股份有限公司")]
    [InlineData("华澜科技集团有限公司", "集团有限公司")]
    [InlineData("华澜科技个体工商户", "个体工商户")]
    [InlineData("华澜科技合伙企业（有限合伙）", "合伙企业(有限合伙)")]
    public void LegalFormsAreRemovedAndNamed(string input, string form)
    {
        var name = Normalizer.Normalize(input);
        Assert.Equal("华澜科技", name.Core);
        Assert.Contains(new NormalizationStep("legal_form", form), name.Steps);
        Assert.Contains("legal_form:" + form, name.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("广州华安科技有限公司", "华安科技", "广州")]
    [InlineData("深圳振兴贸易有限公司", "振兴贸易", "深圳")]
    [InlineData("广州天河科技有限公司", "科技", "广州,天河")]
    [InlineData("广州市天河区华澜科技有限公司", "华澜科技", "广州,天河")]
    [InlineData("广东广州华澜科技有限公司", "华澜科技", "广东,广州")]
    public void APlaceAfterThePlaceIsStrippedOnlyWhenItLiesInside(string input, string core, string places)
    {
        var name = Normalizer.Normalize(input);
        Assert.Equal(core, name.Core);
        Assert.Equal(places.Split(','), name.Places);
    }

    [Fact]
    public void ABranchIsKeptApartFromTheCore()
    {
        var name = Normalizer.Normalize("广州华澜科技有限公司天河分公司");
        Assert.Equal("华澜科技", name.Core);
        Assert.Equal("天河分公司", name.Branch);
        Assert.Equal(["广州"], name.Places);
        Assert.Contains(new NormalizationStep("branch", "天河分公司"), name.Steps);

        var shop = Normalizer.Normalize("华澜餐饮有限公司体育西门店");
        Assert.Equal("华澜餐饮", shop.Core);
        Assert.Equal("体育西门店", shop.Branch);
        Assert.Equal(string.Empty, Normalizer.Normalize("华澜科技有限公司").Branch);
    }

    [Fact]
    public void LeadingProvincePrefectureAndCountyNamesAreRemovedWithOrWithoutSuffix()
    {
        var full = Normalizer.Normalize("广东省广州市天河区华澜科技有限公司");
        Assert.Equal("华澜科技", full.Core);
        Assert.Equal(["广东", "广州", "天河"], full.Places);
        Assert.Contains(new NormalizationStep("place", "广州市"), full.Steps);

        var shortForm = Normalizer.Normalize("深圳华澜科技有限公司");
        Assert.Equal("华澜科技", shortForm.Core);
        Assert.Equal(["深圳"], shortForm.Places);

        Assert.Equal("广西", Normalizer.Normalize("广西壮族自治区华澜科技有限公司").Places.Single());
    }

    [Fact]
    public void AnAutonomousPrefectureIsTheSamePlaceWithOrWithoutItsNationalities()
    {
        var full = Normalizer.Normalize("延边朝鲜族自治州华澜商贸有限公司");
        var shortForm = Normalizer.Normalize("延边华澜商贸有限公司");
        Assert.Equal("华澜商贸", full.Core);
        Assert.Equal(full.Core, shortForm.Core);
        Assert.Equal(["延边"], full.Places);
        Assert.Equal(full.Places, shortForm.Places);
    }

    [Fact]
    public void APlaceIsNotRemovedWhenFewerThanTwoCharactersWouldRemain()
    {
        Assert.Equal("广州", Normalizer.Normalize("广州有限公司").Core);
        Assert.Equal("广州港", Normalizer.Normalize("广州港有限公司").Core);
    }

    [Fact]
    public void AbbreviationsMakeBothFormsEqual()
    {
        var longForm = Normalizer.Normalize("华澜电子商务有限公司");
        Assert.Equal("华澜电商", longForm.Core);
        Assert.Contains(new NormalizationStep("abbreviation", "电子商务→电商"), longForm.Steps);
        Assert.Equal(longForm.Core, Normalizer.Normalize("华澜电商有限公司").Core);
        Assert.Equal(Normalizer.Normalize("华澜人力有限公司").Core, Normalizer.Normalize("华澜人力资源有限公司").Core);
    }

    [Fact]
    public void EmptyNamesGiveAnEmptyCore()
    {
        Assert.Equal(string.Empty, Normalizer.Normalize(null).Core);
        Assert.Equal(string.Empty, Normalizer.Normalize("  ").Core);
        Assert.Empty(Normalizer.Normalize("").Steps);
    }

    [Fact]
    public void CharacterSimilaritiesCountCharactersNotBytes()
    {
        Assert.Equal(1, StringSimilarity.Levenshtein("华澜科技", "华岚科技"));
        Assert.Equal(0.75, StringSimilarity.EditSimilarity("华澜科技", "华岚科技"), 6);
        Assert.Equal(1, StringSimilarity.JaroWinkler("华澜科技", "华澜科技"));
        Assert.InRange(StringSimilarity.JaroWinkler("华澜科技", "华岚科技"), 0.8, 0.9);
        Assert.Equal(0, StringSimilarity.JaroWinkler("华澜", "星辰"));
        Assert.Equal(2.0 * 1 / 6, StringSimilarity.BigramDice("华澜科技", "华岚科技"), 6);
    }

    [Fact]
    public void SimilaritiesOfVeryLongImportedTextDoNotExhaustTheStack()
    {
        // An account's verified company comes from imported data and can be any length.
        var huge = new string('澜', 2_000_000);
        Assert.InRange(StringSimilarity.EditSimilarity("华澜科技", huge), 0, 0.01);
        Assert.InRange(StringSimilarity.JaroWinkler(huge, "华澜科技"), 0, 1);
    }
}
