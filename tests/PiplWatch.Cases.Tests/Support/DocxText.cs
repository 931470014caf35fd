using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PiplWatch.Cases.Tests.Support;

/// <summary>The paragraphs of a DOCX as plain text.</summary>
public static class DocxText
{
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
    }

    public static string All(string path) => string.Join("\n", Paragraphs(File.ReadAllBytes(path)));
}
