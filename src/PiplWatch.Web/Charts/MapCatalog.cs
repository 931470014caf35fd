using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using PiplWatch.Core.Regions;

namespace PiplWatch.Web.Charts;

/// <summary>A division drawn on a map: its feature id, the name the map file gives it, and its code prefix.</summary>
/// <param name="Id">The feature's 6-digit code (360000, 360200, 110101).</param>
/// <param name="Name">The feature's <c>name</c> in the map file, which ECharts matches data by.</param>
public sealed record MapDivision(string Id, string Name)
{
    /// <summary>
    /// The code prefix of what the division holds: trailing "00" pairs dropped (360000 → 36, 360200 → 3602), so a
    /// municipality's districts (110101) keep all six digits.
    /// </summary>
    public string Prefix => Id.EndsWith("0000", StringComparison.Ordinal) ? Id[..2] : Id.EndsWith("00", StringComparison.Ordinal) ? Id[..4] : Id;
}

/// <summary>One map file: the ECharts map name to register, the URL to fetch and its divisions.</summary>
public sealed record MapFile(string Name, string Url, IReadOnlyList<MapDivision> Divisions);

/// <summary>
/// The offline maps under <c>wwwroot/lib/echarts-map/</c> (ECharts 4.9.0's map data, see its README): the provinces of
/// China, and per province its prefectures (districts for the municipalities). Which file holds which province is
/// read from the files' feature ids, not from their pinyin names. Two features of ECharts' files have no id
/// (上海 崇明区, and 西藏 山南市's outline): they are found by name among the current divisions of their province.
/// </summary>
public sealed class MapCatalog
{
    /// <summary>Where the maps are under wwwroot.</summary>
    public const string Folder = "lib/echarts-map";

    private readonly Lazy<(MapFile China, Dictionary<string, MapFile> Provinces)> _maps;

    /// <summary>Maps read from the web root's files (once, on first use).</summary>
    public MapCatalog(IWebHostEnvironment environment, PiplWatch.Core.ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(reference);
        _maps = new(() => Load(environment.WebRootFileProvider, reference.Regions));
    }

    /// <summary>The provinces of China.</summary>
    public MapFile China => _maps.Value.China;

    /// <summary>
    /// The map for a scope: the country for a national scope (empty prefix), else the province of the prefix with its
    /// prefectures; null when no map file holds that province.
    /// </summary>
    public MapFile? For(string regionPrefix)
    {
        ArgumentNullException.ThrowIfNull(regionPrefix);
        return regionPrefix.Length == 0 ? China : regionPrefix.Length >= 2 ? _maps.Value.Provinces.GetValueOrDefault(regionPrefix[..2]) : null;
    }

    private static (MapFile, Dictionary<string, MapFile>) Load(IFileProvider files, RegionCatalog regions)
    {
        var china = Read(files, $"{Folder}/china.json", "china", regions);
        var provinces = new Dictionary<string, MapFile>(StringComparer.Ordinal);
        foreach (var file in files.GetDirectoryContents($"{Folder}/province").Where(f => f.Name.EndsWith(".json", StringComparison.Ordinal)))
        {
            var path = $"{Folder}/province/{file.Name}";
            var map = Read(files, path, "pending", regions);
            var provinceOf = map.Divisions.Select(d => d.Id[..2]).Distinct().ToList();
            if (provinceOf.Count != 1)
            {
                throw new InvalidDataException($"{path}: its features belong to {provinceOf.Count} provinces ({string.Join(", ", provinceOf)}); a province map holds one");
            }

            provinces.Add(provinceOf[0], map with { Name = provinceOf[0] + "0000" });
        }

        if (provinces.Count == 0)
        {
            throw new InvalidDataException($"no province maps under wwwroot/{Folder}/province");
        }

        return (china, provinces);
    }

    private static MapFile Read(IFileProvider files, string path, string name, RegionCatalog regions)
    {
        var info = files.GetFileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"map file wwwroot/{path} is missing", path);
        }

        using var stream = info.CreateReadStream();
        using var json = JsonDocument.Parse(stream);
        var features = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (Id: f.TryGetProperty("id", out var id) ? id.GetString() : null, Name: f.GetProperty("properties").TryGetProperty("name", out var n) ? n.GetString() : null))
            .ToList();
        static bool IsCode(string? id) => id is { Length: 6 } && id.All(char.IsAsciiDigit);
        var provinces = features.Where(f => IsCode(f.Id)).Select(f => f.Id![..2]).Distinct().ToList();
        var divisions = new List<MapDivision>();
        foreach (var (id, featureName) in features)
        {
            if (string.IsNullOrEmpty(featureName))
            {
                throw new InvalidDataException($"{path}: feature {divisions.Count + 1} has no name");
            }

            var code = IsCode(id) ? id : provinces.Count == 1 ? ByName(regions, provinces[0], featureName) : null;
            divisions.Add(new MapDivision(code ?? throw new InvalidDataException($"{path}: feature {divisions.Count + 1} ({featureName}) has no 6-digit id ('{id}') and no current division of that name"), featureName));
        }

        // 山南市 is in xizang.json twice, once with its id and an empty outline, once with the outline and no id: one
        // division (ECharts draws both features under the one name).
        return new MapFile(name, "/" + path, [.. divisions.DistinctBy(d => d.Id)]);
    }

    // The one current prefecture or county of the province with this name, or null.
    private static string? ByName(RegionCatalog regions, string province, string name)
    {
        if (regions.Find(province + "0000") is not { } top)
        {
            return null;
        }

        var prefectures = regions.Children(top);
        var matches = prefectures.Concat(prefectures.SelectMany(p => regions.Children(p))).Where(r => r.IsCurrent && r.Name == name).Select(r => r.Code).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
