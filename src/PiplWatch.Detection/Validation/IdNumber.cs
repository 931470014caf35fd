using PiplWatch.Core.Regions;

namespace PiplWatch.Detection.Validation;

/// <summary>
/// Resident ID numbers (GB 11643): 18 digits with the ISO 7064 MOD 11-2 check character (X or x), a region code that
/// exists now or existed, and a real birth date not in the future. Residence permits of Hong Kong, Macau and Taiwan
/// residents (810000/820000/830000) have the same form. 15-digit first-generation numbers have no check digit and
/// are valid with a known region and a real 19YYMMDD date.
/// </summary>
public sealed class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    private readonly bool[] _knownRegions = new bool[1_000_000];
    private readonly DateOnly _today;

    /// <summary>Creates a validator that knows the region codes of <paramref name="regions"/> and today's date.</summary>
    public IdNumber(RegionCatalog regions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(regions);
        foreach (var region in regions.All)
        {
            _knownRegions[int.Parse(region.Code, System.Globalization.CultureInfo.InvariantCulture)] = true;
        }

        // Residence permits of Hong Kong, Macau and Taiwan residents.
        _knownRegions[810000] = _knownRegions[820000] = _knownRegions[830000] = true;
        _today = today;
    }

    /// <summary>What is wrong with an 18- or 15-character candidate, or <see cref="IdProblem.None"/>.</summary>
    public IdProblem Check(ReadOnlySpan<char> value)
    {
        if (value.Length == 18)
        {
            for (var i = 0; i < 17; i++)
            {
                if (!char.IsAsciiDigit(value[i]))
                {
                    return IdProblem.Shape;
                }
            }

            if (!(char.IsAsciiDigit(value[17]) || value[17] is 'X' or 'x'))
            {
                return IdProblem.Shape;
            }

            if (!KnownRegion(value))
            {
                return IdProblem.Region;
            }

            if (!ValidDate(Number(value.Slice(6, 4)), Number(value.Slice(10, 2)), Number(value.Slice(12, 2))))
            {
                return IdProblem.BirthDate;
            }

            return CheckChar(value[..17]) == char.ToUpperInvariant(value[17]) ? IdProblem.None : IdProblem.CheckDigit;
        }

        if (value.Length == 15)
        {
            foreach (var c in value)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return IdProblem.Shape;
                }
            }

            if (!KnownRegion(value))
            {
                return IdProblem.Region;
            }

            return ValidDate(1900 + Number(value.Slice(6, 2)), Number(value.Slice(8, 2)), Number(value.Slice(10, 2))) ? IdProblem.None : IdProblem.BirthDate;
        }

        return IdProblem.Shape;
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    /// <summary>Whether the birth date <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> is real and not in the future.</summary>
    public bool ValidDate(int year, int month, int day)
    {
        if (year < 1880 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            return false;
        }

        return new DateOnly(year, month, day) <= _today;
    }

    private bool KnownRegion(ReadOnlySpan<char> value) => _knownRegions[Number(value[..6])];

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}

/// <summary>Why a candidate is not a valid ID number.</summary>
public enum IdProblem
{
    /// <summary>Valid.</summary>
    None,

    /// <summary>Not 18 digits (last may be X) or 15 digits.</summary>
    Shape,

    /// <summary>The address code never existed.</summary>
    Region,

    /// <summary>The birth date is impossible or in the future.</summary>
    BirthDate,

    /// <summary>The check character does not match.</summary>
    CheckDigit,
}
