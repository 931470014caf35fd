namespace PiplWatch.Analytics.Linkage;

/// <summary>
/// Similarities on characters (DuckDB's <c>levenshtein</c> and <c>jaro_winkler_similarity</c> count UTF-8 bytes, so one
/// Chinese character costs up to three edits there): registered in DuckDB as <c>pw_edit_similarity</c> and
/// <c>pw_jaro_winkler</c>.
/// </summary>
public static class StringSimilarity
{
    private const int StackLimit = 256;

    /// <summary>1 − Levenshtein distance / length of the longer string; 1 for two empty strings.</summary>
    public static double EditSimilarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1.0 - ((double)Levenshtein(a, b) / longer);
    }

    /// <summary>Levenshtein distance on UTF-16 characters (company names are in the BMP).</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // On the stack only when short: names from imported data can be any length, and a stack overflow cannot be caught.
        Span<int> previous = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < StackLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    /// <summary>Jaro-Winkler similarity on characters (prefix scale 0.1, prefix up to 4).</summary>
    public static double JaroWinkler(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = a.Length < StackLimit ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length < StackLimit ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (aMatched[i])
            {
                while (!bMatched[k])
                {
                    k++;
                }

                if (a[i] != b[k])
                {
                    transpositions++;
                }

                k++;
            }
        }

        var m = (double)matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>
    /// Dice overlap of the distinct character bigrams (a one-character string is its own bigram): what the linker's SQL
    /// computes over <c>list_intersect</c> of the cores' bigram lists.
    /// </summary>
    public static double BigramDice(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        static HashSet<string> Grams(string s) =>
            s.Length < 2 ? [s] : Enumerable.Range(0, s.Length - 1).Select(i => s.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        var x = Grams(a);
        var y = Grams(b);
        return 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
    }
}
