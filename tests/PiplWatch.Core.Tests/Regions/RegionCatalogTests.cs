using System.Text.Json;
using PiplWatch.Core.Regions;
using PiplWatch.TestSupport;

namespace PiplWatch.Core.Tests.Regions;

public sealed class RegionCatalogTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    private RegionCatalog Regions => fixture.Reference.Regions;

    public static TheoryData<string> ShippedFiles => new() { "mumuy_list.json", "mumuy_history.json", "mumuy_diff.json", "mca_address_code_timeline.tsv" };

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Find_EveryCodeInShippedDataFile_Resolves(string file)
    {
        // Arrange
        var path = RepositoryPaths.Source("PiplWatch.Core", "Regions", "Data", file);
        var codes = file.EndsWith(".json", StringComparison.Ordinal)
            ? JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(path))!.Keys.ToList()
            : File.ReadLines(path).Skip(1).Select(l => l.Split('\t')[0]).ToList();

        // Act
        var unresolved = codes.Where(c => Regions.Find(c) is null).ToList();

        // Assert
        Assert.NotEmpty(codes);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void Find_CurrentCounty_HasPathParentAndName()
    {
        var region = Regions.Get("130609");

        Assert.Equal("徐水区", region.Name);
        Assert.Equal(RegionLevel.County, region.Level);
        Assert.True(region.IsCurrent);
        Assert.Equal("河北省 / 保定市 / 徐水区", Regions.PathOf(region).ToString());
        Assert.Equal("130600", Regions.Parent(region)!.Code);
        Assert.Equal("130000", Regions.Parent(Regions.Parent(region)!)!.Code);
        Assert.Null(Regions.Parent(Regions.Get("130000")));
    }

    [Theory]
    [InlineData("110103", "崇文区", "110101")]
    [InlineData("110104", "宣武区", "110102")]
    [InlineData("130603", "北市区", "130606")]
    public void Find_RetiredCode_ResolvesWithSuccessor(string code, string name, string successor)
    {
        var region = Regions.Get(code);

        Assert.False(region.IsCurrent);
        Assert.Equal(name, region.Name);
        Assert.Contains(successor, region.Successors);
    }

    [Fact]
    public void Find_RenamedCode_KeepsNameHistory()
    {
        // 120110 was 东郊区 until 1991 and 东丽区 after (same code).
        var region = Regions.Get("120110");

        Assert.Equal("东郊区", region.History[0].Name);
        Assert.Contains(region.History, h => h.Name == "东丽区");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1306090")]
    [InlineData("13060X")]
    [InlineData("999999")]
    public void Find_NotACode_ReturnsNull(string code) => Assert.Null(Regions.Find(code));

    [Fact]
    public void Parent_MunicipalityDistrict_IsTheMunicipality()
    {
        var dongcheng = Regions.Get("110101");

        Assert.Equal("110000", Regions.Parent(dongcheng)!.Code);
        Assert.Equal("北京市东城区", Regions.QualifiedName(dongcheng));
    }

    [Fact]
    public void Parent_ProvinceAdministeredCounty_IsTheProvince()
    {
        var xiantao = Regions.Get("429004");

        Assert.Equal("420000", Regions.Parent(xiantao)!.Code);
    }

    [Fact]
    public void Children_Prefecture_ListsCurrentCountiesOnly()
    {
        var children = Regions.Children(Regions.Get("130600"));

        Assert.Contains(children, c => c.Code == "130609");
        Assert.DoesNotContain(children, c => c.Code == "130603");
        Assert.All(children, c => Assert.True(c.IsCurrent));
    }

    [Fact]
    public void Children_Municipality_ListsItsDistricts()
    {
        var children = Regions.Children(Regions.Get("110000"));

        Assert.Contains(children, c => c.Code == "110101");
        Assert.DoesNotContain(children, c => c.IsPlaceholder);
    }

    [Theory]
    [InlineData("徐水区")]
    [InlineData("保定市徐水区")]
    [InlineData("河北省保定市徐水区")]
    [InlineData("徐水")]
    [InlineData(" 徐水区 ")]
    public void Search_NameOrPath_FindsUniqueCounty(string query)
    {
        var result = Regions.Search(query);

        Assert.False(result.IsAmbiguous);
        Assert.Equal("130609", result.Unique?.Code);
    }

    [Fact]
    public void Search_SharedName_ReportsAmbiguityWithPaths()
    {
        var result = Regions.Search("朝阳区");

        Assert.True(result.IsAmbiguous);
        Assert.Contains(result.CurrentMatches, m => m.Region.Code == "110105" && m.Path.StartsWith("北京市", StringComparison.Ordinal));
        Assert.Contains(result.CurrentMatches, m => m.Region.Code == "220104" && m.Path.Contains("长春市", StringComparison.Ordinal));
        Assert.Null(result.Unique);
    }

    [Fact]
    public void Search_RetiredName_FindsRetiredRegion()
    {
        var result = Regions.Search("崇文区");

        Assert.Contains(result.Matches, m => m.Region.Code == "110103" && !m.Region.IsCurrent);
        Assert.Empty(result.CurrentMatches);
    }

    [Fact]
    public void Search_Unknown_FindsNothing()
    {
        Assert.Empty(Regions.Search("不存在区").Matches);
        Assert.Empty(Regions.Search(string.Empty).Matches);
    }

    [Theory]
    [InlineData("保定市", "保定")]
    [InlineData("内蒙古自治区", "内蒙古")]
    [InlineData("易县", "易县")]
    [InlineData("和平县", "和平")]
    [InlineData("新疆维吾尔自治区", "新疆")]
    [InlineData("广西壮族自治区", "广西")]
    [InlineData("延边朝鲜族自治州", "延边")]
    [InlineData("湘西土家族苗族自治州", "湘西")]
    [InlineData("博尔塔拉蒙古自治州", "博尔塔拉")]
    [InlineData("积石山保安族东乡族撒拉族自治县", "积石山")]
    [InlineData("东乡族自治县", "东乡")]
    [InlineData("鄂伦春自治旗", "鄂伦春")]
    [InlineData("莫力达瓦达斡尔族自治旗", "莫力达瓦")]
    [InlineData("三都水族自治县", "三都")]
    public void WithoutSuffix_StripsAdministrativeSuffix(string name, string expected) =>
        Assert.Equal(expected, RegionNames.WithoutSuffix(name));

    [Fact]
    public void WithoutSuffix_LeavesNoNationalityInTheShortNameOfAnyAutonomousDivision()
    {
        var autonomous = Regions.All.Where(r => r.IsCurrent && r.Name.Contains("自治", StringComparison.Ordinal) && !r.IsPlaceholder).ToList();
        Assert.True(autonomous.Count > 100, $"only {autonomous.Count} autonomous divisions in the catalog");
        var left = autonomous
            .Select(r => RegionNames.WithoutSuffix(r.Name))
            .Where(s => s.EndsWith('族') || EthnicGroups.Names.Any(n => n.Length >= 2 && s.EndsWith(n, StringComparison.Ordinal) && s.Length - n.Length >= 2))
            .ToList();
        Assert.Empty(left);
    }

    [Fact]
    public void Search_FindsAnAutonomousPrefectureByItsShortName() =>
        Assert.Contains(Regions.Search("延边").CurrentMatches, m => m.Region.Name == "延边朝鲜族自治州");
}
