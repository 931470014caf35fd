namespace PiplWatch.Detection.Validation;

/// <summary>The Luhn (ISO/IEC 7812 mod 10) check of card numbers.</summary>
public static class Luhn
{
    /// <summary>Whether all characters are digits and the number passes Luhn.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) => Sum(digits, doubleLast: false) is var sum and >= 0 && sum % 10 == 0;

    /// <summary>The check digit that makes <paramref name="body"/> followed by it pass Luhn (for builders and generators).</summary>
    public static char CheckDigit(ReadOnlySpan<char> body) => (char)('0' + ((10 - (Sum(body, doubleLast: true) % 10)) % 10));

    /// <summary>The Luhn sum from the right, doubling every second digit; -1 when a character is not a digit.</summary>
    private static int Sum(ReadOnlySpan<char> digits, bool doubleLast)
    {
        var sum = 0;
        var doubleIt = doubleLast;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return -1;
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

        return sum;
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
