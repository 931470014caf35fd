using PiplWatch.Cases.Clues;
using PiplWatch.Core.Scenarios;

namespace PiplWatch.Cases.Statistics;

/// <summary>
/// What a clue is counted under on the dashboard: the scenarios its model serves (a model may serve several: the app
/// compliance model serves N1, N2, O1–O3), the model itself when no scenario names it, or its source (volunteer,
/// hotline, manual…) when no model found it.
/// </summary>
/// <param name="Key">Stable key: scenario ids joined by "/" (e.g. <c>N6</c>), <c>model:ID</c> or <c>source:ID</c>.</param>
/// <param name="Label">Short label for a chart axis.</param>
/// <param name="TitleZh">The scenarios' titles, the model id or the source's Chinese name.</param>
public sealed record ScenarioGroup(string Key, string Label, string TitleZh)
{
    /// <summary>The group of a clue with this source and model.</summary>
    public static ScenarioGroup Of(string source, string? model, ScenarioCatalog scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (string.IsNullOrEmpty(model))
        {
            var zh = ClueSources.Zh(source);
            return new ScenarioGroup("source:" + source, zh, zh);
        }

        var served = scenarios.All.Where(s => string.Equals(s.Model, model, StringComparison.Ordinal)).ToList();
        if (served.Count == 0)
        {
            return new ScenarioGroup("model:" + model, model, model);
        }

        var ids = string.Join('/', served.Select(s => s.Id));
        return new ScenarioGroup(ids, ids, string.Join("；", served.Select(s => s.TitleZh)));
    }
}
