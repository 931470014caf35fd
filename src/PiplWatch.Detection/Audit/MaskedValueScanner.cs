using PiplWatch.Detection.Text;

namespace PiplWatch.Detection.Audit;

/// <summary>
/// Finds values published masked: ID numbers and mobile numbers with some characters replaced by *, ＊, ●, × or x.
/// A masked ID meets the public-notice standard when every character of the birth date is hidden (digits 7–14 of
/// an 18-digit number, 7–12 of a 15-digit one); hiding only the last four leaves a person's birth date public.
/// </summary>
public static class MaskedValueScanner
{
    /// <summary>Masked IDs and phones in <paramref name="text"/>.</summary>
    public static IReadOnlyList<MaskedValue> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<MaskedValue>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsValueChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsValueChar(text[i]))
            {
                i++;
            }

            // Runs glued to letters are codes, not masked values.
            if ((start > 0 && char.IsAsciiLetter(text[start - 1])) || (i < text.Length && char.IsAsciiLetter(text[i])))
            {
                continue;
            }

            Classify(text.AsSpan(start, i - start), start, found);
        }

        return found;
    }

    private static void Classify(ReadOnlySpan<char> run, int start, List<MaskedValue> found)
    {
        var masks = 0;
        var digits = 0;
        foreach (var c in run)
        {
            if (IsMask(c))
            {
                masks++;
            }
            else if (CharFold.IsDigit(c))
            {
                digits++;
            }
        }

        if (masks == 0 || digits == 0)
        {
            return;
        }

        if (run.Length is 18 or 15)
        {
            // A masked ID keeps its shape; the last character may be X.
            var birth = run.Length == 18 ? run.Slice(6, 8) : run.Slice(6, 6);
            var birthHidden = true;
            foreach (var c in birth)
            {
                birthHidden &= IsMask(c);
            }

            found.Add(new MaskedValue(MaskedKind.IdCard, start, start + run.Length, birthHidden));
        }
        else if (run.Length == 11 && CharFold.Fold(run[0]) == '1')
        {
            // Public-notice standard for phones: digits 4–7 hidden.
            var middleHidden = IsMask(run[3]) && IsMask(run[4]) && IsMask(run[5]) && IsMask(run[6]);
            found.Add(new MaskedValue(MaskedKind.PhoneMobile, start, start + run.Length, middleHidden));
        }
    }

    private static bool IsMask(char c) => c is '*' or '＊' or '●' or '×' or '•';

    private static bool IsValueChar(char c) => CharFold.IsDigit(c) || IsMask(c) || c is 'X' or 'x' or 'Ｘ';
}

/// <summary>What a masked value was.</summary>
public enum MaskedKind
{
    /// <summary>A resident ID number.</summary>
    IdCard,

    /// <summary>A mobile number.</summary>
    PhoneMobile,
}

/// <summary>A masked value and whether its masking meets the public-notice standard.</summary>
public sealed record MaskedValue(MaskedKind Kind, int Start, int End, bool MeetsPublicNoticeStandard);
