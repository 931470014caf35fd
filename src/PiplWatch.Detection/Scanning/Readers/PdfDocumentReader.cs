using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>PDF text layer (PdfPig), one segment per line of each page. Scanned images without text have nothing to read.</summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "pdf";

    /// <inheritdoc/>
    public IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(stream);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException("encrypted PDF: its text cannot be read without the password", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new UnreadableDocumentException($"not a readable PDF: {ex.Message}", ex);
        }

        using (document)
        {
            var found = new List<TextSegment>();
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = ContentOrderTextExtractor.GetText(page);
                var line = 0;
                foreach (var lineText in text.Split('\n'))
                {
                    line++;
                    if (lineText.Trim().Length > 0)
                    {
                        found.Add(new TextSegment(lineText.TrimEnd('\r'), new ScanLocation(path) { Page = page.Number, Line = line }));
                    }
                }
            }

            return found;
        }
    }
}
