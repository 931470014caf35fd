namespace PiplWatch.Analytics.Datasets;

/// <summary>A dataset in the workspace catalog: what it is, where it came from, and who imported it when.</summary>
public sealed record DatasetEntry
{
    /// <summary>Name, unique in the workspace.</summary>
    public required string Name { get; init; }

    /// <summary>Dataset role.</summary>
    public required string Role { get; init; }

    /// <summary>The Parquet file, relative to the workspace.</summary>
    public required string File { get; init; }

    /// <summary>The export it was imported from.</summary>
    public required string SourceFile { get; init; }

    /// <summary>SHA-256 of the export (evidence of which data a run used).</summary>
    public required string SourceSha256 { get; init; }

    /// <summary>Rows imported.</summary>
    public long Rows { get; init; }

    /// <summary>Rows skipped.</summary>
    public long SkippedRows { get; init; }

    /// <summary>The mapping applied.</summary>
    public required DatasetMapping Mapping { get; init; }

    /// <summary>Columns with personal information.</summary>
    public IReadOnlyList<PiiColumn> PiiColumns { get; init; } = [];

    /// <summary>Per-column profile.</summary>
    public IReadOnlyList<ColumnProfile> Profile { get; init; } = [];

    /// <summary>When it was imported.</summary>
    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>Who imported it (the OS user, or --user, until the platform has users).</summary>
    public required string ImportedBy { get; init; }
}

/// <summary>A column's profile: null share, distinct count and top values (masked where the column holds personal data).</summary>
public sealed record ColumnProfile(string Column, double NullShare, long Distinct, IReadOnlyList<TopValue> TopValues);

/// <summary>A frequent value and its count.</summary>
public sealed record TopValue(string Value, long Count);
