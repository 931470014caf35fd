namespace PiplWatch.Core.Tests.Scenarios;

public sealed class ScenarioCatalogTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    [Fact]
    public void All_FourteenScenariosWithResolvableRegionsAndSectors()
    {
        var scenarios = fixture.Reference.Scenarios.All;

        Assert.Equal(14, scenarios.Count);
        Assert.Equal(["N1", "N2", "N3", "N4", "N5", "N6", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8"], scenarios.Select(s => s.Id));
        Assert.All(scenarios, s =>
        {
            Assert.True(fixture.Reference.Regions.Find(s.RegionCode)?.IsCurrent, s.Id);
            Assert.All(s.Sectors, id => Assert.NotNull(fixture.Reference.Sectors.Find(id)));
            Assert.Contains(s.CaseKind, new[] { "administrative", "civil", "criminal-civil" });
        });
    }
}
