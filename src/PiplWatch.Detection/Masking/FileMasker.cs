using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PiplWatch.Detection.Scanning.Readers;

namespace PiplWatch.Detection.Masking;

/// <summary>
/// Writes a masked copy of a file with its structure kept: text line by line in its own encoding, CSV cell by cell,
/// JSON values in place, HTML text and attributes in the DOM, XLSX cells and DOCX runs through the Open XML SDK.
/// The copy is written to a temporary name and renamed, so a failure leaves nothing half-written.
/// </summary>
public sealed class FileMasker(PiiDetector detector, MaskingPolicy policy)
{
    /// <summary>Formats a masked copy can be made of.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".log", ".md", ".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xlsx", ".docx"];

    /// <summary>Masks <paramref name="source"/> into <paramref name="target"/>; returns the number of values replaced.</summary>
    /// <exception cref="NotSupportedException">The format cannot be masked in place (PDF, images, archives); the message says why.</exception>
    /// <exception cref="InvalidDataException">The file is not readable as its format; the message names it.</exception>
    public int Mask(string source, string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(target);
        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new NotSupportedException(extension == ".pdf"
                ? "a PDF's text cannot be replaced in place without leaving it in the file; mask the source document and export it again"
                : $"masking '{extension}' files is not supported (supported: {string.Join(", ", Extensions)})");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var replaced = extension switch
            {
                ".csv" or ".tsv" => MaskCsv(source, temporary, extension == ".tsv" ? '\t' : ','),
                ".jsonl" or ".ndjson" or ".json" => MaskJson(source, temporary, wholeDocument: extension == ".json"),
                ".html" or ".htm" => MaskHtml(source, temporary),
                ".xlsx" => OpenXmlMasking.MaskWorkbook(source, temporary, detector, policy),
                ".docx" => OpenXmlMasking.MaskDocument(source, temporary, detector, policy),
                _ => MaskText(source, temporary),
            };
            File.Move(temporary, target, overwrite: true);
            return replaced;
        }
        catch (Exception ex) when (ex is Scanning.UnreadableDocumentException or Sylvan.Data.Csv.CsvFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"cannot read {Path.GetFileName(source)} as {extension.TrimStart('.')}: {ex.Message}", ex);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The text with every detected value replaced; <paramref name="replaced"/> counts them.</summary>
    internal string MaskValue(string text, string? columnHeader, ref int replaced)
    {
        var hits = detector.Detect(text, columnHeader);
        replaced += hits.Count;
        var masked = TextMasker.Mask(text, hits, policy);
        return policy is PublicNoticePolicy or DisplayPolicy ? CompleteMasks(masked, ref replaced) : masked;
    }

    /// <summary>
    /// Values already masked below the standard (11010519491231****: the birth date still readable) are masked again so
    /// that the copy meets it: digits 7–14 of an ID, 4–7 of a phone.
    /// </summary>
    private static string CompleteMasks(string text, ref int replaced)
    {
        var partial = Audit.MaskedValueScanner.Find(text).Where(m => !m.MeetsPublicNoticeStandard).ToList();
        if (partial.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var value in partial)
        {
            var (from, count) = value.Kind == Audit.MaskedKind.IdCard ? (6, value.End - value.Start == 18 ? 8 : 6) : (3, 4);
            for (var i = value.Start + from; i < value.Start + from + count; i++)
            {
                chars[i] = '*';
            }

            replaced++;
        }

        return new string(chars);
    }

    private int MaskText(string source, string target)
    {
        using var reader = TextDecoding.OpenText(File.OpenRead(source), "text file", leaveOpen: false);
        using var writer = new StreamWriter(target, false, reader.CurrentEncoding);
        var replaced = 0;
        while (reader.ReadLine() is { } line)
        {
            writer.WriteLine(MaskValue(line, null, ref replaced));
        }

        return replaced;
    }

    private int MaskCsv(string source, string target, char delimiter)
    {
        using var text = TextDecoding.OpenText(File.OpenRead(source), "CSV file", leaveOpen: false);
        var encoding = text.CurrentEncoding;
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(text, new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = true, Delimiter = delimiter });
        using var writer = new StreamWriter(target, false, encoding);
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
        writer.WriteLine(string.Join(delimiter, headers.Select(h => Quote(h, delimiter))));
        var replaced = 0;
        while (csv.Read())
        {
            var fields = new string[csv.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Quote(MaskValue(csv.GetString(i), i < headers.Length ? headers[i] : null, ref replaced), delimiter);
            }

            writer.WriteLine(string.Join(delimiter, fields));
        }

        return replaced;
    }

    private int MaskJson(string source, string target, bool wholeDocument)
    {
        var replaced = 0;
        var lines = wholeDocument ? [File.ReadAllText(source)] : File.ReadLines(source);
        using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
        foreach (var line in lines)
        {
            JsonNode? node;
            try
            {
                node = string.IsNullOrWhiteSpace(line) ? null : JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                writer.WriteLine(MaskValue(line, null, ref replaced));
                continue;
            }

            if (node is null)
            {
                writer.WriteLine(line);
                continue;
            }

            node = MaskNode(node, null, ref replaced);
            writer.WriteLine(node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = wholeDocument }));
        }

        return replaced;
    }

    private JsonNode? MaskNode(JsonNode node, string? property, ref int replaced)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is { } child)
                    {
                        obj[key] = MaskNode(child, key, ref replaced);
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        array[i] = MaskNode(item, property, ref replaced);
                    }
                }

                return array;
            case JsonValue value when value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number:
                var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                var before = replaced;
                var masked = MaskValue(text, property, ref replaced);
                return replaced == before ? value.DeepClone() : JsonValue.Create(masked);
            default:
                return node.DeepClone();
        }
    }

    private int MaskHtml(string source, string target)
    {
        string html;
        Encoding encoding;
        using (var reader = TextDecoding.OpenText(File.OpenRead(source), "web page", leaveOpen: false))
        {
            html = reader.ReadToEnd();
            encoding = reader.CurrentEncoding;
        }

        var document = new HtmlParser().ParseDocument(html);
        var replaced = 0;
        foreach (var element in document.All.ToList())
        {
            foreach (var attribute in element.Attributes.ToList())
            {
                var masked = MaskValue(attribute.Value, null, ref replaced);
                if (!ReferenceEquals(masked, attribute.Value) && masked != attribute.Value)
                {
                    element.SetAttribute(attribute.Name, masked);
                }
            }

            // A value split by inline tags is masked on the element's whole text: the element's children are replaced
            // by the masked text only when some value crosses tags.
            if (element.LocalName is "td" or "th" or "li" or "p" or "span" or "div" or "a" or "b" or "strong" or "em" or "font" or "label" or "option" or "title" or "dd" or "dt" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                && element.Children.Length > 0 && element.Children.All(c => c.LocalName is "span" or "b" or "i" or "em" or "strong" or "font" or "sub" or "sup" or "u"))
            {
                var whole = element.TextContent;
                var before = replaced;
                var masked = MaskValue(whole, null, ref replaced);
                if (replaced > before)
                {
                    element.TextContent = masked;
                }
            }
        }

        foreach (var node in document.Descendants().Where(n => n is IText or IComment).ToList())
        {
            node.TextContent = MaskValue(node.TextContent, null, ref replaced);
        }

        File.WriteAllText(target, document.DocumentElement.OuterHtml is var outer ? "<!DOCTYPE html>\n" + outer : string.Empty, encoding);
        return replaced;
    }

    private static string Quote(string field, char delimiter) => PiplWatch.Core.CsvText.Field(field, delimiter);
}
