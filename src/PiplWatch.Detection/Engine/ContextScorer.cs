namespace PiplWatch.Detection.Engine;

/// <summary>Applies <see cref="ContextRules"/> to a candidate: the explanation lists every word that moved the score.</summary>
internal static class ContextScorer
{
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("\n；;。，,");

    public static (double Score, IReadOnlyList<ContextEffect> Effects) Score(ReadOnlySpan<char> text, Candidate candidate, string? columnHeader)
    {
        var rules = ContextRules.Rules[candidate.Type];
        var score = candidate.BaseScore;
        List<ContextEffect>? effects = null;
        if (rules.Length > 0)
        {
            // Context stays within the value's line: the next line's 订单号 says nothing about this line's number.
            var before = text[Math.Max(0, candidate.Start - ContextRules.WindowBefore)..candidate.Start];
            if (before.LastIndexOfAny('\n', '；', ';') is var newline and >= 0)
            {
                before = before[(newline + 1)..];
            }

            var after = text[candidate.End..Math.Min(text.Length, candidate.End + ContextRules.WindowAfter)];
            // Labels after a value stand right after it (138…（手机）); the next clause is another field.
            if (after.IndexOfAny(ClauseEnds) is var lineEnd and >= 0)
            {
                after = after[..lineEnd];
            }
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
