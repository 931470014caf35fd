namespace PiplWatch.Core.Scenarios;

/// <summary>A typical case of the Supreme People's Procuratorate that the platform serves (N1–N6, O1–O8).</summary>
public sealed record Scenario(
    string Id,
    DateOnly PublishedOn,
    string RegionCode,
    string CaseKind,
    string? Model,
    IReadOnlyList<string> Sectors,
    string TitleZh,
    string TitleEn,
    string SummaryZh,
    string SummaryEn);
