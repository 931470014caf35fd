using System.Text.Json.Nodes;

namespace PiplWatch.Web.Pages.Clues;

/// <summary>One table of a finding's evidence: rows that share the same fields (a company record, its postings …).</summary>
public sealed record EvidenceTable(string? Record, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// A finding's evidence as stored (a JSON array of objects, masked when the finding was made) in tables, one per shape
/// of row, in the order the shapes first appear: a company's registry record above its postings.
/// </summary>
public static class EvidenceTables
{
    public static IReadOnlyList<EvidenceTable> From(string evidenceJson)
    {
        if (JsonNode.Parse(evidenceJson) is not JsonArray rows)
        {
            return [];
        }

        // "record" names the kind of row (company, posting); it captions the table instead of filling a column. Rows
        // without one are grouped by their fields. A table's columns are every field any of its rows has.
        static string? RecordOf(JsonObject row) => row["record"]?.ToString();
        static IEnumerable<string> Fields(JsonObject row) => row.Where(kv => kv.Value is not null && kv.Key != "record").Select(kv => kv.Key);
        static string Cell(JsonNode? node) => node is JsonValue value ? value.ToString() : node?.ToJsonString() ?? string.Empty;
        return
        [
            .. rows.OfType<JsonObject>()
                .GroupBy(row => RecordOf(row) ?? string.Join('\u001f', Fields(row)), StringComparer.Ordinal)
                .Select(group =>
                {
                    var columns = group.SelectMany(Fields).Distinct(StringComparer.Ordinal).ToList();
                    return new EvidenceTable(RecordOf(group.First()), columns, [.. group.Select(row => (IReadOnlyList<string>)[.. columns.Select(c => Cell(row[c]))])]);
                }),
        ];
    }
}
