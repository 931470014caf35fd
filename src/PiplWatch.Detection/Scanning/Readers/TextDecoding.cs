using System.Text;

namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>
/// Decides how a Chinese text file is encoded: a BOM wins; otherwise UTF-8 when the first 64 KiB are valid UTF-8,
/// else GB18030 (which also reads GBK and GB2312). Exports from Chinese systems are often GBK.
/// </summary>
public static class TextDecoding
{
    private const int SampleSize = 64 * 1024;

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, registered once for the process.</summary>
    public static Encoding Gb18030 { get; } = GetGb18030();

    /// <summary>Detects the encoding of a seekable stream and rewinds it past any BOM.</summary>
    public static Encoding Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        var buffer = new byte[SampleSize];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var sample = buffer.AsSpan(0, read);
        if (sample.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            stream.Position = start + 3;
            return new UTF8Encoding(false);
        }

        if (sample.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            stream.Position = start + 2;
            return Encoding.Unicode;
        }

        if (sample.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            stream.Position = start + 2;
            return Encoding.BigEndianUnicode;
        }

        // A full sample may end inside a multi-byte character: allow up to 3 trailing bytes to be cut off.
        var cut = read < SampleSize ? 0 : 3;
        for (var trim = 0; trim <= Math.Min(cut, sample.Length); trim++)
        {
            if (System.Text.Unicode.Utf8.IsValid(sample[..^trim]))
            {
                return new UTF8Encoding(false);
            }
        }

        return Gb18030;
    }

    /// <summary>
    /// A reader over <paramref name="stream"/> in its detected encoding (the reader's CurrentEncoding says which, for
    /// writing a copy back the same way). Binary content is refused: what it holds is not text to scan or mask.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">The stream looks binary.</exception>
    public static StreamReader OpenText(Stream stream, string what, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (LooksBinary(stream))
        {
            throw new UnreadableDocumentException($"binary content (NUL or control bytes), not a {what}");
        }

        return new StreamReader(stream, Detect(stream), detectEncodingFromByteOrderMarks: false, leaveOpen: leaveOpen);
    }

    /// <summary>Whether the bytes look like binary (NUL bytes in the first block), which no text reader should parse.</summary>
    public static bool LooksBinary(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        var buffer = new byte[8192];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var span = buffer.AsSpan(0, read);
        // UTF-16 text has NULs too, but it starts with a BOM.
        if (span.Length == 0 || span.StartsWith(new byte[] { 0xFF, 0xFE }) || span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return false;
        }

        // Text has no NULs and few control characters other than tab, line feed, carriage return, form feed, escape.
        var controls = 0;
        foreach (var b in span)
        {
            if (b == 0)
            {
                return true;
            }

            controls += b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B) ? 1 : 0;
        }

        return controls > span.Length / 20;
    }

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
