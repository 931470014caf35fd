using System.Text;

namespace PiplWatch.Core.Masking;

/// <summary>
/// The platform's masking of single values for display: ID 110101********123X, phone 138****5678, name 张*.
/// Masking is idempotent — a value that is already masked comes back unchanged — and never reveals more of a
/// short or malformed value than of a well-formed one.
/// </summary>
public static class DisplayMask
{
    /// <summary>The mask character.</summary>
    public const char MaskChar = '*';

    /// <summary>Resident ID number: region code and last four kept (110101********123X); 15-digit numbers keep 6 + 3.</summary>
    public static string IdNumber(string value)
    {
        var compact = Compact(value);
        return compact.Length switch
        {
            18 => Keep(compact, 6, 4),
            15 => Keep(compact, 6, 3),
            _ => Keep(compact, Math.Min(2, compact.Length / 4), Math.Min(2, compact.Length / 4)),
        };
    }

    /// <summary>Mobile number: first three and last four kept (138****5678); a country prefix is dropped first.</summary>
    public static string Phone(string value)
    {
        var compact = Compact(value);
        if (compact.StartsWith("+86", StringComparison.Ordinal))
        {
            compact = compact[3..];
        }
        else if (compact.StartsWith("0086", StringComparison.Ordinal) && compact.Length > 11)
        {
            compact = compact[4..];
        }

        return compact.Length switch
        {
            11 => Keep(compact, 3, 4),
            >= 7 => Keep(compact, Math.Max(0, compact.Length - 8), 4),
            _ => Keep(compact, 0, Math.Min(2, compact.Length / 3)),
        };
    }

    /// <summary>
    /// Person's name: the surname kept, the rest masked (张三 → 张*, 欧阳娜娜 → 欧阳**). Compound surnames are known
    /// from the 百家姓 list; names written in Latin letters keep their first letter.
    /// </summary>
    public static string Name(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.Trim();
        if (name.Length <= 1)
        {
            return name;
        }

        var surnameLength = CompoundSurnames.StartsWithCompound(name) && name.Length > 2 ? 2 : 1;
        var builder = new StringBuilder(name.Length);
        builder.Append(name, 0, surnameLength);
        foreach (var c in name.AsSpan(surnameLength))
        {
            builder.Append(c is ' ' or '·' or '•' ? c : MaskChar);
        }

        return builder.ToString();
    }

    /// <summary>Bank card: first six (issuer) and last four kept.</summary>
    public static string BankCard(string value)
    {
        var compact = Compact(value);
        return compact.Length >= 12 ? Keep(compact, 6, 4) : Keep(compact, 0, Math.Min(4, compact.Length / 3));
    }

    /// <summary>E-mail: first character of the local part and the domain kept (z****@example.com).</summary>
    public static string Email(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.LastIndexOf('@');
        if (at <= 0)
        {
            return Keep(value, 0, 0);
        }

        var local = value[..at];
        return local[0] + new string(MaskChar, Math.Max(3, local.Length - 1)) + value[at..];
    }

    /// <summary>Anything else: keep <paramref name="keepStart"/> and <paramref name="keepEnd"/> characters, mask the middle.</summary>
    public static string Keep(string value, int keepStart, int keepEnd)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(keepStart);
        ArgumentOutOfRangeException.ThrowIfNegative(keepEnd);
        if (keepStart + keepEnd >= value.Length)
        {
            // Never show a short value whole: mask all but the first character at most.
            return value.Length <= 1 ? new string(MaskChar, value.Length) : value[0] + new string(MaskChar, value.Length - 1);
        }

        return string.Concat(value.AsSpan(0, keepStart), new string(MaskChar, value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }

    /// <summary>Whether the value already carries mask characters (*, ＊, ●, ×), so it must not be masked or reported again.</summary>
    public static bool IsMasked(string value) =>
        value is not null && value.AsSpan().IndexOfAny("*＊●×") >= 0;

    private static string Compact(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\'' or '\u2010' or '\u2011' or '\u2012' or '\u2013')
            {
                continue;
            }

            // Full-width digits and letters become ASCII so that positions count as a reader counts them.
            builder.Append(c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or '＋' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }
}
