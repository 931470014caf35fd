namespace PiplWatch.Analytics.Datasets;

/// <summary>A row that was not imported: where and why.</summary>
public sealed record SkippedRow(long Line, string? Column, string Reason);

/// <summary>A column of the export that holds personal information, from the PII engine's classification of a sample.</summary>
public sealed record PiiColumn(string Header, string Type, double Share);

/// <summary>What an import did: rows kept and skipped (with the first reasons), values it could not map, and the mapping applied.</summary>
public sealed record ImportReport
{
    /// <summary>Dataset name in the workspace.</summary>
    public required string Dataset { get; init; }

    /// <summary>Dataset role.</summary>
    public required string Role { get; init; }

    /// <summary>Rows imported.</summary>
    public long Rows { get; init; }

    /// <summary>Rows skipped.</summary>
    public long SkippedRows { get; init; }

    /// <summary>The first skipped rows with their reasons (at most 1,000).</summary>
    public IReadOnlyList<SkippedRow> Skipped { get; init; } = [];

    /// <summary>Per enumerated column, how many values the value map did not know (imported as <c>unknown</c>).</summary>
    public IReadOnlyDictionary<string, long> UnknownValues { get; init; } = new Dictionary<string, long>();

    /// <summary>Identities that are not valid resident ID numbers (passports, permits, typos): still identities.</summary>
    public long NonResidentIdentities { get; init; }

    /// <summary>Whether the mapping was suggested (and applied) rather than given.</summary>
    public bool MappingSuggested { get; init; }

    /// <summary>The mapping applied.</summary>
    public required DatasetMapping Mapping { get; init; }

    /// <summary>Columns holding personal information.</summary>
    public IReadOnlyList<PiiColumn> PiiColumns { get; init; } = [];
}
