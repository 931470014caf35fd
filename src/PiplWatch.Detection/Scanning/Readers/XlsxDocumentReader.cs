using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;

namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>
/// XLSX: cell values through ExcelDataReader, sheet and column visibility through the Open XML SDK. Every sheet is
/// read, hidden ones too; the first row of each sheet is its header. Hidden sheets, columns and rows are reported
/// as not visible. Numbers stored as numbers are written without exponent (long IDs are often stored that way).
/// </summary>
public sealed class XlsxDocumentReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "xlsx";

    /// <inheritdoc/>
    public IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var visibility = ReadVisibility(stream);
        stream.Position = 0;
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new UnreadableDocumentException($"not a readable XLSX workbook: {ex.Message}", ex);
        }

        using (reader)
        {
            do
            {
                var sheet = reader.Name;
                var sheetHidden = !string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase);
                visibility.HiddenColumns.TryGetValue(sheet, out var hiddenColumns);
                string?[]? headers = null;
                long row = -1;
                while (ReadRow(reader))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    row++;
                    var rowHidden = reader.RowHeight == 0;
                    if (headers is null)
                    {
                        headers = new string?[reader.FieldCount];
                        for (var i = 0; i < reader.FieldCount; i++)
                        {
                            headers[i] = CellText(reader.GetValue(i));
                        }
                    }

                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        var text = CellText(reader.GetValue(i));
                        if (string.IsNullOrEmpty(text))
                        {
                            continue;
                        }

                        var header = row == 0 || i >= headers.Length ? null : headers[i];
                        var reason = sheetHidden ? "hidden sheet" : hiddenColumns?.Contains(i + 1) == true ? "hidden column" : rowHidden ? "hidden row" : null;
                        yield return new TextSegment(
                            text,
                            new ScanLocation(path) { Sheet = sheet, Row = row, Column = i + 1, ColumnName = header },
                            header,
                            Visible: reason is null,
                            HiddenBecause: reason);
                    }
                }
            }
            while (reader.NextResult());
        }
    }

    private static bool ReadRow(IExcelDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new UnreadableDocumentException($"corrupt worksheet '{reader.Name}': {ex.Message}", ex);
        }
    }

    /// <summary>
    /// A worksheet value as a reader sees it: dates as yyyy-MM-dd (with the time when there is one), whole numbers
    /// without exponent (long IDs are often stored as numbers), other numbers in invariant culture.
    /// </summary>
    public static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double n when Math.Abs(n) < 1e21 && n == Math.Floor(n) => n.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Hidden columns per sheet name, read from each worksheet's &lt;cols&gt; element.</summary>
    private static Visibility ReadVisibility(Stream stream)
    {
        var visibility = new Visibility();
        try
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            foreach (var sheet in workbook?.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || sheet.Name?.Value is not { } name || workbook!.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var hidden = new HashSet<int>();
                using var xml = OpenXmlReader.Create(part);
                while (xml.Read())
                {
                    if (xml.ElementType == typeof(SheetData))
                    {
                        break;
                    }

                    if (xml.ElementType == typeof(Column) && xml.IsStartElement && xml.LoadCurrentElement() is Column { Hidden.Value: true } column)
                    {
                        for (var c = column.Min?.Value ?? 0; c <= (column.Max?.Value ?? 0); c++)
                        {
                            hidden.Add((int)c);
                        }
                    }
                }

                visibility.HiddenColumns[name] = hidden;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new UnreadableDocumentException($"not a readable XLSX workbook: {ex.Message}", ex);
        }

        return visibility;
    }

    private sealed class Visibility
    {
        public Dictionary<string, HashSet<int>> HiddenColumns { get; } = new(StringComparer.Ordinal);
    }
}
