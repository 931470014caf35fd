using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PiplWatch.Detection.Masking;

namespace PiplWatch.Detection.Scanning;

/// <summary>
/// Scans one file — or each entry of an archive, recursively — and reports every hit as evidence. A file that cannot
/// be read is reported with its reason and the scan goes on; nothing here throws for bad input.
/// </summary>
public sealed class FileScanner
{
    private const int ContextChars = 20;
    private static readonly DisplayPolicy Display = new();

    private readonly PiiDetector _detector;
    private readonly ScanOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a scanner over a detector.</summary>
    public FileScanner(PiiDetector detector, ScanOptions? options = null, TimeProvider? time = null)
    {
        _detector = detector;
        _options = options ?? new ScanOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The engine version written with every hit.</summary>
    public static string EngineVersion { get; } =
        typeof(PiiDetector).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Scans the file at <paramref name="path"/>, reported as <paramref name="displayPath"/>; archives give one summary per entry after their own.</summary>
    public IEnumerable<FileSummary> Scan(string path, string displayPath, Action<ScanHit> onHit, CancellationToken cancellationToken = default) =>
        Scan(path, displayPath, onHit, onSegment: null, cancellationToken);

    /// <summary>
    /// Scans like <see cref="Scan(string, string, Action{ScanHit}, CancellationToken)"/> and also hands every segment with
    /// its hits to <paramref name="onSegment"/> (the file's SHA-256 first), for analyses that need the text around
    /// hits, such as the disclosure audit's masked values and records.
    /// </summary>
    public IEnumerable<FileSummary> Scan(string path, string displayPath, Action<ScanHit> onHit, Action<string, TextSegment, IReadOnlyList<PiiHit>>? onSegment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onHit);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new FileSummary { File = displayPath, Format = "unknown", Sha256 = string.Empty, Error = $"cannot open: {ex.Message}" }];
        }

        using (stream)
        {
            var results = new List<FileSummary>();
            ScanStream(stream, displayPath, depth: 0, onHit, onSegment, results, cancellationToken);
            return results;
        }
    }

    private void ScanStream(Stream stream, string displayPath, int depth, Action<ScanHit> onHit, Action<string, TextSegment, IReadOnlyList<PiiHit>>? onSegment, List<FileSummary> results, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        stream.Position = 0;
        if (DocumentReaders.IsArchive(displayPath))
        {
            ScanArchive(stream, displayPath, sha256, depth, onHit, onSegment, results, cancellationToken);
            return;
        }

        var reader = DocumentReaders.For(displayPath);
        var scannedAt = _time.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var counts = new Dictionary<PiiType, int>();
        var hidden = new Dictionary<PiiType, int>();
        var columns = new ColumnSampler(_options);
        string? error = null;
        try
        {
            foreach (var segment in reader.Read(stream, displayPath, cancellationToken))
            {
                var hits = _detector.Detect(segment.Text, segment.ColumnHeader);
                columns.Add(segment, hits);
                onSegment?.Invoke(sha256, segment, hits);
                foreach (var hit in hits)
                {
                    counts[hit.Type] = counts.GetValueOrDefault(hit.Type) + 1;
                    if (!segment.Visible)
                    {
                        hidden[hit.Type] = hidden.GetValueOrDefault(hit.Type) + 1;
                    }

                    onHit(new ScanHit
                    {
                        File = displayPath,
                        Sha256 = sha256,
                        Type = hit.Type,
                        Location = segment.Location,
                        Start = hit.Start,
                        End = hit.End,
                        Score = hit.Score,
                        MaskedValue = Display.Apply(hit.Type, hit.Type is PiiType.PersonName or PiiType.Address ? segment.Text[hit.Start..hit.End] : hit.Value),
                        MaskedContext = MaskedContext(segment.Text, hit, hits),
                        Visible = segment.Visible,
                        HiddenBecause = segment.HiddenBecause,
                        ScannedAt = scannedAt,
                        EngineVersion = EngineVersion,
                        Value = hit.Value,
                    });
                }
            }
        }
        catch (UnreadableDocumentException ex)
        {
            error = ex.Message;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or DecoderFallbackException or FormatException or InvalidOperationException)
        {
            // Third-party readers throw many kinds of exceptions on malformed input; the file is reported, the scan goes on.
            error = $"unreadable {reader.Format}: {ex.Message}";
        }

        results.Add(new FileSummary
        {
            File = displayPath,
            Format = reader.Format,
            Sha256 = sha256,
            Bytes = stream.Length,
            Counts = counts,
            HiddenCounts = hidden,
            Columns = columns.Classify(),
            Error = error,
        });
    }

    private void ScanArchive(Stream stream, string displayPath, string sha256, int depth, Action<ScanHit> onHit, Action<string, TextSegment, IReadOnlyList<PiiHit>>? onSegment, List<FileSummary> results, CancellationToken cancellationToken)
    {
        var summary = new FileSummary { File = displayPath, Format = "zip", Sha256 = sha256, Bytes = stream.Length };
        if (depth >= _options.MaxArchiveDepth)
        {
            results.Add(summary with { Error = $"archive nested deeper than {_options.MaxArchiveDepth} levels; not opened" });
            return;
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            results.Add(summary with { Error = $"not a readable zip archive: {ex.Message}" });
            return;
        }

        results.Add(summary);
        using (archive)
        {
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var entryPath = displayPath + "!/" + entry.FullName;
                var refusal = Refusal(entry, total);
                if (refusal is not null)
                {
                    results.Add(new FileSummary { File = entryPath, Format = "unknown", Sha256 = string.Empty, Bytes = entry.Length, Error = refusal });
                    if (refusal.StartsWith("archive total", StringComparison.Ordinal))
                    {
                        return;
                    }

                    continue;
                }

                total += entry.Length;
                using var copy = new MemoryStream();
                try
                {
                    using var entryStream = entry.Open();
                    CopyBounded(entryStream, copy, _options.MaxEntryBytes);
                }
                catch (InvalidDataException ex)
                {
                    results.Add(new FileSummary { File = entryPath, Format = "unknown", Sha256 = string.Empty, Bytes = entry.Length, Error = $"corrupt archive entry: {ex.Message}" });
                    continue;
                }

                copy.Position = 0;
                ScanStream(copy, entryPath, depth + 1, onHit, onSegment, results, cancellationToken);
            }
        }
    }

    private string? Refusal(ZipArchiveEntry entry, long totalSoFar)
    {
        if (entry.Length > _options.MaxEntryBytes)
        {
            return $"entry of {entry.Length} bytes exceeds the limit of {_options.MaxEntryBytes}; not read";
        }

        if (entry.Length > 10_000_000 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > _options.MaxCompressionRatio)
        {
            return $"zip bomb suspected: {entry.CompressedLength} bytes expand to {entry.Length}; not read";
        }

        return totalSoFar + entry.Length > _options.MaxArchiveBytes
            ? $"archive total would exceed {_options.MaxArchiveBytes} bytes; remaining entries not read"
            : null;
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes: an entry whose header lies about its size cannot fill memory.</summary>
    private static void CopyBounded(Stream source, Stream target, long limit)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            copied += read;
            if (copied > limit)
            {
                throw new InvalidDataException($"entry expands beyond {limit} bytes (zip bomb suspected)");
            }

            target.Write(buffer, 0, read);
        }
    }

    /// <summary>About twenty characters either side of the hit, with every value in that window masked.</summary>
    internal static string MaskedContext(string text, PiiHit hit, IReadOnlyList<PiiHit> all)
    {
        var start = Math.Max(0, hit.Start - ContextChars);
        var end = Math.Min(text.Length, hit.End + ContextChars);
        var builder = new StringBuilder(end - start + 8);
        var position = start;
        foreach (var other in all)
        {
            if (other.End <= start || other.Start >= end)
            {
                continue;
            }

            var s = Math.Max(other.Start, start);
            var e = Math.Min(other.End, end);
            builder.Append(text, position, s - position);
            var whole = s == other.Start && e == other.End;
            builder.Append(whole
                ? Display.Apply(other.Type, other.Type is PiiType.PersonName or PiiType.Address ? text[other.Start..other.End] : other.Value)
                : new string('*', e - s));
            position = e;
        }

        builder.Append(text, position, end - position);
        return builder.ToString().ReplaceLineEndings(" ").Replace('\t', ' ');
    }
}
