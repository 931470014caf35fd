using PiplWatch.Detection.Text;

namespace PiplWatch.Detection.Engine;

/// <summary>
/// Finds alphanumeric runs in one pass. Digits separated by a few spaces or hyphens, or by HTML tags, stay in one
/// token as separate groups, so that <c>1101 0519 4912 3100 2X</c> and <c>1101&lt;b&gt;05…</c> are found, while
/// recognizers can still take each group on its own (two phone numbers separated by a space).
/// A newline never joins groups: values do not continue across lines.
/// </summary>
internal static class DigitTokenizer
{
    private const int MaxSeparatorRun = 3;
    private const int MaxTagLength = 120;

    /// <summary>Hands every token in <paramref name="text"/> to the recognizer; the token object is reused.</summary>
    public static void Scan(ReadOnlySpan<char> text, DigitToken token, Recognizers.TokenRecognizer recognizer, List<Candidate> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(CharFold.AlnumStart);
            if (next < 0)
            {
                return;
            }

            i += next;
            i = ReadToken(text, i, token);
            recognizer.Recognize(token, output);
        }
    }

    private static int ReadToken(ReadOnlySpan<char> text, int start, DigitToken token)
    {
        token.Length = 0;
        token.GroupCount = 0;
        var i = start;
        var group = -1;
        var continueGroup = false;
        while (true)
        {
            if (!continueGroup)
            {
                group = token.GroupCount;
                token.GroupStarts[group] = i;
                token.GroupOffsets[group] = token.Length;
                token.GroupCount++;
            }

            while (i < text.Length && CharFold.IsAlnum(text[i]))
            {
                if (token.Length < DigitToken.MaxChars)
                {
                    token.Chars[token.Length++] = CharFold.Fold(text[i]);
                }

                i++;
            }

            token.GroupEnds[group] = i;
            token.GroupOffsets[token.GroupCount] = token.Length;

            if (token.GroupCount == DigitToken.MaxGroups || token.Length == DigitToken.MaxChars || !CharFold.IsDigit(text[i - 1]))
            {
                return i;
            }

            var resume = SkipSeparators(text, i, out var viaTag);
            if (resume < 0 || !CharFold.IsDigit(text[resume]))
            {
                return i;
            }

            // Inline tags inside a value are markup, not grouping: 1101<span>0519…</span> stays one group.
            continueGroup = viaTag && !HasSeparatorChar(text[i..resume]);
            i = resume;
        }
    }

    private static bool HasSeparatorChar(ReadOnlySpan<char> gap)
    {
        var inTag = false;
        foreach (var c in gap)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag && CharFold.IsDigitGroupSeparator(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Inline tags (span, b, font …) may split one value; cell and block tags (td, tr, p, br, div, li) separate values.
    /// </summary>
    private static bool IsInlineTag(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/').TrimStart();
        var end = tag.IndexOfAny(' ', '/', '\t');
        var name = end < 0 ? tag : tag[..end];
        return name.Equals("span", StringComparison.OrdinalIgnoreCase) || name.Equals("b", StringComparison.OrdinalIgnoreCase)
            || name.Equals("i", StringComparison.OrdinalIgnoreCase) || name.Equals("em", StringComparison.OrdinalIgnoreCase)
            || name.Equals("strong", StringComparison.OrdinalIgnoreCase) || name.Equals("font", StringComparison.OrdinalIgnoreCase)
            || name.Equals("u", StringComparison.OrdinalIgnoreCase) || name.Equals("sub", StringComparison.OrdinalIgnoreCase)
            || name.Equals("sup", StringComparison.OrdinalIgnoreCase) || name.Equals("small", StringComparison.OrdinalIgnoreCase)
            || name.Equals("a", StringComparison.OrdinalIgnoreCase) || name.Equals("ins", StringComparison.OrdinalIgnoreCase)
            || name.Equals("mark", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Position after a short run of separators and/or HTML tags starting at <paramref name="i"/>, or -1 if there is none.</summary>
    private static int SkipSeparators(ReadOnlySpan<char> text, int i, out bool viaTag)
    {
        viaTag = false;
        var separators = 0;
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharFold.IsDigitGroupSeparator(c))
            {
                // One space or hyphen between groups (138 1234 5678, 0311-8765); two spaces in a row separate fields.
                var whitespace = c is ' ' or '\u00A0' or '\u3000';
                if (++separators > MaxSeparatorRun || (whitespace && i > start && text[i - 1] is ' ' or '\u00A0' or '\u3000'))
                {
                    return -1;
                }

                i++;
            }
            else if (c == '<')
            {
                var close = text.Slice(i, Math.Min(MaxTagLength, text.Length - i)).IndexOf('>');
                if (close < 0 || text.Slice(i + 1, close - 1).ContainsAny('<', '\n') || !IsInlineTag(text.Slice(i + 1, close - 1)))
                {
                    return -1;
                }

                viaTag = true;
                i += close + 1;
            }
            else
            {
                break;
            }
        }

        return i > start && i < text.Length ? i : -1;
    }
}
