using PiplWatch.Core;

namespace PiplWatch.Detection.Tests;

/// <summary>One detector for a test class, with a fixed "today" so birth-date checks are reproducible.</summary>
public sealed class DetectorFixture
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public DetectorFixture()
    {
        Reference = ReferenceData.Load(dataDirectory: null);
        Detector = new PiiDetector(Reference.Regions, new DetectorOptions { Today = Today });
    }

    public ReferenceData Reference { get; }

    public PiiDetector Detector { get; }

    public IReadOnlyList<PiiHit> Hits(string text, string? header = null) => Detector.Detect(text, header);

    public PiiHit OnlyHit(string text, PiiType type)
    {
        var hits = Hits(text).Where(h => h.Type == type).ToList();
        Assert.True(hits.Count == 1, $"expected one {type} in «{text}», got {hits.Count}: {string.Join("; ", Hits(text).Select(h => $"{h.Type} {h.Value}"))}");
        return hits[0];
    }
}
