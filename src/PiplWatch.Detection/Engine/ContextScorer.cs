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
            // Only the rule words whose first character occurs in the windows are compared (one table lookup per
            // character): checking every word against every window was most of the time spent on structured types.
            var index = ContextRules.FirstCharIndex[candidate.Type];
            Span<bool> matched = stackalloc bool[rules.Length];
            Find(before, rules, index, matched);
            Span<bool> matchedAfter = stackalloc bool[rules.Length];
            Find(after, rules, index, matchedAfter);
            for (var r = 0; r < rules.Length; r++)
            {
                if (matched[r] || matchedAfter[r])
                {
                    var (word, delta) = rules[r];
                    (effects ??= []).Add(new ContextEffect(word, delta, matched[r] ? ContextSource.Before : ContextSource.After));
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

    private static void Find(ReadOnlySpan<char> window, (string Word, double Delta)[] rules, System.Collections.Frozen.FrozenDictionary<char, int[]> index, Span<bool> matched)
    {
        for (var i = 0; i < window.Length; i++)
        {
            if (!index.TryGetValue(window[i], out var candidates))
            {
                continue;
            }

            foreach (var r in candidates)
            {
                if (!matched[r] && window[i..].StartsWith(rules[r].Word, StringComparison.Ordinal))
                {
                    matched[r] = true;
                }
            }
        }
    }
}
