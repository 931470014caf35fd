using System.Buffers;

namespace PiplWatch.Detection.Text;

/// <summary>Character classes the recognizers share. Full-width digits and letters count as their ASCII forms.</summary>
public static class CharFold
{
    /// <summary>Characters that can start an alphanumeric token: ASCII and full-width digits and letters.</summary>
    public static readonly SearchValues<char> AlnumStart = SearchValues.Create(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" +
        "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

    /// <summary>The ASCII form of a full-width digit or letter; other characters unchanged.</summary>
    public static char Fold(char c) =>
        c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' ? (char)(c - 0xFEE0) : c;

    /// <summary><paramref name="text"/> with full-width digits and letters in their ASCII forms; punctuation unchanged.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>
    /// The inverse of <see cref="Fold(string)"/>, for generating test and demo data as exports write it: the printable ASCII
    /// characters for which <paramref name="which"/> holds (default: letters and digits) in their full-width forms.
    /// </summary>
    public static string Widen(string text, Func<char, bool>? which = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        which ??= char.IsAsciiLetterOrDigit;
        return string.Create(text.Length, (text, which), static (span, state) =>
        {
            for (var i = 0; i < state.text.Length; i++)
            {
                var c = state.text[i];
                span[i] = c is >= '!' and <= '~' && state.which(c) ? (char)(c + 0xFEE0) : c;
            }
        });
    }

    /// <summary>Whether <paramref name="c"/> is an ASCII or full-width digit.</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9' || c is >= '\uFF10' and <= '\uFF19';

    /// <summary>Whether <paramref name="c"/> is an ASCII or full-width digit or letter.</summary>
    public static bool IsAlnum(char c) => char.IsAsciiLetterOrDigit(c) || c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A';

    /// <summary>Separators that may split the digits of one value: spaces, hyphens, dots of a grouping, closing brackets of an area code.</summary>
    public static bool IsDigitGroupSeparator(char c) => c is ' ' or '\u00A0' or '\u3000' or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\uFF0D' or ')' or '\uFF09';

    /// <summary>Whether <paramref name="c"/> is a CJK unified ideograph (the basic block, which holds all common Chinese characters).</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
