using PiplWatch.Detection.Engine;

namespace PiplWatch.Detection.Recognizers;

/// <summary>E-mail addresses, found from their '@' (full-width ＠ too) and expanded both ways.</summary>
internal static class EmailRecognizer
{
    public static void Recognize(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOfAny('@', '＠');
            if (at < 0)
            {
                return;
            }

            at += from;
            from = at + 1;
            var start = at;
            while (start > 0 && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            // A local part does not start or end with a dot.
            while (start < at && text[start] == '.')
            {
                start++;
            }

            if (start == at || text[at - 1] == '.')
            {
                continue;
            }

            var end = at + 1;
            var lastDot = -1;
            while (end < text.Length && IsDomainChar(text[end]))
            {
                if (text[end] == '.')
                {
                    lastDot = end;
                }

                end++;
            }

            // Trailing dots belong to the sentence, not the domain.
            while (end > at + 1 && text[end - 1] == '.')
            {
                end--;
                lastDot = text[(at + 1)..end].LastIndexOf('.') is var d and >= 0 ? at + 1 + d : -1;
            }

            if (lastDot <= at + 1 || end - lastDot - 1 < 2 || !IsAllLetters(text[(lastDot + 1)..end]))
            {
                continue;
            }

            var value = string.Concat(text[start..at], "@", text[(at + 1)..end]);
            output.Add(new Candidate(PiiType.Email, start, end, 0.9, value.ToLowerInvariant(), "email", "local@domain.tld"));
            from = end;
        }
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    private static bool IsAllLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
