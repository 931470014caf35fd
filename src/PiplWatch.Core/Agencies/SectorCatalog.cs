using System.Text.Json;
using PiplWatch.Core.Regions;

namespace PiplWatch.Core.Agencies;

/// <summary>The twelve sectors of DESIGN.md, found by id or by Chinese short name (住建, 市场监管 …).</summary>
public sealed class SectorCatalog
{
    private readonly IReadOnlyList<Sector> _sectors;

    private SectorCatalog(IReadOnlyList<Sector> sectors) => _sectors = sectors;

    /// <summary>All sectors in DESIGN.md order.</summary>
    public IReadOnlyList<Sector> All => _sectors;

    /// <summary>Loads the embedded sector table.</summary>
    public static SectorCatalog LoadEmbedded()
    {
        const string path = "Agencies/Data/sectors.json";
        using var stream = EmbeddedData.Open(path);
        SectorsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<SectorsFile>(stream, ReferenceJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ReferenceDataException(path, $"not a sector table ({ex.Message})");
        }

        var sectors = (file?.Sectors ?? throw new ReferenceDataException(path, "no \"sectors\" list"))
            .Select(s => new Sector(s.Id, s.ShortZh, s.NameZh, s.NameEn, s.DutyZh, s.DutyEn, s.LegalBasis, s.Levels, s.Names, s.NoteEn))
            .ToList();
        return new SectorCatalog(sectors);
    }

    /// <summary>The sector whose id or Chinese short name is <paramref name="idOrShortName"/>, or null.</summary>
    public Sector? Find(string idOrShortName) =>
        _sectors.FirstOrDefault(s => string.Equals(s.Id, idOrShortName, StringComparison.OrdinalIgnoreCase)
            || s.ShortNameZh == idOrShortName || s.NameZh == idOrShortName);

    private sealed record SectorsFile(IReadOnlyList<SectorEntry> Sectors);

    private sealed record SectorEntry(
        string Id,
        string ShortZh,
        string NameZh,
        string NameEn,
        string DutyZh,
        string DutyEn,
        IReadOnlyList<string> LegalBasis,
        IReadOnlyList<RegionLevel> Levels,
        Dictionary<string, string> Names,
        string? NoteEn);
}
