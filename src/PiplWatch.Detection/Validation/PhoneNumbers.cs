using System.Collections.Frozen;

namespace PiplWatch.Detection.Validation;

/// <summary>Mainland mobile blocks and landline area codes, from the embedded tables (Data/README.md).</summary>
public sealed class PhoneNumbers
{
    private readonly FrozenSet<string> _mobileBlocks;
    private readonly FrozenSet<string> _areaCodes;

    private PhoneNumbers(FrozenSet<string> mobileBlocks, FrozenSet<string> areaCodes)
    {
        _mobileBlocks = mobileBlocks;
        _areaCodes = areaCodes;
    }

    /// <summary>The embedded tables, loaded once.</summary>
    public static PhoneNumbers Default { get; } = Load();

    /// <summary>Whether an 11-digit number starting with 1 falls in an assigned mobile block (3- or 4-digit prefix).</summary>
    public bool IsMobile(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11 || digits[0] != '1')
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var lookup = _mobileBlocks.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(digits[..3]) || lookup.Contains(digits[..4]);
    }

    /// <summary>Whether <paramref name="code"/> (with its leading 0, e.g. 010, 0311) is a mainland area code.</summary>
    public bool IsAreaCode(ReadOnlySpan<char> code) => _areaCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(code);

    private static PhoneNumbers Load()
    {
        var blocks = ReadFirstColumn("mobile-prefixes.tsv");
        var areas = ReadFirstColumn("landline-area-codes.tsv");
        return new PhoneNumbers(blocks.ToFrozenSet(StringComparer.Ordinal), areas.ToFrozenSet(StringComparer.Ordinal));
    }

    internal static List<string> ReadFirstColumn(string file)
    {
        using var reader = new StreamReader(DetectionData.Open(file));
        reader.ReadLine();
        var values = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                values.Add(line.Split('\t')[0]);
            }
        }

        return values;
    }
}
