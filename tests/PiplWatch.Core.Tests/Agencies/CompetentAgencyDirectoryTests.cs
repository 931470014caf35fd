using PiplWatch.Core.Regions;
using PiplWatch.TestSupport;

namespace PiplWatch.Core.Tests.Agencies;

public sealed class CompetentAgencyDirectoryTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    private ReferenceData Reference => fixture.Reference;

    [Fact]
    public void Sectors_AreTheTwelveOfDesign()
    {
        string[] expected = ["housing", "urban-management", "market-regulation", "human-resources", "health", "culture-tourism", "cyberspace", "public-security", "postal", "industry-it", "education", "civil-affairs"];

        Assert.Equal(expected, Reference.Sectors.All.Select(s => s.Id));
    }

    [Fact]
    public void Sectors_EveryLegalBasisIsInTheCatalog()
    {
        Assert.All(Reference.Sectors.All, s =>
        {
            Assert.NotEmpty(s.LegalBasis);
            Assert.Empty(Reference.Legal.UnknownArticles(s.LegalBasis));
        });
    }

    [Theory]
    [InlineData("130000")]
    [InlineData("130600")]
    [InlineData("130609")]
    [InlineData("110000")]
    [InlineData("110101")]
    [InlineData("429004")]
    [InlineData("110103")]
    public void For_EverySectorAtEveryLevel_NamesAnAgency(string code)
    {
        Assert.All(Reference.Sectors.All, sector =>
        {
            var agency = Reference.Agencies.For(sector.Id, code);

            Assert.False(string.IsNullOrWhiteSpace(agency.Name));
            Assert.Contains(agency.Level, sector.Levels);
            Assert.True(Reference.Regions.Get(agency.RegionCode).IsCurrent);
        });
    }

    [Fact]
    public void For_EverySectorAtEveryCurrentCounty_NamesAnAgency()
    {
        var counties = Reference.Regions.All.Where(r => r.IsCurrent && r.Level == RegionLevel.County && r.IsOfficialCode).ToList();

        foreach (var sector in Reference.Sectors.All)
        {
            foreach (var county in counties)
            {
                Assert.False(string.IsNullOrWhiteSpace(Reference.Agencies.For(sector.Id, county.Code).Name));
            }
        }
    }

    [Theory]
    [InlineData("housing", "130609", "保定市徐水区住房和城乡建设局")]
    [InlineData("住建", "130609", "保定市徐水区住房和城乡建设局")]
    [InlineData("urban-management", "130609", "保定市徐水区城市管理综合行政执法局")]
    [InlineData("market-regulation", "440106", "广州市天河区市场监督管理局")]
    [InlineData("human-resources", "440106", "广州市天河区人力资源和社会保障局")]
    [InlineData("public-security", "130609", "保定市公安局徐水区分局")]
    [InlineData("public-security", "130633", "河北省易县公安局")]
    [InlineData("housing", "500000", "重庆市住房和城乡建设委员会")]
    [InlineData("housing", "130000", "河北省住房和城乡建设厅")]
    public void For_DerivesTheAgencyName(string sector, string code, string expected)
    {
        var agency = Reference.Agencies.For(sector, code);

        Assert.Equal(expected, agency.Name);
        Assert.True(agency.IsDerived);
    }

    [Fact]
    public void For_SectorWithoutCountyOffice_ClimbsToPrefectureWithNote()
    {
        var agency = Reference.Agencies.For("postal", "440306");

        Assert.Equal("深圳市邮政管理局", agency.Name);
        Assert.Equal(RegionLevel.Prefecture, agency.Level);
        Assert.Contains("上级", agency.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void For_RetiredCode_RoutesToSuccessorWithNote()
    {
        var agency = Reference.Agencies.For("housing", "110103");

        Assert.Equal("110101", agency.RegionCode);
        Assert.Contains("110103", agency.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ConfiguredName_OverridesDerivedName()
    {
        // Arrange
        using var data = new TemporaryDirectory();
        Directory.CreateDirectory(data.Combine("reference"));
        File.WriteAllText(data.Combine("reference", "office-names.json"), """{"housing": {"500157": "重庆两江新区建设管理局"}}""");

        // Act
        var agency = ReferenceData.Load(data.Path).Agencies.For("housing", "500157");

        // Assert
        Assert.Equal("重庆两江新区建设管理局", agency.Name);
        Assert.False(agency.IsDerived);
    }

    [Fact]
    public void For_UnknownSector_NamesKnownSectors()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Reference.Agencies.For("banking", "130609"));

        Assert.Contains("banking", error.Message, StringComparison.Ordinal);
        Assert.Contains("housing (住建)", error.Message, StringComparison.Ordinal);
    }
}
