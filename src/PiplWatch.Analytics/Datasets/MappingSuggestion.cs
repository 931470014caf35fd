using System.Globalization;
using System.Text.Json.Nodes;
using PiplWatch.Analytics.Contracts;
using PiplWatch.Detection;

namespace PiplWatch.Analytics.Datasets;

/// <summary>Why a header was suggested for a column role, and how sure the suggestion is (0–1).</summary>
public sealed record ColumnSuggestion(string Role, string Header, double Confidence, string Reason);

/// <summary>A suggested mapping: the mapping itself, the reasons, the required roles nobody matched, and export values without a canonical value.</summary>
public sealed record MappingSuggestion(DatasetMapping Mapping, IReadOnlyList<ColumnSuggestion> Columns, IReadOnlyList<string> MissingRequired, IReadOnlyDictionary<string, IReadOnlyList<string>> UnmappedValues)
{
    /// <summary>Sure enough to apply without a confirmed mapping: every required role matched with confidence ≥ 0.8.</summary>
    public bool IsConfident => MissingRequired.Count == 0 && Columns.Where(c => Required(c.Role)).All(c => c.Confidence >= 0.8);

    private bool Required(string role) => RoleCatalog.Find(Mapping.Role)?.Column(role)?.Required == true;
}

/// <summary>
/// Suggests how an export maps to a dataset role: from its headers (a synonym table: 证件号码/身份证号/身份证 →
/// id_number …) and from its content (a column of valid ID numbers is id_number; the PII engine's column
/// classification), and suggests value maps for enumerated roles (团队预约 → team, 已核销 → entered).
/// </summary>
public sealed class MappingSuggester(PiiDetector detector)
{
    private const int SampleRows = 200;

    /// <summary>The suggestion for <paramref name="role"/> from the headers and the first rows of an export.</summary>
    public MappingSuggestion Suggest(DatasetRole role, IReadOnlyList<string> headers, IReadOnlyList<TableRow> sample)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(sample);
        var candidates = new List<ColumnSuggestion>();
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h];
            var values = sample.Take(SampleRows).Select(r => h < r.Cells.Length ? r.Cells[h] : null).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            foreach (var column in role.Columns)
            {
                if (ByHeader(column, header) is { } byHeader)
                {
                    candidates.Add(new ColumnSuggestion(column.Name, header, byHeader.Confidence, byHeader.Reason));
                }

                if (ByContent(column, values) is { } byContent)
                {
                    candidates.Add(new ColumnSuggestion(column.Name, header, byContent.Confidence, byContent.Reason));
                }
            }
        }

        // Best first; each role and each header used once.
        var chosen = new List<ColumnSuggestion>();
        var position = headers.Select((h, i) => (h, i)).GroupBy(x => x.h, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        foreach (var candidate in candidates.OrderByDescending(c => c.Confidence).ThenBy(c => position[c.Header]))
        {
            if (chosen.All(c => c.Role != candidate.Role && c.Header != candidate.Header))
            {
                chosen.Add(candidate);
            }
        }

        var columns = chosen.ToDictionary(c => c.Role, c => c.Header, StringComparer.Ordinal);
        var valueMaps = new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>(StringComparer.Ordinal);
        var unmapped = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var column in role.Columns.Where(c => c.Kind is ColumnKind.Enumerated or ColumnKind.YesNo && columns.ContainsKey(c.Name)))
        {
            var index = position[columns[column.Name]];
            var distinct = sample.Select(r => index < r.Cells.Length ? r.Cells[index] : null).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => ValueParsers.Clean(v!)).Distinct(StringComparer.Ordinal).Take(50).ToList();
            var map = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            var unknown = new List<string>();
            foreach (var value in distinct)
            {
                if (CanonicalValue(column, value) is { } canonical)
                {
                    map[value] = canonical;
                }
                else
                {
                    unknown.Add(value);
                }
            }

            valueMaps[column.Name] = map;
            if (unknown.Count > 0)
            {
                unmapped[column.Name] = unknown;
            }
        }

        var missing = role.RequiredColumns.Where(c => !columns.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        return new MappingSuggestion(new DatasetMapping(role.Name, columns, valueMaps), chosen, missing, unmapped);
    }

    /// <summary>The canonical value a known export value means, or null.</summary>
    public static JsonNode? CanonicalValue(ColumnRole column, string value)
    {
        ArgumentNullException.ThrowIfNull(column);
        var key = ValueParsers.ValueKey(value);
        if (column.Kind == ColumnKind.YesNo)
        {
            return ValueParsers.TryParseYesNo(key, out var flag, out _) ? JsonValue.Create(flag) : null;
        }

        if (column.Values.Contains(key.ToLowerInvariant()))
        {
            return JsonValue.Create(key.ToLowerInvariant());
        }

        return column.ValueSynonyms.TryGetValue(key, out var canonical) ? JsonValue.Create(canonical) : null;
    }

    private static (double Confidence, string Reason)? ByHeader(ColumnRole column, string header)
    {
        var h = header.Trim();
        if (column.HeaderSynonyms.Any(s => string.Equals(s, h, StringComparison.OrdinalIgnoreCase)))
        {
            return (1.0, $"header '{h}' is a name for {column.Name}");
        }

        var partial = column.HeaderSynonyms.Where(s => s.Length >= 2 && h.Contains(s, StringComparison.OrdinalIgnoreCase)).OrderByDescending(s => s.Length).FirstOrDefault();
        return partial is null ? null : (0.7, $"header '{h}' contains '{partial}'");
    }

    private (double Confidence, string Reason)? ByContent(ColumnRole column, List<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        double Share(Func<string, bool> test) => values.Count(test) / (double)values.Count;
        switch (column.Kind)
        {
            case ColumnKind.Identity:
                {
                    var share = Share(v => detector.Detect(ValueParsers.NormalizeIdentity(v)) is [{ Type: PiiType.IdCard }]);
                    return share >= 0.6 ? (0.9, string.Create(CultureInfo.InvariantCulture, $"{share:P0} of sampled values are valid ID numbers")) : null;
                }

            case ColumnKind.Date when column.Required:
                {
                    var share = Share(v => ValueParsers.TryParseDate(v, out _, out _));
                    return share >= 0.95 ? (0.6, string.Create(CultureInfo.InvariantCulture, $"{share:P0} of sampled values are dates")) : null;
                }

            default:
                return null;
        }
    }
}
