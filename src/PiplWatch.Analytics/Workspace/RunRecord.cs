namespace PiplWatch.Analytics.Workspace;

/// <summary>A recorded model run: enough to find its report and say who ran what, when.</summary>
public sealed record RunRecord(string RunId, string Model, string ModelVersion, DateTimeOffset StartedAt, string RunBy, int Findings, string File);
