namespace PiplWatch.Core.Legal;

/// <summary>A law, regulation, rule, judicial interpretation or standard that findings and documents cite.</summary>
public sealed record Law(
    string Id,
    string TitleZh,
    string TitleEn,
    string Kind,
    string? IssuerZh,
    DateOnly? InForceOn,
    string? Note);
