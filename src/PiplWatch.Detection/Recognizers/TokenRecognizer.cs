using PiplWatch.Detection.Engine;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Detection.Recognizers;

/// <summary>
/// Classifies alphanumeric tokens: ID numbers, mobile and landline numbers, bank cards, unified social credit codes,
/// passports and HK/Macau permits. A candidate is always a whole run of groups — never digits cut out of a longer
/// number, which is how order and tracking numbers avoid being read as IDs or phones.
/// </summary>
internal sealed class TokenRecognizer(IdNumber ids, PhoneNumbers phones, TypeSet types)
{
    private const int MaxValueLength = 22;

    // The shortest value of any type here: passports and permits (9 characters).
    private const int MinValueLength = 9;

    public void Recognize(DigitToken token, List<Candidate> output)
    {
        // Most tokens are dates, amounts and counts: too short to be anything, rejected before any other work.
        if (token.Length < MinValueLength)
        {
            return;
        }

        for (var first = 0; first < token.GroupCount; first++)
        {
            for (var last = first; last < token.GroupCount; last++)
            {
                var span = token.Span(first, last);
                if (span.Length > MaxValueLength)
                {
                    break;
                }

                if (span.Length >= MinValueLength && PlausibleGrouping(token, first, last))
                {
                    Classify(token, first, last, span, output);
                }
            }
        }
    }

    /// <summary>
    /// Values written in groups use groups of two or more characters, and inner groups of three or more
    /// (138 1234 5678, 110105 19491231 002X, 6222 0212 3456 7890): room numbers like 18-4-2804 are not a phone.
    /// </summary>
    private static bool PlausibleGrouping(DigitToken token, int first, int last)
    {
        if (first == last)
        {
            return true;
        }

        for (var g = first; g <= last; g++)
        {
            var length = token.GroupOffsets[g + 1] - token.GroupOffsets[g];
            if (length < 2 || (g > first && g < last && length < 3))
            {
                return false;
            }
        }

        return true;
    }

    private void Classify(DigitToken token, int first, int last, ReadOnlySpan<char> value, List<Candidate> output)
    {
        var start = token.GroupStarts[first];
        var end = token.GroupEnds[last];
        var grouped = last > first;
        var idProblem = value.Length is 18 or 15 ? ids.Check(value) : IdProblem.Shape;
        switch (value.Length)
        {
            case 18 or 15 when types.Has(PiiType.IdCard) && idProblem == IdProblem.None:
                output.Add(new Candidate(PiiType.IdCard, start, end, value.Length == 18 ? 0.95 : 0.6, Canonical(value), value.Length == 18 ? "id-18" : "id-15", value.Length == 18 ? "GB 11643 check digit, region code, birth date" : "region code, birth date (no check digit)"));
                break;
        }

        if (value.Length == 18 && types.Has(PiiType.OrgId))
        {
            Span<char> upper = stackalloc char[18];
            value.ToUpperInvariant(upper);
            if (UnifiedSocialCreditCode.IsValid(upper))
            {
                output.Add(new Candidate(PiiType.OrgId, start, end, 0.9, upper.ToString(), "uscc-18", "GB 32100 check character"));
            }
        }

        if (types.Has(PiiType.PhoneMobile))
        {
            var national = value switch
            {
                { Length: 13 } when value.StartsWith("86") => value[2..],
                { Length: 15 } when value.StartsWith("0086") => value[4..],
                _ => value,
            };
            if (phones.IsMobile(national))
            {
                output.Add(new Candidate(PiiType.PhoneMobile, start, end, grouped ? 0.8 : 0.75, national.ToString(), national.Length == value.Length ? "mobile-11" : "mobile-intl", "assigned mobile block"));
            }
        }

        // An 18-digit number whose region and birth date are right but whose check digit is wrong is a mistyped ID, not a card.
        if (types.Has(PiiType.BankCard) && value.Length is >= 16 and <= 19 && !LooksLikeMistypedId(value, idProblem) && Luhn.IsValid(value) && Luhn.HasPlausibleIssuer(value))
        {
            output.Add(new Candidate(PiiType.BankCard, start, end, value[..2] is "62" ? 0.65 : 0.55, value.ToString(), "card-" + value.Length, "Luhn, issuer prefix"));
        }

        if (types.Has(PiiType.PhoneLandline))
        {
            Landline(token, first, last, value, output);
        }

        if (!grouped && (types.Has(PiiType.Passport) || types.Has(PiiType.HkMacauPermit)))
        {
            TravelDocument(start, end, value, output);
        }
    }

