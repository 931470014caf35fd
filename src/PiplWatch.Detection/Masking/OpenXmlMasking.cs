using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PiplWatch.Detection.Masking;

/// <summary>Masking of Office documents in place on a copy: workbook cells (all sheets, hidden too) and document runs.</summary>
internal static class OpenXmlMasking
{
    /// <summary>Every cell whose text holds a value becomes an inline string with the value masked; the header row is the context.</summary>
    public static int MaskWorkbook(string source, string target, PiiDetector detector, MaskingPolicy policy)
    {
        File.Copy(source, target, overwrite: true);
        var replaced = 0;
        using var document = SpreadsheetDocument.Open(target, isEditable: true);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("workbook without a workbook part");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        foreach (var part in workbook.WorksheetParts)
        {
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            var firstRow = true;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                foreach (var cell in row.Elements<Cell>())
                {
                    var text = CellText(cell, shared);
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    var column = ColumnOf(cell.CellReference?.Value);
                    if (firstRow)
                    {
                        headers[column] = text;
                    }

                    var hits = detector.Detect(text, firstRow ? null : headers.GetValueOrDefault(column));
                    if (hits.Count == 0)
                    {
                        continue;
                    }

                    replaced += hits.Count;
                    var masked = TextMasker.Mask(text, hits, policy);
                    cell.CellValue = null;
                    cell.CellFormula = null;
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(masked));
                }

                firstRow = false;
            }
        }

        return replaced;
    }

    /// <summary>
    /// Each paragraph is detected on its whole text; a value spread over several runs is written masked into the first
    /// of them and removed from the rest, so formatting outside values is kept. Hidden runs are masked too.
    /// </summary>
    public static int MaskDocument(string source, string target, PiiDetector detector, MaskingPolicy policy)
    {
        File.Copy(source, target, overwrite: true);
        var replaced = 0;
        using var document = WordprocessingDocument.Open(target, isEditable: true);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("document without a main part");
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        if (main.Document.Body is { } body)
        {
            roots.Add(body);
        }

        roots.AddRange(main.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header));
        roots.AddRange(main.FooterParts.Select(f => (DocumentFormat.OpenXml.OpenXmlElement)f.Footer));
        if (main.WordprocessingCommentsPart?.Comments is { } comments)
        {
            roots.Add(comments);
        }

        foreach (var paragraph in roots.SelectMany(r => r.Descendants<W.Paragraph>()).ToList())
        {
            var texts = paragraph.Descendants<W.Text>().ToList();
            var whole = string.Concat(texts.Select(t => t.Text));
            var hits = detector.Detect(whole);
            if (hits.Count == 0)
            {
                continue;
            }

            replaced += hits.Count;
            // Rewrite each text element's characters: kept, dropped (inside a value) or the value's replacement.
            var offsets = new int[texts.Count + 1];
            for (var i = 0; i < texts.Count; i++)
            {
                offsets[i + 1] = offsets[i] + texts[i].Text.Length;
            }

            var pieces = texts.Select(t => new System.Text.StringBuilder()).ToArray();
            var position = 0;
            foreach (var hit in hits)
            {
                Append(whole, position, hit.Start, offsets, pieces);
                var owner = Array.FindLastIndex(offsets, o => o <= hit.Start);
                pieces[Math.Min(owner, texts.Count - 1)].Append(policy.Apply(hit.Type, hit.Type is PiiType.PersonName or PiiType.Address ? whole[hit.Start..hit.End] : hit.Value));
                position = hit.End;
            }

            Append(whole, position, whole.Length, offsets, pieces);
            for (var i = 0; i < texts.Count; i++)
            {
                texts[i].Text = pieces[i].ToString();
                texts[i].Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
            }
        }

        return replaced;
    }

    private static void Append(string whole, int from, int to, int[] offsets, System.Text.StringBuilder[] pieces)
    {
        for (var i = 0; i < pieces.Length; i++)
        {
            var start = Math.Max(from, offsets[i]);
            var end = Math.Min(to, offsets[i + 1]);
            if (end > start)
            {
                pieces[i].Append(whole, start, end - start);
            }
        }
    }

    private static string? CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < shared.Length ? shared[index] : null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (raw is not null && (cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number) && Math.Abs(number) < 1e21)
        {
            // Long numbers (IDs, phones) stored as numbers: compare as the digits a reader sees.
            return number.ToString("0", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    private static string ColumnOf(string? reference) =>
        reference is null ? string.Empty : new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
}
