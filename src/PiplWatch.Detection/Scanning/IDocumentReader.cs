namespace PiplWatch.Detection.Scanning;

/// <summary>Turns one document format into text segments. Readers stream: memory does not grow with the document.</summary>
public interface IDocumentReader
{
    /// <summary>Format name shown in reports (<c>csv</c>, <c>xlsx</c> …).</summary>
    string Format { get; }

    /// <summary>The document's segments. <paramref name="path"/> is the name reported in locations.</summary>
    /// <exception cref="UnreadableDocumentException">The document is corrupt, encrypted or not of this format.</exception>
    IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken);
}

/// <summary>A document that cannot be read, with the reason for the report; the scan goes on with the next file.</summary>
public sealed class UnreadableDocumentException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public UnreadableDocumentException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    public UnreadableDocumentException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnreadableDocumentException()
    {
    }
}
