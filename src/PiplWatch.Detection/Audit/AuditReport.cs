namespace PiplWatch.Detection.Audit;

/// <summary>
/// The audit's <c>report.json</c>: where and when, the totals (sums over files, plus <c>distinct_unmasked_ids</c>
/// across the site), every file, and — for a follow-up audit — the comparison with the earlier report.
/// </summary>
public sealed record AuditReport
{
    /// <summary>The folder or URL audited.</summary>
    public required string Site { get; init; }

    /// <summary>When the audit started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>Version of the detection engine.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>Sums over files.</summary>
    public required AuditTotals Totals { get; init; }

    /// <summary>Every file read (or that could not be read).</summary>
    public required IReadOnlyList<FileAudit> Files { get; init; }

    /// <summary>Set when the audit was compared with an earlier report.</summary>
    public AuditComparison? Comparison { get; init; }
}

/// <summary>Totals of an audit.</summary>
public sealed record AuditTotals
{
    /// <summary>Files read.</summary>
    public int Files { get; init; }

    /// <summary>Files that expose personal data against the standard.</summary>
    public int ExposingFiles { get; init; }

    /// <summary>Files that could not be read.</summary>
    public int UnreadableFiles { get; init; }

    /// <summary>Hits per PII type (public names such as <c>ID_CARD</c>), summed over files.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Sum of per-file distinct unmasked IDs.</summary>
    public int UnmaskedIds { get; init; }

    /// <summary>Distinct unmasked ID numbers across the whole site.</summary>
    public int DistinctUnmaskedIds { get; init; }

    /// <summary>Sum over files.</summary>
    public int UnmaskedIdsVisible { get; init; }

    /// <summary>Sum over files.</summary>
    public int NoncompliantMaskedIds { get; init; }

    /// <summary>Sum over files.</summary>
    public int MaskedIds { get; init; }

    /// <summary>Sum over files.</summary>
    public int UnmaskedNamesNextToIds { get; init; }

    /// <summary>Sum over files.</summary>
    public int UnmaskedPhones { get; init; }

    /// <summary>Sum over files.</summary>
    public int MaskedPhones { get; init; }

    /// <summary>Sum over files.</summary>
    public int DoorLevelAddresses { get; init; }

    /// <summary>Sum over files.</summary>
    public int HiddenItems { get; init; }

    /// <summary>Sum over files.</summary>
    public int FakeRedactions { get; init; }

    /// <summary>Adds up file audits; <paramref name="distinctIds"/> is counted across the site.</summary>
    public static AuditTotals Of(IReadOnlyList<FileAudit> files, int distinctIds) => new()
    {
        Files = files.Count,
        Counts = files.SelectMany(f => f.Counts).GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal),
        ExposingFiles = files.Count(f => f.Exposes),
        UnreadableFiles = files.Count(f => f.Error is not null),
        UnmaskedIds = files.Sum(f => f.UnmaskedIds),
        DistinctUnmaskedIds = distinctIds,
        UnmaskedIdsVisible = files.Sum(f => f.UnmaskedIdsVisible),
        NoncompliantMaskedIds = files.Sum(f => f.NoncompliantMaskedIds),
        MaskedIds = files.Sum(f => f.MaskedIds),
        UnmaskedNamesNextToIds = files.Sum(f => f.UnmaskedNamesNextToIds),
        UnmaskedPhones = files.Sum(f => f.UnmaskedPhones),
        MaskedPhones = files.Sum(f => f.MaskedPhones),
        DoorLevelAddresses = files.Sum(f => f.DoorLevelAddresses),
        HiddenItems = files.Sum(f => f.HiddenItems),
        FakeRedactions = files.Sum(f => f.FakeRedactions),
    };
}

/// <summary>A follow-up audit against an earlier one: the verification of rectification, file by file.</summary>
public sealed record AuditComparison
{
    /// <summary>When the earlier audit started.</summary>
    public required DateTimeOffset PreviousStartedAt { get; init; }

    /// <summary>Files that exposed personal data before and no longer do (or are gone).</summary>
    public required IReadOnlyList<string> Fixed { get; init; }

    /// <summary>Files that exposed before and still do.</summary>
    public required IReadOnlyList<string> StillExposed { get; init; }

    /// <summary>Files that expose now and did not before (or did not exist).</summary>
    public required IReadOnlyList<string> New { get; init; }

    /// <summary>Distinct unmasked IDs across the site, before.</summary>
    public required int PreviousDistinctUnmaskedIds { get; init; }

    /// <summary>Compares <paramref name="current"/> files with the <paramref name="previous"/> report.</summary>
    public static AuditComparison Between(AuditReport previous, IReadOnlyList<FileAudit> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = previous.Files.Where(f => f.Exposes).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var now = current.Where(f => f.Exposes).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return new AuditComparison
        {
            PreviousStartedAt = previous.StartedAt,
            Fixed = [.. before.Except(now).Order(StringComparer.Ordinal)],
            StillExposed = [.. before.Intersect(now).Order(StringComparer.Ordinal)],
            New = [.. now.Except(before).Order(StringComparer.Ordinal)],
            PreviousDistinctUnmaskedIds = previous.Totals.DistinctUnmaskedIds,
        };
    }
}
