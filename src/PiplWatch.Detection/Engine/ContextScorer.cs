namespace PiplWatch.Detection.Engine;

/// <summary>Applies <see cref="ContextRules"/> to a candidate: the explanation lists every word that moved the score.</summary>
internal static class ContextScorer
{
    public static (double Score, IReadOnlyList<ContextEffect> Effects) Score(ReadOnlySpan<char> text, Candidate candidate, string? columnHeader)
    {
        var rules = ContextRules.Rules[candidate.Type];
        var score = candidate.BaseScore;
        List<ContextEffect>? effects = null;
        if (rules.Length > 0)
        {
            var before = text[Math.Max(0, candidate.Start - ContextRules.WindowBefore)..candidate.Start];
            var after = text[candidate.End..Math.Min(text.Length, candidate.End + ContextRules.WindowAfter)];
            foreach (var (word, delta) in rules)
            {
                var source = before.Contains(word, StringComparison.Ordinal) ? ContextSource.Before
                    : after.Contains(word, StringComparison.Ordinal) ? ContextSource.After
                    : (ContextSource?)null;
                if (source is { } found)
                {
                    (effects ??= []).Add(new ContextEffect(word, delta, found));
                    score += delta;
                }
            }
        }

        if (columnHeader is not null)
        {
            foreach (var word in ContextRules.HeaderWords[candidate.Type])
            {
                if (columnHeader.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    (effects ??= []).Add(new ContextEffect(columnHeader, 0.3, ContextSource.ColumnHeader));
                    score += 0.3;
                    break;
                }
            }
        }

        // Positive words of one kind count once: the strongest; negatives all count.
        if (effects is { Count: > 1 })
        {
            var positives = effects.Where(e => e.Delta > 0).ToList();
            if (positives.Count > 1)
            {
                score -= positives.Sum(e => e.Delta) - positives.Max(e => e.Delta);
            }
        }

        return (Math.Clamp(score, 0, 1), (IReadOnlyList<ContextEffect>?)effects ?? []);
    }
}
