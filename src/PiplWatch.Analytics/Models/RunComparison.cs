using System.Text.Json.Nodes;
using PiplWatch.Core.Findings;

namespace PiplWatch.Analytics.Models;

/// <summary>
/// The follow-up check of rectification: a new run compared with an earlier one by finding id — each finding is new,
/// still present or gone. Written into the new report's summary under <c>comparison</c>.
/// </summary>
public static class RunComparison
{
    /// <summary>The comparison of <paramref name="current"/> with <paramref name="previous"/>.</summary>
    /// <exception cref="ArgumentException">The reports are of different models.</exception>
    public static JsonObject Compare(FindingsReport previous, FindingsReport current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (previous.Model != current.Model)
        {
            throw new ArgumentException($"cannot compare a {current.Model} run with a {previous.Model} report", nameof(previous));
        }

        var before = previous.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var now = current.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        JsonArray Ids(IEnumerable<string> ids) => new([.. ids.Order(StringComparer.Ordinal).Select(id => (JsonNode?)JsonValue.Create(id))]);
        var gone = previous.Findings.Where(f => !now.Contains(f.Id)).ToList();
        return new JsonObject
        {
            ["previous_run_id"] = previous.RunId,
            ["previous_started_at"] = previous.StartedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["new"] = Ids(now.Except(before)),
            ["still_present"] = Ids(now.Intersect(before)),
            ["gone"] = Ids(before.Except(now)),
            ["gone_by_kind"] = new JsonObject(gone.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)JsonValue.Create(g.Count())))),
        };
    }

    /// <summary>The report with the comparison added to its summary.</summary>
    public static FindingsReport WithComparison(FindingsReport current, FindingsReport previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        var summary = (JsonObject)current.Summary.DeepClone();
        summary["comparison"] = Compare(previous, current);
        return current with { Summary = summary };
    }
}
