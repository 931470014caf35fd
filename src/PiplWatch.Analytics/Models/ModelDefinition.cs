namespace PiplWatch.Analytics.Models;

/// <summary>A parameter of a model: name, default and meaning.</summary>
public sealed record ModelParameter(string Name, string Default, string DescriptionZh, string DescriptionEn);

/// <summary>A kind of finding a model reports, with its legal basis (catalog ids) and competent sectors.</summary>
public sealed record FindingKind(string Kind, string TitleZh, IReadOnlyList<string> LegalBasis, IReadOnlyList<string> Sectors);

/// <summary>What a supervision model declares: id, titles, scenario, inputs, parameters and the kinds of findings.</summary>
public sealed record ModelDefinition(
    string Id,
    string Version,
    string TitleZh,
    string TitleEn,
    string Scenario,
    IReadOnlyList<string> InputRoles,
    IReadOnlyList<ModelParameter> Parameters,
    IReadOnlyList<FindingKind> FindingKinds)
{
    /// <summary>The declared kind, or an exception naming it.</summary>
    public FindingKind Kind(string kind) => FindingKinds.First(k => k.Kind == kind);
}
