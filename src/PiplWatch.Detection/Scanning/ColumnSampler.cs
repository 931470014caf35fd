namespace PiplWatch.Detection.Scanning;

/// <summary>Collects, per table column, how many sampled cells are entirely a value of each type.</summary>
internal sealed class ColumnSampler(ScanOptions options)
{
    private readonly Dictionary<(string? Sheet, int Column), Tally> _tallies = [];

    public void Add(TextSegment segment, IReadOnlyList<PiiHit> hits)
    {
        if (segment.Location is not { Column: { } column, Row: > 0 })
        {
            return;
        }

        var key = (segment.Location.Sheet, column);
        if (!_tallies.TryGetValue(key, out var tally))
        {
            _tallies[key] = tally = new Tally(segment.ColumnHeader);
        }

        if (tally.Sampled >= options.ColumnSample)
        {
            return;
        }

        var trimmed = segment.Text.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        tally.Sampled++;
        foreach (var hit in hits)
        {
            // A cell "is" a value when the hit covers nearly all of it.
            if (hit.Length >= trimmed.Length * 0.8)
            {
                tally.ByType[hit.Type] = tally.ByType.GetValueOrDefault(hit.Type) + 1;
                break;
            }
        }
    }

    public IReadOnlyList<ColumnClassification> Classify() =>
        _tallies.OrderBy(kv => kv.Key.Sheet, StringComparer.Ordinal).ThenBy(kv => kv.Key.Column).Select(kv =>
        {
            var tally = kv.Value;
            var best = tally.ByType.OrderByDescending(t => t.Value).FirstOrDefault();
            var share = tally.Sampled == 0 ? 0 : (double)best.Value / tally.Sampled;
            return new ColumnClassification(kv.Key.Sheet, kv.Key.Column, tally.Header, share >= options.ColumnThreshold ? best.Key : null, Math.Round(share, 4), tally.Sampled);
        }).ToList();

    private sealed class Tally(string? header)
    {
        public string? Header { get; } = header;

        public int Sampled { get; set; }

        public Dictionary<PiiType, int> ByType { get; } = [];
    }
}
