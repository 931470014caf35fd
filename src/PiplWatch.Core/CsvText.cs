namespace PiplWatch.Core;

/// <summary>CSV writing as Excel and the readers expect it (RFC 4180 quoting).</summary>
public static class CsvText
{
    /// <summary>The field, quoted when it holds the delimiter, a quote or a line break (quotes doubled).</summary>
    public static string Field(string field, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Contains(delimiter, StringComparison.Ordinal) || field.AsSpan().IndexOfAny("\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }
}
