using System.Text.Json;
using System.Text.Json.Nodes;
using PiplWatch.Analytics.Contracts;

namespace PiplWatch.Analytics.Datasets;

/// <summary>
/// How one export's headers and values map to a dataset role: <c>columns</c> (column role → header) and
/// <c>values</c> (column role → export value → canonical value; booleans as JSON true/false).
/// </summary>
public sealed record DatasetMapping(string Role, IReadOnlyDictionary<string, string> Columns, IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonNode?>> Values)
{
    /// <summary>The mapping file format: <c>{"&lt;dataset role&gt;": {"columns": {…}, "values": {…}}}</c>.</summary>
    public static IReadOnlyList<DatasetMapping> Parse(string json, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException($"{source}: empty mapping");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source}: not a mapping ({ex.Message}); expected {{\"<dataset role>\": {{\"columns\": {{…}}, \"values\": {{…}}}}}}", ex);
        }

        var mappings = new List<DatasetMapping>();
        foreach (var (roleName, body) in root)
        {
            var role = RoleCatalog.Find(roleName) ?? throw new InvalidDataException($"{source}: '{roleName}' is not a dataset role (known: {string.Join(", ", RoleCatalog.All.Select(r => r.Name))})");
            var columns = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (columnName, header) in body?["columns"]?.AsObject() ?? [])
            {
                if (role.Column(columnName) is null)
                {
                    throw new InvalidDataException($"{source}: '{roleName}' has no column role '{columnName}' (known: {string.Join(", ", role.Columns.Select(c => c.Name))})");
                }

                columns[columnName] = header?.GetValue<string>() ?? throw new InvalidDataException($"{source}: {roleName}.columns.{columnName} must be a header name");
            }

            var values = new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>(StringComparer.Ordinal);
            foreach (var (columnName, map) in body?["values"]?.AsObject() ?? [])
            {
                values[columnName] = (map?.AsObject() ?? []).ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone(), StringComparer.Ordinal);
            }

            mappings.Add(new DatasetMapping(roleName, columns, values));
        }

        return mappings;
    }

    /// <summary>Writes mappings in the file format.</summary>
    public static string Serialize(IEnumerable<DatasetMapping> mappings)
    {
        var root = new JsonObject();
        foreach (var mapping in mappings)
        {
            var values = new JsonObject();
            foreach (var (column, map) in mapping.Values)
            {
                values[column] = new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
            }

            root[mapping.Role] = new JsonObject
            {
                ["columns"] = new JsonObject(mapping.Columns.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                ["values"] = values,
            };
        }

        return root.ToJsonString(PiplWatch.Core.ReferenceJson.Options);
    }
}
