using PiplWatch.Core.Regions;
using PiplWatch.TestSupport;

namespace PiplWatch.Core.Tests.Jurisdiction;

public sealed class ProcuratorateDirectoryTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    private ReferenceData Reference => fixture.Reference;

    [Theory]
    [InlineData("130609", "保定市徐水区人民检察院")]
    [InlineData("130600", "保定市人民检察院")]
    [InlineData("130000", "河北省人民检察院")]
    [InlineData("130681", "河北省涿州市人民检察院")]
    [InlineData("110101", "北京市东城区人民检察院")]
    [InlineData("440106", "广州市天河区人民检察院")]
    [InlineData("360200", "景德镇市人民检察院")]
    public void For_DerivesTheNameAtTheRegionsLevel(string code, string expected)
    {
        var procuratorate = Reference.Procuratorates.For(code);

        Assert.Equal(expected, procuratorate.Name);
        Assert.True(procuratorate.IsDerived);
        Assert.Equal(code, procuratorate.RegionCode);
    }

    [Fact]
    public void ForAdministrativeCase_CityAgency_GoesToCityProcuratorate()
    {
        // Jurisdiction follows the level of the agency (办案规则 art. 13).
        var procuratorate = Reference.Procuratorates.ForAdministrativeCase("360200");

        Assert.Equal("景德镇市人民检察院", procuratorate.Name);
        Assert.Equal(RegionLevel.Prefecture, procuratorate.Level);
        Assert.Contains("PIL-RULES-13", procuratorate.Basis);
    }

    [Fact]
    public void ForCivilCase_County_IsBasicLevel()
    {
        var procuratorate = Reference.Procuratorates.ForCivilCase("330112");

        Assert.Equal("杭州市临安区人民检察院", procuratorate.Name);
        Assert.Contains("PIL-RULES-14", procuratorate.Basis);
        Assert.Null(procuratorate.Note);
    }

    [Fact]
    public void ForCivilCase_PrefectureOnly_SaysACountyIsNeeded()
    {
        var procuratorate = Reference.Procuratorates.ForCivilCase("330100");

        Assert.NotNull(procuratorate.Note);
    }

    [Fact]
    public void AtLevel_CountyToPrefecture_IsTheHandOverTarget()
    {
        // O1: out-of-district clues went up to the city.
        var procuratorate = Reference.Procuratorates.AtLevel("320214", RegionLevel.Prefecture);

        Assert.Equal("无锡市人民检察院", procuratorate.Name);
    }

    [Fact]
    public void For_RetiredCode_RoutesToSuccessor()
    {
        var procuratorate = Reference.Procuratorates.For("110103");

        Assert.Equal("北京市东城区人民检察院", procuratorate.Name);
        Assert.Contains("110103", procuratorate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void For_MunicipalityPrefectureSlot_AsksForBranchConfiguration()
    {
        var procuratorate = Reference.Procuratorates.AtLevel("110101", RegionLevel.Prefecture);

        Assert.Equal("北京市人民检察院", procuratorate.Name);
    }

    [Fact]
    public void For_ConfiguredName_Overrides()
    {
        using var data = new TemporaryDirectory();
        Directory.CreateDirectory(data.Combine("reference"));
        File.WriteAllText(data.Combine("reference", "office-names.json"), """{"procuratorate": {"130609": "河北省保定市徐水区人民检察院"}}""");

        var procuratorate = ReferenceData.Load(data.Path).Procuratorates.For("130609");

        Assert.Equal("河北省保定市徐水区人民检察院", procuratorate.Name);
        Assert.False(procuratorate.IsDerived);
    }

    [Fact]
    public void ForZone_ConfiguredProcuratorate_IsUsed()
    {
        var zone = Reference.Zones.Find("suzhou-sip")!;

        Assert.Equal("苏州工业园区人民检察院", Reference.Procuratorates.ForZone(zone).Name);
    }

    [Fact]
    public void Load_OfficeNamesWithBadCode_FailsNamingFileAndScope()
    {
        using var data = new TemporaryDirectory();
        Directory.CreateDirectory(data.Combine("reference"));
        File.WriteAllText(data.Combine("reference", "office-names.json"), """{"procuratorate": {"13060": "x"}}""");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceData.Load(data.Path));

        Assert.Contains("office-names.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("procuratorate", error.Message, StringComparison.Ordinal);
    }
}
