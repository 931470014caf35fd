namespace PiplWatch.Analytics.Contracts;

/// <summary>How a column role's values are parsed at import.</summary>
public enum ColumnKind
{
    /// <summary>Free text, kept as written (trimmed).</summary>
    Text,

    /// <summary>An identity document number: normalised (spaces, apostrophes, x → X) and checked as a resident ID where it is one.</summary>
    Identity,

    /// <summary>A calendar date (2025/3/1, 2025-03-01, 20250301, 2025年3月1日, Excel serials).</summary>
    Date,

    /// <summary>A date and time (the same forms with a time; +08:00 unless stated).</summary>
    Timestamp,

    /// <summary>A number (full-width digits, thousands separators allowed).</summary>
    Number,

    /// <summary>A whole number; empty or '-' means unknown, not zero.</summary>
    WholeNumber,

    /// <summary>true/false from 是/否, Y/N, 1/0, true/false.</summary>
    YesNo,

    /// <summary>One of a fixed set of canonical values, reached through the mapping's value map.</summary>
    Enumerated,
}
