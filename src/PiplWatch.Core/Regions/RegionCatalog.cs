using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace PiplWatch.Core.Regions;

/// <summary>
/// GB/T 2260 administrative divisions, current and retired, with their names over time.
/// Built from the files in <c>Regions/Data</c> (origin and licence in its README.md).
/// </summary>
public sealed class RegionCatalog
{
    /// <summary>Name given to codes that the sources list without a name (a handful of retired codes in the succession table).</summary>
    public const string UnnamedRegion = "（名称未收录）";

    private readonly FrozenDictionary<string, Region> _byCode;
    private readonly FrozenDictionary<string, string[]> _byName;
    private readonly Lazy<ILookup<string, Region>> _children;

    private RegionCatalog(IEnumerable<Region> regions)
    {
        _byCode = regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        _byName = BuildNameIndex(_byCode.Values, this);
        _children = new Lazy<ILookup<string, Region>>(() => _byCode.Values
            .Where(r => !r.IsPlaceholder)
            .Select(r => (Region: r, Parent: Parent(r)))
            .Where(p => p.Parent is not null && p.Parent.Code != p.Region.Code)
            .OrderBy(p => p.Region.Code, StringComparer.Ordinal)
            .ToLookup(p => p.Parent!.Code, p => p.Region, StringComparer.Ordinal));
    }

    /// <summary>Every code known, current and retired.</summary>
    public IEnumerable<Region> All => _byCode.Values;

    /// <summary>Loads the catalog compiled into the assembly.</summary>
    public static RegionCatalog LoadEmbedded()
    {
        var current = ReadCodeNames("Regions/Data/mumuy_list.json");
        var history = ReadCodeNames("Regions/Data/mumuy_history.json");
        var successors = ReadSuccessors("Regions/Data/mumuy_diff.json");
        var timeline = ReadTimeline("Regions/Data/mca_address_code_timeline.tsv");

        var codes = current.Keys.Concat(history.Keys).Concat(successors.Keys).Concat(successors.Values.SelectMany(v => v)).Concat(timeline.Keys)
            .Where(RegionCodes.IsWellFormed)
            .Distinct(StringComparer.Ordinal);

        var regions = new List<Region>();
        foreach (var code in codes)
        {
            timeline.TryGetValue(code, out var spans);
            spans ??= [];
            var isCurrent = current.TryGetValue(code, out var currentName);
            var name = currentName
                ?? (history.TryGetValue(code, out var lastName) ? lastName : null)
                ?? spans.LastOrDefault()?.Name
                // A few retired codes appear only in the succession table; they still resolve, because ID numbers carry them.
                ?? UnnamedRegion;

            regions.Add(new Region(
                code,
                name,
                RegionCodes.LevelOf(code),
                isCurrent,
                successors.TryGetValue(code, out var next) ? next : [],
                spans));
        }

        return new RegionCatalog(regions);
    }

    /// <summary>The region with this code, current or retired; null when the code never existed.</summary>
    public Region? Find(string code) =>
        code is not null && _byCode.TryGetValue(code, out var region) ? region : null;

