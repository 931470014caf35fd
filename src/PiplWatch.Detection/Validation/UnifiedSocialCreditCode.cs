namespace PiplWatch.Detection.Validation;

/// <summary>The unified social credit code of GB 32100-2015: 18 characters from a 31-character set, with a check character.</summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>The 31 characters a code is written in (GB 32100-2015: digits and capitals without I, O, S, V, Z).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Whether <paramref name="code"/> (uppercase) is a well-formed code whose check character matches.</summary>
    public static bool IsValid(ReadOnlySpan<char> code)
    {
        if (code.Length != 18)
        {
            return false;
        }

        // Positions 3–8 are the registering authority's region code: digits.
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return false;
            }
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return code[17] == Alphabet[check];
    }

    /// <summary>The check character for 17 leading characters (for test builders and generators).</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
