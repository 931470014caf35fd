namespace PiplWatch.Analytics.Contracts;

/// <summary>How a column role's values are parsed at import.</summary>
public enum ColumnKind
{
    /// <summary>Free text, kept as written (trimmed).</summary>
    Text,

    /// <summary>A person's name: text, masked wherever shown (张*丰).</summary>
    PersonName,

    /// <summary>A phone number: text, masked wherever shown (138****5678).</summary>
    Phone,

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

    /// <summary>
    /// An amount of money (100万元人民币, 人民币100万元, 14万美元, 1亿元, 3000000): stored as the amount in units of its
    /// currency, with the unit words 十/百/千/万/亿 multiplied out, and the currency as an ISO 4217 code (CNY, USD, HKD …)
    /// in a companion column <c>&lt;name&gt;_currency</c>. 元 or no currency word means CNY; empty or '-' is unknown
    /// (both columns empty), not zero.
    /// </summary>
    Money,

    /// <summary>One of a fixed set of canonical values, reached through the mapping's value map.</summary>
    Enumerated,
}
