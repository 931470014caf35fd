namespace PiplWatch.Detection.Validation;

/// <summary>The Luhn (ISO/IEC 7812 mod 10) check of card numbers.</summary>
public static class Luhn
{
    /// <summary>Whether all characters are digits and the number passes Luhn.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>Issuer prefixes of personal cards seen in China: UnionPay (62, 60, 9), Visa (4), Mastercard (51–55, 22–27), JCB (35).</summary>
    public static bool HasPlausibleIssuer(ReadOnlySpan<char> digits) =>
        digits.Length >= 2 && (digits[0] switch
        {
            '4' => true,
            '6' => digits[1] is '2' or '0',
            '5' => digits[1] is >= '1' and <= '5',
            '2' => digits[1] is >= '2' and <= '7',
            '3' => digits[1] == '5',
            '9' => digits[1] == '5',
            _ => false,
        });
}