    private void Landline(DigitToken token, int first, int last, ReadOnlySpan<char> value, List<Candidate> output)
    {
        var spanStart = token.GroupStarts[first];
        // +86 10 6512 3456: the country code stands for the trunk 0 of the area code.
        if (value.Length is >= 11 and <= 13 && value.StartsWith("86") && value[2] != '0')
        {
            Span<char> national = stackalloc char[value.Length - 1];
            national[0] = '0';
            value[2..].CopyTo(national[1..]);
            var areaFirst = first < last && token.GroupOffsets[first + 1] - token.GroupOffsets[first] == 2 ? first + 1 : first;
            LandlineCore(token, areaFirst, last, spanStart, national, output, areaFirst > first ? 1 : 0, "landline-intl");
            return;
        }

        LandlineCore(token, first, last, spanStart, value, output, 0, "landline");
    }

    private void LandlineCore(DigitToken token, int first, int last, int spanStart, ReadOnlySpan<char> value, List<Candidate> output, int trunkAdded, string pattern)
    {
        if (value.Length is < 10 or > 12 || value[0] != '0' || value[1] == '0')
        {
            return;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return;
            }
        }

        // Area codes are 3 (010, 02x) or 4 digits; the local number 7 or 8 digits not starting with 0 or 1.
        for (var areaLength = 3; areaLength <= 4; areaLength++)
        {
            var local = value[areaLength..];
            if (local.Length is < 7 or > 8 || local[0] is '0' or '1' || !phones.IsAreaCode(value[..areaLength]))
            {
                continue;
            }

            // When the token was grouped, the area code must be a group of its own (0311-87654321, not 03-1187654321).
            var areaGroup = token.GroupOffsets[first + 1] - token.GroupOffsets[first] + trunkAdded;
            if (last > first && areaGroup != areaLength)
            {
                continue;
            }

            output.Add(new Candidate(PiiType.PhoneLandline, spanStart, token.GroupEnds[last], last > first ? 0.75 : 0.55, value.ToString(), pattern, "area code " + value[..areaLength].ToString()));
            return;
        }
    }

    private void TravelDocument(int start, int end, ReadOnlySpan<char> value, List<Candidate> output)
    {
        if (value.Length is not (9 or 11))
        {
            return;
        }

        var head = char.ToUpperInvariant(value[0]);
        var second = char.ToUpperInvariant(value[1]);
        var digitsFrom = char.IsAsciiLetter(second) ? 2 : 1;
        foreach (var c in value[digitsFrom..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return;
            }
        }

        var letterSerial = digitsFrom == 2;
        if (letterSerial && second is 'I' or 'O')
        {
            return;
        }

        var canonical = value.ToString().ToUpperInvariant();
        if (value.Length == 9)
        {
            switch (head)
            {
                case 'E' or 'G' when types.Has(PiiType.Passport) && !(head == 'G' && letterSerial):
                    output.Add(new Candidate(PiiType.Passport, start, end, 0.55, canonical, head == 'E' ? "passport-e" : "passport-g", "letter and serial shape"));
                    break;
                case 'C' when types.Has(PiiType.HkMacauPermit):
                case 'W' when types.Has(PiiType.HkMacauPermit) && !letterSerial:
                    output.Add(new Candidate(PiiType.HkMacauPermit, start, end, 0.55, canonical, "permit-" + char.ToLowerInvariant(head), "letter and serial shape"));
                    break;
                case 'H' or 'M' when types.Has(PiiType.HkMacauPermit) && !letterSerial:
                    output.Add(new Candidate(PiiType.HkMacauPermit, start, end, 0.55, canonical, "home-return-9", "letter and serial shape"));
                    break;
            }
        }
        else if (head is 'H' or 'M' && !letterSerial && types.Has(PiiType.HkMacauPermit))
        {
            // 回乡证: H/M + 8-digit lifetime number + 2-digit renewal count.
            output.Add(new Candidate(PiiType.HkMacauPermit, start, end, 0.6, canonical, "home-return-11", "letter and serial shape"));
        }
    }

    /// <summary>18 digits with a known region code and a 19xx/20xx year: an ID with a wrong date or check digit, not a card.</summary>
    private static bool LooksLikeMistypedId(ReadOnlySpan<char> value, IdProblem problem) =>
        value.Length == 18 && problem is IdProblem.CheckDigit or IdProblem.BirthDate && value[6..8] is "18" or "19" or "20";

    private static string Canonical(ReadOnlySpan<char> value) =>
        value[^1] == 'x' ? string.Concat(value[..^1], "X") : value.ToString();
}
