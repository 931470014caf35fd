namespace PiplWatch.Detection.Scanning;

/// <summary>
/// What a table column holds, from a sample of its cells: the type most cells are entirely made of, and that share.
/// The dataset importer uses the same classification to suggest roles.
/// </summary>
/// <param name="Sheet">Worksheet, for XLSX.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Header">The column's header.</param>
/// <param name="Type">The type, or null when no type reaches the threshold.</param>
/// <param name="Share">Share of sampled non-empty cells that are entirely a value of <paramref name="Type"/>.</param>
/// <param name="Sampled">Non-empty cells sampled.</param>
public sealed record ColumnClassification(string? Sheet, int Column, string? Header, PiiType? Type, double Share, int Sampled);