    /// <summary>The region with this code, or an exception that names the code.</summary>
    public Region Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"Region code '{code}' is not a GB/T 2260 code, current or retired.");

    /// <summary>
    /// The division above: a county's real prefecture, or its province where the prefecture slot is a placeholder
    /// (municipalities, 省直辖县级行政区划); a prefecture's province; null for a province.
    /// </summary>
    public Region? Parent(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region.Level switch
        {
            RegionLevel.Province => null,
            RegionLevel.Prefecture => Find(region.ProvinceCode),
            RegionLevel.County => RealPrefecture(region) ?? Find(region.ProvinceCode),
            _ => throw new ArgumentOutOfRangeException(nameof(region)),
        };
    }

    /// <summary>The divisions whose parent is <paramref name="region"/>, current ones unless asked otherwise.</summary>
    public IReadOnlyList<Region> Children(Region region, bool includeRetired = false)
    {
        ArgumentNullException.ThrowIfNull(region);
        return _children.Value[region.Code].Where(r => includeRetired || r.IsCurrent).ToList();
    }

    /// <summary>Province, prefecture and county of a code, each null where the code has no such level.</summary>
    public RegionPath PathOf(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var province = Find(region.ProvinceCode);
        var prefecture = region.Level switch
        {
            RegionLevel.Province => null,
            RegionLevel.Prefecture => region,
            _ => RealPrefecture(region),
        };
        var county = region.Level == RegionLevel.County ? region : null;
        return new RegionPath(province, prefecture, county);
    }

    /// <summary>
    /// The name an office of this region carries, as procuratorates and agencies are usually named:
    /// 河北省, 保定市, 保定市徐水区 (districts take their city), 河北省涿州市 (counties and county-level cities
    /// take their province), 北京市东城区 (municipalities).
    /// </summary>
    public string QualifiedName(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var path = PathOf(region);
        var provinceName = path.Province?.Name ?? string.Empty;
        return region.Level switch
        {
            RegionLevel.Province => region.Name,
            RegionLevel.Prefecture when region.IsPlaceholder => provinceName,
            RegionLevel.Prefecture => region.Name,
            _ when RegionCodes.IsMunicipality(region.Code) => provinceName + region.Name,
            _ when path.Prefecture is not null && region.Name.EndsWith('区') => path.Prefecture.Name + region.Name,
            _ => provinceName + region.Name,
        };
    }

    /// <summary>
    /// Regions whose name matches <paramref name="query"/>: the name itself (徐水区), a qualified or full path
    /// (保定市徐水区, 河北省保定市徐水区), or the name without its suffix (徐水). Current regions come first.
    /// </summary>
    public RegionSearchResult Search(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = Normalize(query);
        if (key.Length == 0)
        {
            return new RegionSearchResult(query, []);
        }

        if (!_byName.TryGetValue(key, out var codes))
        {
            codes = [];
        }

        var matches = codes
            .Select(c => _byCode[c])
            .OrderByDescending(r => r.IsCurrent)
            .ThenBy(r => r.Level)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RegionMatch(r, PathOf(r).ToString()))
            .ToList();
        return new RegionSearchResult(query, matches);
    }

    private Region? RealPrefecture(Region county)
    {
        var prefecture = Find(county.PrefectureCode);
        return prefecture is { IsPlaceholder: false } && !RegionCodes.IsMunicipality(county.Code) ? prefecture : null;
    }

    private static FrozenDictionary<string, string[]> BuildNameIndex(IEnumerable<Region> regions, RegionCatalog catalog)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string name, string code)
        {
            var key = Normalize(name);
            if (key.Length < 2)
            {
                return;
            }

            if (!index.TryGetValue(key, out var set))
            {
                index[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(code);
        }

        foreach (var region in regions.Where(r => !r.IsPlaceholder && r.Name != UnnamedRegion))
        {
            var path = catalog.PathOf(region);
            foreach (var name in region.History.Select(h => h.Name).Append(region.Name).Distinct(StringComparer.Ordinal))
            {
                Add(name, region.Code);
                Add(RegionNames.WithoutSuffix(name), region.Code);
            }

            Add(catalog.QualifiedName(region), region.Code);
            Add(path.ToString(), region.Code);
        }

        return index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '/' && c != '·')).Normalize(System.Text.NormalizationForm.FormKC);

    private static Dictionary<string, string> ReadCodeNames(string path)
    {
        using var stream = EmbeddedData.Open(path);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidDataException($"{path}: expected a JSON object of code → name.");
    }

    private static Dictionary<string, string[]> ReadSuccessors(string path)
    {
        using var stream = EmbeddedData.Open(path);
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream)
            ?? throw new InvalidDataException($"{path}: expected a JSON object of code → successor codes.");
    }

    private static Dictionary<string, List<RegionNameSpan>> ReadTimeline(string path)
    {
        var result = new Dictionary<string, List<RegionNameSpan>>(StringComparer.Ordinal);
        using var reader = new StreamReader(EmbeddedData.Open(path));
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 4
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                throw new InvalidDataException($"{path} line {lineNumber}: expected code, name, first_year, last_year.");
            }

            if (!result.TryGetValue(fields[0], out var spans))
            {
                result[fields[0]] = spans = [];
            }

            spans.Add(new RegionNameSpan(fields[1], first, last));
        }

        foreach (var spans in result.Values)
        {
            spans.Sort((a, b) => a.FirstYear.CompareTo(b.FirstYear));
        }

        return result;
    }
}
