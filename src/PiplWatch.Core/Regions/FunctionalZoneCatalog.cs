using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiplWatch.Core.Regions;

/// <summary>Functional zones from the embedded list, extended or replaced by an administrator's file.</summary>
public sealed class FunctionalZoneCatalog
{
    private readonly IReadOnlyList<FunctionalZone> _zones;

    private FunctionalZoneCatalog(IReadOnlyList<FunctionalZone> zones) => _zones = zones;

    /// <summary>All zones.</summary>
    public IReadOnlyList<FunctionalZone> All => _zones;

    /// <summary>Loads the embedded zones, then the administrator's file if it exists (entries with the same id replace embedded ones).</summary>
    /// <exception cref="ReferenceDataException">The administrator's file is malformed or names unknown codes.</exception>
    public static FunctionalZoneCatalog Load(RegionCatalog regions, string? overrideFile)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var zones = new Dictionary<string, FunctionalZone>(StringComparer.Ordinal);
        using (var stream = EmbeddedData.Open("Regions/Data/functional-zones.json"))
        {
            foreach (var zone in Parse(stream, "functional-zones.json (embedded)", regions))
            {
                zones[zone.Id] = zone;
            }
        }

        if (overrideFile is not null && File.Exists(overrideFile))
        {
            using var stream = File.OpenRead(overrideFile);
            foreach (var zone in Parse(stream, overrideFile, regions))
            {
                zones[zone.Id] = zone;
            }
        }

        return new FunctionalZoneCatalog(zones.Values.OrderBy(z => z.RegionCode, StringComparer.Ordinal).ThenBy(z => z.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>Zones whose name or alias equals <paramref name="name"/>.</summary>
    public IReadOnlyList<FunctionalZone> Search(string name) =>
        _zones.Where(z => z.Name == name || z.Aliases.Contains(name, StringComparer.Ordinal)).ToList();

    /// <summary>The zone with this id, or null.</summary>
    public FunctionalZone? Find(string id) => _zones.FirstOrDefault(z => z.Id == id);

    private static IEnumerable<FunctionalZone> Parse(Stream stream, string source, RegionCatalog regions)
    {
        ZonesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ZonesFile>(stream, ReferenceJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ReferenceDataException(source, $"not valid JSON ({ex.Message})");
        }

        if (file?.Zones is null)
        {
            throw new ReferenceDataException(source, "expected an object with a \"zones\" list");
        }

        var position = 0;
        foreach (var entry in file.Zones)
        {
            position++;
            var where = $"zone #{position}";
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new ReferenceDataException(source, $"{where}: \"id\" and \"name\" are required");
            }

            foreach (var code in (entry.Counties ?? []).Append(entry.RegionCode ?? string.Empty))
            {
                if (regions.Find(code) is not { IsCurrent: true })
                {
                    throw new ReferenceDataException(source, $"{where} ({entry.Id}): '{code}' is not a current region code");
                }
            }

            yield return new FunctionalZone(entry.Id, entry.Name, entry.Aliases ?? [], entry.RegionCode!, entry.Counties ?? [], entry.Procuratorate, entry.NoteZh);
        }
    }

    private sealed record ZonesFile([property: JsonPropertyName("zones")] IReadOnlyList<ZoneEntry>? Zones);

    private sealed record ZoneEntry(
        string? Id,
        string? Name,
        IReadOnlyList<string>? Aliases,
        string? RegionCode,
        IReadOnlyList<string>? Counties,
        string? Procuratorate,
        string? NoteZh);
}
