using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>
/// DOCX (Open XML SDK): body paragraphs and table cells (the first row of a table is its header), headers, footers
/// and comments. Runs formatted as hidden text (w:vanish) are segments of their own, marked not visible.
/// </summary>
public sealed class DocxDocumentReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "docx";

    /// <inheritdoc/>
    public IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, isEditable: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new UnreadableDocumentException($"not a readable DOCX document: {ex.Message}", ex);
        }

        using (document)
        {
            var found = new List<TextSegment>();
            var main = document.MainDocumentPart ?? throw new UnreadableDocumentException("DOCX without a main document part");
            if (main.Document.Body is { } body)
            {
                ReadBlocks(body, "body", path, found, cancellationToken);
            }

            foreach (var header in main.HeaderParts)
            {
                ReadBlocks(header.Header, "header", path, found, cancellationToken);
            }

            foreach (var footer in main.FooterParts)
            {
                ReadBlocks(footer.Footer, "footer", path, found, cancellationToken);
            }

            if (main.WordprocessingCommentsPart?.Comments is { } comments)
            {
                foreach (var comment in comments.Elements<Comment>())
                {
                    var text = comment.InnerText;
                    if (text.Length > 0)
                    {
                        found.Add(new TextSegment(text, new ScanLocation(path) { Element = "comment " + comment.Id?.Value }, Visible: false, HiddenBecause: "comment"));
                    }
                }
            }

            return found;
        }
    }

    private static void ReadBlocks(OpenXmlElement container, string where, string path, List<TextSegment> found, CancellationToken cancellationToken)
    {
        var paragraph = 0;
        var table = 0;
        foreach (var block in container.Elements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block is Paragraph p)
            {
                paragraph++;
                AddParagraph(p, string.Create(CultureInfo.InvariantCulture, $"{where} paragraph {paragraph}"), null, null, null, path, found);
            }
            else if (block is Table t)
            {
                table++;
                string[]? headers = null;
                long row = -1;
                foreach (var tr in t.Elements<TableRow>())
                {
                    row++;
                    var cells = tr.Elements<TableCell>().ToList();
                    headers ??= cells.Select(c => c.InnerText.Trim()).ToArray();
                    for (var i = 0; i < cells.Count; i++)
                    {
                        var header = row == 0 || i >= headers.Length ? null : headers[i];
                        foreach (var cellParagraph in cells[i].Elements<Paragraph>())
                        {
                            AddParagraph(cellParagraph, string.Create(CultureInfo.InvariantCulture, $"{where} table {table}"), row, i + 1, header, path, found);
                        }
                    }
                }
            }
            else if (block is SdtBlock sdt && sdt.SdtContentBlock is { } content)
            {
                ReadBlocks(content, where, path, found, cancellationToken);
            }
        }
    }

    private static void AddParagraph(Paragraph paragraph, string element, long? row, int? column, string? header, string path, List<TextSegment> found)
    {
        var visible = new StringBuilder();
        var hidden = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            var isHidden = run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);
            foreach (var child in run.Elements())
            {
                var text = child switch
                {
                    DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
                    TabChar => "\t",
                    Break or CarriageReturn => "\n",
                    _ => null,
                };
                (isHidden ? hidden : visible).Append(text);
            }
        }

        var location = new ScanLocation(path) { Element = element, Row = row, Column = column, ColumnName = header };
        if (visible.Length > 0 && visible.ToString().Trim().Length > 0)
        {
            found.Add(new TextSegment(visible.ToString(), location, header));
        }

        if (hidden.Length > 0)
        {
            found.Add(new TextSegment(hidden.ToString(), location, header, Visible: false, HiddenBecause: "hidden text"));
        }
    }
}
