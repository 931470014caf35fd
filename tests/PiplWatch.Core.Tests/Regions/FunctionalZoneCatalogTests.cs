using PiplWatch.Core.Regions;
using PiplWatch.TestSupport;

namespace PiplWatch.Core.Tests.Regions;

public sealed class FunctionalZoneCatalogTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    [Fact]
    public void Search_EmbeddedZoneByAlias_FindsZoneWithCounties()
    {
        var zones = fixture.Reference.Zones.Search("天府新区");

        var zone = Assert.Single(zones);
        Assert.Equal("510100", zone.RegionCode);
        Assert.Contains("510116", zone.Counties);
    }

    [Fact]
    public void Load_AdministratorFile_AddsAndReplacesZones()
    {
        // Arrange
        using var temp = new TemporaryDirectory();
        var file = temp.Combine("zones.json");
        File.WriteAllText(file, """
            {"zones": [
              {"id": "chongqing-test-park", "name": "重庆测试园区", "region_code": "500157", "counties": ["500157"], "procuratorate": "重庆测试园区人民检察院"},
              {"id": "suzhou-sip", "name": "苏州工业园区", "aliases": ["园区"], "region_code": "320500", "counties": []}
            ]}
            """);

        // Act
        var catalog = FunctionalZoneCatalog.Load(fixture.Reference.Regions, file);

        // Assert
        Assert.Equal("重庆测试园区人民检察院", Assert.Single(catalog.Search("重庆测试园区")).Procuratorate);
        Assert.Null(catalog.Find("suzhou-sip")!.Procuratorate);
        Assert.NotNull(catalog.Find("sichuan-tianfu"));
    }

    [Fact]
    public void Load_AdministratorFileWithUnknownCode_FailsNamingFileAndZone()
    {
        using var temp = new TemporaryDirectory();
        var file = temp.Combine("zones.json");
        File.WriteAllText(file, """{"zones": [{"id": "bad", "name": "坏区", "region_code": "999999"}]}""");

        var error = Assert.Throws<ReferenceDataException>(() => FunctionalZoneCatalog.Load(fixture.Reference.Regions, file));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("zone #1 (bad)", error.Message, StringComparison.Ordinal);
        Assert.Contains("999999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_FailsNamingFile()
    {
        using var temp = new TemporaryDirectory();
        var file = temp.Combine("zones.json");
        File.WriteAllText(file, "{ not json");

        var error = Assert.Throws<ReferenceDataException>(() => FunctionalZoneCatalog.Load(fixture.Reference.Regions, file));

        Assert.StartsWith(file, error.Message, StringComparison.Ordinal);
    }
}
