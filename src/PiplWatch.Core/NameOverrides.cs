using System.Text.Json;

namespace PiplWatch.Core;

/// <summary>
/// Real names an administrator configured in place of names composed by rule, keyed by a scope (a sector id, or
/// <c>procuratorate</c>) and a region code. Read from a JSON object <c>{"scope": {"code": "name"}}</c>.
/// </summary>
public sealed class NameOverrides
{
    private readonly Dictionary<string, Dictionary<string, string>> _names;

    private NameOverrides(Dictionary<string, Dictionary<string, string>> names) => _names = names;

    /// <summary>No configured names.</summary>
    public static NameOverrides None { get; } = new(new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal));

    /// <summary>Reads names from <paramref name="file"/>; a missing file means none.</summary>
    /// <exception cref="ReferenceDataException">The file is not an object of objects of strings, or a key is not a six-digit code.</exception>
    public static NameOverrides Load(string? file)
    {
        if (file is null || !File.Exists(file))
        {
            return None;
        }

        Dictionary<string, Dictionary<string, string>>? names;
        try
        {
            using var stream = File.OpenRead(file);
            names = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream, ReferenceJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ReferenceDataException(file, $"expected {{\"scope\": {{\"region code\": \"name\"}}}} ({ex.Message})");
        }

        foreach (var (scope, byCode) in names ?? [])
        {
            var bad = byCode.Keys.FirstOrDefault(k => !Regions.RegionCodes.IsWellFormed(k));
            if (bad is not null)
            {
                throw new ReferenceDataException(file, $"under \"{scope}\": '{bad}' is not a six-digit region code");
            }
        }

        return new NameOverrides(new Dictionary<string, Dictionary<string, string>>(names ?? [], StringComparer.Ordinal));
    }

    /// <summary>The configured name for <paramref name="scope"/> at <paramref name="code"/>, if any.</summary>
    public bool TryGet(string scope, string code, out string name)
    {
        name = string.Empty;
        if (_names.TryGetValue(scope, out var byCode) && byCode.TryGetValue(code, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            name = configured;
            return true;
        }

        return false;
    }
}
