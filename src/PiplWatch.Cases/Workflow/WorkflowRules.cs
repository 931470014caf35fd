using System.Text.Json.Serialization;
using PiplWatch.Cases.Calendar;

namespace PiplWatch.Cases.Workflow;

/// <summary>A stage of the procedure.</summary>
public sealed record StageDefinition(string Id, string Zh, string En, bool Optional = false, bool Final = false);

/// <summary>
/// One time limit of the rules table: what must happen (or what period runs) after which event, how long, who acts,
/// and where the rule comes from — with whether that source is confirmed, as legal.md tags it.
/// </summary>
public sealed record TimeLimitRule
{
    /// <summary>Stable id (shown as the rule in deadlines).</summary>
    public required string Id { get; init; }

    /// <summary>What is due, in Chinese.</summary>
    public required string WhatZh { get; init; }

    /// <summary>What is due, in English.</summary>
    public required string WhatEn { get; init; }

    /// <summary><c>deadline</c> (someone must act by the day), <c>period-end</c> (a waiting period ends) or <c>window</c> (a right lapses).</summary>
    public required string Nature { get; init; }

    /// <summary>Who must act: agency, procuratorate or court.</summary>
    public required string Party { get; init; }

    /// <summary>Case kinds the rule applies to.</summary>
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>The stage whose event starts the period; or null when <see cref="AfterLimit"/> is used.</summary>
    public string? From { get; init; }

    /// <summary>Time limits whose end starts this period (the first that applies).</summary>
    public IReadOnlyList<string> AfterLimit { get; init; } = [];

    /// <summary><c>ordinary</c>, <c>urgent</c> or null for both (the recommendation's urgency).</summary>
    public string? When { get; init; }

    /// <summary>The length, e.g. "2 months".</summary>
    public required string Period { get; init; }

    /// <summary>Stages whose event meets the limit.</summary>
    public IReadOnlyList<string> MetBy { get; init; } = [];

    /// <summary>The source as legal.md gives it.</summary>
    public required string Source { get; init; }

    /// <summary>The article or law in Core's legal catalog, when there is one.</summary>
    public string? LegalId { get; init; }

    /// <summary>Whether legal.md confirms the source ([T]); false for [S]/[UNCONFIRMED] and historical rules.</summary>
    public required bool Confirmed { get; init; }

    /// <summary>The parsed <see cref="Period"/>.</summary>
    [JsonIgnore]
    public Period Length => Calendar.Period.Parse(Period);
}

/// <summary>One version of the rules table. A case keeps the version it was opened under.</summary>
public sealed record RulesVersion
{
    /// <summary>Version id, e.g. 2026.1.</summary>
    public required string Version { get; init; }

    /// <summary>When this version was adopted.</summary>
    public required DateOnly Adopted { get; init; }

    /// <summary>What the version rests on, in Chinese.</summary>
    public required string BasisZh { get; init; }

    /// <summary>What the version rests on, in English.</summary>
    public required string BasisEn { get; init; }

    /// <summary>Stages in display order.</summary>
    public required IReadOnlyList<StageDefinition> Stages { get; init; }

    /// <summary>Per case kind, per stage, the stages that may follow.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Transitions { get; init; }

    /// <summary>The time limits.</summary>
    public required IReadOnlyList<TimeLimitRule> TimeLimits { get; init; }

    /// <summary>The stage with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No such stage; the message lists them.</exception>
    public StageDefinition Stage(string id) => Stages.FirstOrDefault(s => s.Id == id)
        ?? throw new ArgumentException($"'{id}' is not a stage (stages: {string.Join(", ", Stages.Select(s => s.Id))})", nameof(id));

    /// <summary>The stages that may follow <paramref name="from"/> in a case of <paramref name="kind"/>.</summary>
    public IReadOnlyList<string> Next(CaseKind kind, string from) =>
        Transitions.TryGetValue(kind.Id(), out var byStage) && byStage.TryGetValue(from, out var next) ? next : [];

    /// <summary>The time limits of <paramref name="kind"/>.</summary>
    public IEnumerable<TimeLimitRule> LimitsFor(CaseKind kind) => TimeLimits.Where(t => t.Kinds.Contains(kind.Id()));
}
