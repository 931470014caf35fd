using System.Globalization;
using System.Text;

namespace PiplWatch.Detection.Scanning;

/// <summary>
/// Where a piece of text was found: the file (inside archives, <c>a.zip!/b.csv</c>), and row and column, page, sheet
/// or element. Offsets of hits are relative to the segment's text.
/// </summary>
public sealed record ScanLocation(string File)
{
    /// <summary>1-based data row (the header row of a table is row 0).</summary>
    public long? Row { get; init; }

    /// <summary>1-based column.</summary>
    public int? Column { get; init; }

    /// <summary>The column's header.</summary>
    public string? ColumnName { get; init; }

    /// <summary>Worksheet name.</summary>
    public string? Sheet { get; init; }

    /// <summary>1-based PDF page.</summary>
    public int? Page { get; init; }

    /// <summary>HTML/XML element path, or a JSON field path.</summary>
    public string? Element { get; init; }

    /// <summary>Line in a text file (1-based).</summary>
    public long? Line { get; init; }

    /// <summary>A compact human-readable form: <c>notice.html &lt;td&gt; (title attribute)</c>, <c>list.xlsx [Sheet1] row 3, column 2 (身份证号)</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(File);
        if (Sheet is not null)
        {
            builder.Append(" [").Append(Sheet).Append(']');
        }

        if (Page is { } page)
        {
            builder.Append(CultureInfo.InvariantCulture, $" page {page}");
        }

        if (Line is { } line)
        {
            builder.Append(CultureInfo.InvariantCulture, $" line {line}");
        }

        if (Row is { } row)
        {
            builder.Append(CultureInfo.InvariantCulture, $" row {row}");
        }

        if (Column is { } column)
        {
            builder.Append(CultureInfo.InvariantCulture, $", column {column}");
            if (ColumnName is not null)
            {
                builder.Append(" (").Append(ColumnName).Append(')');
            }
        }

        if (Element is not null)
        {
            builder.Append(' ').Append(Element);
        }

        return builder.ToString();
    }
}
