using System.Buffers;
using PiplWatch.Detection.Engine;
using PiplWatch.Detection.Text;

namespace PiplWatch.Detection.Recognizers;

/// <summary>
/// Vehicle plates (GA 36): a province abbreviation, the issuing-authority letter, an optional dot or space, then five
/// serial characters (ordinary), four and a special character 挂/学/警/港/澳/使/领 or six (new energy: D/F first
/// or sixth). I and O never appear in the letters.
/// </summary>
internal static class PlateRecognizer
{
    private static readonly SearchValues<char> Provinces = SearchValues.Create("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼");
    private const string SpecialSuffixes = "挂学警港澳使领";

    public static void Recognize(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (true)
        {
            var found = text[from..].IndexOfAny(Provinces);
            if (found < 0)
            {
                return;
            }

            var start = from + found;
            from = start + 1;
            if (TryRead(text, start, out var end, out var value, out var pattern))
            {
                output.Add(new Candidate(PiiType.Plate, start, end, 0.75, value, pattern, "GA 36 plate shape"));
                from = end;
            }
        }
    }

    private static bool TryRead(ReadOnlySpan<char> text, int start, out int end, out string value, out string pattern)
    {
        end = start;
        value = pattern = string.Empty;
        var i = start + 1;
        if (i >= text.Length || !IsPlateLetter(CharFold.Fold(text[i])))
        {
            return false;
        }

        Span<char> plate = stackalloc char[8];
        plate[0] = text[start];
        plate[1] = CharFold.Fold(text[i]);
        i++;
        if (i < text.Length && text[i] is '·' or '•' or '.' or ' ' or '-')
        {
            i++;
        }

        var serial = 0;
        while (i < text.Length && serial < 6 && IsSerialChar(CharFold.Fold(text[i])))
        {
            plate[2 + serial++] = char.ToUpperInvariant(CharFold.Fold(text[i]));
            i++;
        }

        // The plate must end here: more letters or digits mean a longer code, not a plate.
        var nextIsAlnum = i < text.Length && CharFold.IsAlnum(text[i]);
        // Special plates replace the fifth serial character by 挂/学/警/港/澳: 苏E1234学.
        if (serial == 4 && i < text.Length && SpecialSuffixes.Contains(text[i], StringComparison.Ordinal))
        {
            end = i + 1;
            value = string.Concat(plate[..6], text.Slice(i, 1));
            pattern = "plate-special";
            return true;
        }

        if (nextIsAlnum)
        {
            return false;
        }

        var s = plate[2..(2 + serial)];
        if (serial == 5 && CountDigits(s) >= 1)
        {
            end = i;
            value = plate[..7].ToString();
            pattern = "plate-ordinary";
            return true;
        }

        if (serial == 6 && (IsNewEnergySmall(s) || IsNewEnergyLarge(s)))
        {
            end = i;
            value = plate[..8].ToString();
            pattern = "plate-new-energy";
            return true;
        }

        return false;
    }

    private static bool IsNewEnergySmall(ReadOnlySpan<char> s) =>
        s[0] is 'D' or 'F' or 'A' or 'B' or 'C' or 'E' or 'G' or 'H' or 'J' or 'K' && AllDigits(s[2..]);

    private static bool IsNewEnergyLarge(ReadOnlySpan<char> s) => AllDigits(s[..5]) && s[5] is 'D' or 'F';

    private static bool IsPlateLetter(char c) => c is >= 'A' and <= 'Z' and not 'I' and not 'O';

    private static bool IsSerialChar(char c) => (char.IsAsciiLetterUpper(c) && c is not 'I' and not 'O') || char.IsAsciiDigit(c);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountDigits(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            n += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return n;
    }
}
