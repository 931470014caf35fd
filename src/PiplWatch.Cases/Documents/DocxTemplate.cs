using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PiplWatch.Cases.Documents;

/// <summary>
/// Fills a DOCX template: every <c>{{名称}}</c> in the body, headers and footers is replaced by its value. Word splits
/// typed text into runs at will, so a paragraph holding a placeholder is rejoined into its first run's formatting
/// first. A value of several lines fills a paragraph that holds only its placeholder with one paragraph per line.
/// A placeholder the values do not name is an error that lists the names a template may use.
/// </summary>
public static partial class DocxTemplate
{
    /// <summary>The placeholders in a template, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(byte[] template)
    {
        using var stream = new MemoryStream(template, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. Parts(document).SelectMany(p => p.Descendants<Paragraph>()).SelectMany(p => Placeholder().Matches(p.InnerText).Select(m => m.Groups[1].Value)).Distinct()];
    }

    /// <summary>The filled document.</summary>
    /// <exception cref="InvalidDataException">The template is not a DOCX, or uses a name without a value.</exception>
    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, string> values, string templateName)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        using var stream = new MemoryStream();
        stream.Write(template);
        try
        {
            using (var document = WordprocessingDocument.Open(stream, true))
            {
                var unknown = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var root in Parts(document).ToList())
                {
                    foreach (var paragraph in root.Descendants<Paragraph>().ToList())
                    {
                        FillParagraph(paragraph, values, unknown);
                    }
                }

                if (unknown.Count > 0)
                {
                    throw new InvalidDataException($"{templateName}: the template uses {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}, which this document does not have (it has: {string.Join(", ", values.Keys.Order(StringComparer.Ordinal))})");
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException)
        {
            throw new InvalidDataException($"{templateName}: not a DOCX template ({ex.Message})", ex);
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Parts(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("the template has no document body");
        yield return main.Document.Body ?? throw new InvalidDataException("the template has no document body");
        foreach (var header in main.HeaderParts)
        {
            yield return header.Header;
        }

        foreach (var footer in main.FooterParts)
        {
            yield return footer.Footer;
        }
    }

    private static void FillParagraph(Paragraph paragraph, IReadOnlyDictionary<string, string> values, SortedSet<string> unknown)
    {
        var text = paragraph.InnerText;
        var matches = Placeholder().Matches(text);
        if (matches.Count == 0)
        {
            return;
        }

        foreach (Match match in matches)
        {
            if (!values.ContainsKey(match.Groups[1].Value))
            {
                unknown.Add(match.Groups[1].Value);
            }
        }

        var runs = paragraph.Elements<Run>().ToList();
        var properties = runs.FirstOrDefault()?.RunProperties?.CloneNode(true) as RunProperties;
        foreach (var run in runs)
        {
            run.Remove();
        }

        // A placeholder alone in its paragraph with a value of several lines becomes one paragraph per line.
        if (matches.Count == 1 && text.Trim() == matches[0].Value && values.TryGetValue(matches[0].Groups[1].Value, out var block) && block.Contains('\n', StringComparison.Ordinal))
        {
            var lines = block.Split('\n');
            paragraph.AppendChild(NewRun(lines[0], properties));
            var after = paragraph;
            foreach (var line in lines.Skip(1))
            {
                var copy = (Paragraph)paragraph.CloneNode(false);
                if (paragraph.ParagraphProperties is { } paragraphProperties)
                {
                    copy.AppendChild(paragraphProperties.CloneNode(true));
                }

                copy.AppendChild(NewRun(line, properties));
                after.InsertAfterSelf(copy);
                after = copy;
            }

            return;
        }

        var filled = Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value.Replace('\n', ' ') : m.Value);
        paragraph.AppendChild(NewRun(filled, properties));
    }

    private static Run NewRun(string text, RunProperties? properties)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.AppendChild(properties.CloneNode(true));
        }

        run.AppendChild(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    [GeneratedRegex(@"\{\{\s*([^{}\s]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
