namespace PiplWatch.Core.Findings;

/// <summary>One dataset a run read: its role, name, content hash, and how many rows were used and skipped.</summary>
public sealed record ReportInput(string Role, string Dataset, string Sha256, long Rows, long SkippedRows);
