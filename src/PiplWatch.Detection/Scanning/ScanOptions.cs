namespace PiplWatch.Detection.Scanning;

/// <summary>Limits that keep a scan safe on hostile input (zip bombs, huge archives) and its sampling settings.</summary>
public sealed record ScanOptions
{
    /// <summary>Archives inside archives are opened down to this depth.</summary>
    public int MaxArchiveDepth { get; init; } = 3;

    /// <summary>Largest uncompressed entry read from an archive.</summary>
    public long MaxEntryBytes { get; init; } = 1L << 30;

    /// <summary>Largest total of uncompressed bytes read from one archive.</summary>
    public long MaxArchiveBytes { get; init; } = 4L << 30;

    /// <summary>Entries whose uncompressed size exceeds this many times their compressed size (and 10 MB) are refused as zip bombs.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Cells sampled per column for classification.</summary>
    public int ColumnSample { get; init; } = 200;

    /// <summary>Share of sampled cells a type must reach to name a column.</summary>
    public double ColumnThreshold { get; init; } = 0.6;
}
