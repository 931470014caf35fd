using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PiplWatch.Detection.Export;

/// <summary>One worksheet: a name and rows of text, the first row a header.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// Writes tables of (already masked) text as an XLSX workbook that opens well in Excel and WPS: a bold, frozen header
/// row and columns sized to their content (CJK characters count double). Written to a temporary name and renamed.
/// </summary>
public static class XlsxTables
{
    private const int MaxColumnWidth = 60;

    /// <summary>Writes <paramref name="sheets"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var temporary = path + ".tmp";
        try
        {
            using (var document = SpreadsheetDocument.Create(temporary, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook();
                AddStyles(workbook);
                var list = workbook.Workbook.AppendChild(new Sheets());
                uint id = 1;
                foreach (var sheet in sheets)
                {
                    AddSheet(workbook, list, id++, sheet);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat { Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }, ApplyAlignment = true },
                new CellFormat { FontId = 1, ApplyFont = true })
            { Count = 2 });
    }

    private static void AddSheet(WorkbookPart workbook, Sheets list, uint id, XlsxSheet sheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var widths = new List<double>();
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row();
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                var value = sheet.Rows[r][c] ?? string.Empty;
                row.AppendChild(new Cell
                {
                    DataType = CellValues.InlineString,
                    StyleIndex = r == 0 ? 1U : 0U,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value) { Space = SpaceProcessingModeValues.Preserve }),
                });
                while (widths.Count <= c)
                {
                    widths.Add(8);
                }

                widths[c] = Math.Min(MaxColumnWidth, Math.Max(widths[c], DisplayWidth(value) + 2));
            }

            data.AppendChild(row);
        }

        var worksheet = new Worksheet();
        if (sheet.Rows.Count > 1)
        {
            worksheet.AppendChild(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
        }

        if (widths.Count > 0)
        {
            worksheet.AppendChild(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        }

        worksheet.AppendChild(data);
        part.Worksheet = worksheet;
        list.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = sheet.Name });
    }

    private static double DisplayWidth(string value)
    {
        var width = 0;
        foreach (var c in value.AsSpan(0, Math.Min(value.Length, 200)))
        {
            width += c > 0x2E80 ? 2 : 1;
        }

        return width;
    }
}
