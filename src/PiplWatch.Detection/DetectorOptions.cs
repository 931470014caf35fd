namespace PiplWatch.Detection;

/// <summary>What the detector looks for and how sure it must be.</summary>
public sealed record DetectorOptions
{
    /// <summary>Types to detect; all by default.</summary>
    public IReadOnlyList<PiiType> Types { get; init; } = PiiTypeNames.All;

    /// <summary>Hits scoring below this are dropped (0–1).</summary>
    public double MinScore { get; init; } = 0.5;

    /// <summary>The date birth dates are checked against; ID numbers born after it are impossible. Defaults to the clock's date in Beijing.</summary>
    public DateOnly? Today { get; init; }
}
