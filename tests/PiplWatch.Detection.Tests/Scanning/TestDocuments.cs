using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PiplWatch.Detection.Tests.Scanning;

/// <summary>Builds documents of every scanned format with generated values (no real person's data).</summary>
internal static class TestDocuments
{
    public const string Id = "11010519491231002X";
    public const string Phone = "13812345678";

    static TestDocuments() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static void Text(string path, string content, Encoding encoding) => File.WriteAllText(path, content, encoding);

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    /// <summary>A workbook with a visible sheet (one hidden column) and a hidden sheet; every cell is inline text.</summary>
    public static void Xlsx(string path, string[][] visibleRows, int? hiddenColumn = null, string[][]? hiddenSheetRows = null)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        AddSheet(workbook, sheets, 1, "名单", visibleRows, hiddenColumn, hidden: false);
        if (hiddenSheetRows is not null)
        {
            AddSheet(workbook, sheets, 2, "隐藏", hiddenSheetRows, null, hidden: true);
        }
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, string[][] rows, int? hiddenColumn, bool hidden)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows)
        {
            var r = new Row();
            foreach (var value in row)
            {
                r.AppendChild(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)) });
            }

            data.AppendChild(r);
        }

        var worksheet = new Worksheet();
        if (hiddenColumn is { } column)
        {
            worksheet.AppendChild(new Columns(new Column { Min = (uint)column, Max = (uint)column, Hidden = true, Width = 10, CustomWidth = true }));
        }

        worksheet.AppendChild(data);
        part.Worksheet = worksheet;
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name, State = hidden ? SheetStateValues.Hidden : null });
    }

    /// <summary>A document with a paragraph, a table with a header row, and a hidden run.</summary>
    public static void Docx(string path, string paragraph, string[][] table, string hiddenText)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body();
        body.AppendChild(new W.Paragraph(new W.Run(new W.Text(paragraph))));
        var t = new W.Table();
        foreach (var row in table)
        {
            var tr = new W.TableRow();
            foreach (var cell in row)
            {
                tr.AppendChild(new W.TableCell(new W.Paragraph(new W.Run(new W.Text(cell)))));
            }

            t.AppendChild(tr);
        }

        body.AppendChild(t);
        body.AppendChild(new W.Paragraph(new W.Run(new W.RunProperties(new W.Vanish()), new W.Text(hiddenText))));
        main.Document = new W.Document(body);
    }

    /// <summary>A one-page PDF with ASCII lines in its text layer (standard fonts carry no CJK glyphs).</summary>
    public static void Pdf(string path, params string[] lines)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 12, new UglyToad.PdfPig.Core.PdfPoint(40, 760 - (20 * i)), font);
        }

        File.WriteAllBytes(path, builder.Build());
    }

    /// <summary>A PDF whose "redaction" is a black box drawn over text that stays in the text layer.</summary>
    public static void FakeRedactedPdf(string path, string hiddenLine)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        page.AddText("Public notice", 12, new UglyToad.PdfPig.Core.PdfPoint(40, 760), font);
        page.AddText(hiddenLine, 12, new UglyToad.PdfPig.Core.PdfPoint(40, 730), font);
        page.SetTextAndFillColor(0, 0, 0);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(35, 725), 300, 20, 1, fill: true);
        File.WriteAllBytes(path, builder.Build());
    }

    /// <summary>A zip with the given entries (name → bytes).</summary>
    public static void Zip(string path, params (string Name, byte[] Content)[] entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            stream.Write(content);
        }
    }
}
