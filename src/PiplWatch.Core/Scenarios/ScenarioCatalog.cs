using System.Text.Json;

namespace PiplWatch.Core.Scenarios;

/// <summary>The fourteen scenarios, in publication batches (reference/scenarios.md).</summary>
public sealed class ScenarioCatalog
{
    private ScenarioCatalog(IReadOnlyList<Scenario> all) => All = all;

    /// <summary>All scenarios, N1–N6 then O1–O8.</summary>
    public IReadOnlyList<Scenario> All { get; }

    /// <summary>Loads the embedded scenario list.</summary>
    public static ScenarioCatalog LoadEmbedded()
    {
        const string path = "Scenarios/Data/scenarios.json";
        using var stream = EmbeddedData.Open(path);
        var file = JsonSerializer.Deserialize<ScenariosFile>(stream, ReferenceJson.Options)
            ?? throw new ReferenceDataException(path, "empty file");
        return new ScenarioCatalog(file.Scenarios);
    }

    /// <summary>The scenario with this id (e.g. <c>N6</c>), or null.</summary>
    public Scenario? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    private sealed record ScenariosFile(IReadOnlyList<Scenario> Scenarios);
}
