namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>Plain text in UTF-8, UTF-16 or GB18030/GBK, one segment per line.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "text";

    /// <inheritdoc/>
    public IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = TextDecoding.OpenText(stream, "text file");
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            if (text.Length > 0)
            {
                yield return new TextSegment(text, new ScanLocation(path) { Line = line });
            }
        }
    }
}
