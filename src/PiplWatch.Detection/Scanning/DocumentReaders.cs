using PiplWatch.Detection.Scanning.Readers;

namespace PiplWatch.Detection.Scanning;

/// <summary>Chooses a reader by file extension; files without a known extension are read as text unless they look binary.</summary>
public static class DocumentReaders
{
    private static readonly Dictionary<string, Func<IDocumentReader>> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = () => new PlainTextReader(),
        [".log"] = () => new PlainTextReader(),
        [".md"] = () => new PlainTextReader(),
        [".csv"] = () => new CsvDocumentReader(),
        [".tsv"] = () => new CsvDocumentReader(),
        [".xlsx"] = () => new XlsxDocumentReader(),
        [".xlsm"] = () => new XlsxDocumentReader(),
        [".docx"] = () => new DocxDocumentReader(),
        [".pdf"] = () => new PdfDocumentReader(),
        [".html"] = () => new HtmlDocumentReader(),
        [".htm"] = () => new HtmlDocumentReader(),
        [".xhtml"] = () => new HtmlDocumentReader(),
        [".jsonl"] = () => new JsonLinesReader(),
        [".ndjson"] = () => new JsonLinesReader(),
        [".json"] = () => new JsonLinesReader(),
    };

    /// <summary>Extensions with a reader of their own (archives, <c>.zip</c>, are read entry by entry).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. ByExtension.Keys];

    /// <summary>Whether the file is an archive whose entries are scanned as files.</summary>
    public static bool IsArchive(string path) => Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reader for <paramref name="path"/>.</summary>
    public static IDocumentReader For(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var create) ? create() : new PlainTextReader();
}
