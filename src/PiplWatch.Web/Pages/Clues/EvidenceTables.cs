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

        var tables = new List<(string Shape, string? Record, List<string> Columns, List<IReadOnlyList<string>> Rows)>();
        foreach (var row in rows.OfType<JsonObject>())
        {
            // "record" names the kind of row (company, posting); it captions the table instead of filling a column.
            var record = row["record"]?.ToString();
            var columns = row.Where(kv => kv.Value is not null && kv.Key != "record").Select(kv => kv.Key).ToList();
            var shape = record ?? string.Join('\u001f', columns);
            var table = tables.FirstOrDefault(t => t.Shape == shape);
            if (table.Shape is null)
            {
                table = (shape, record, columns, []);
                tables.Add(table);
            }

            foreach (var column in columns.Where(c => !table.Columns.Contains(c)))
            {
                table.Columns.Add(column);
            }

            table.Rows.Add([.. table.Columns.Select(c => row[c] is JsonValue value ? value.ToString() : row[c]?.ToJsonString() ?? string.Empty)]);
        }

        // Rows read before a later row added a column are padded so every row has every column.
        return [.. tables.Select(t => new EvidenceTable(t.Record, t.Columns, [.. t.Rows.Select(r => r.Count == t.Columns.Count ? r : [.. r, .. Enumerable.Repeat(string.Empty, t.Columns.Count - r.Count)])]))];
    }
}
