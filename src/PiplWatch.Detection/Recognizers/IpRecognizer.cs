using System.Net;
using System.Net.Sockets;
using PiplWatch.Detection.Engine;

namespace PiplWatch.Detection.Recognizers;

/// <summary>
/// IPv4 dotted quads (not part of a longer dotted sequence such as a version number 1.2.3.4.5) and IPv6 addresses.
/// </summary>
internal static class IpRecognizer
{
    public static void Recognize(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (true)
        {
            var dot = text[from..].IndexOf('.');
            if (dot < 0)
            {
                break;
            }

            dot += from;
            from = dot + 1;
            if (dot == 0 || !char.IsAsciiDigit(text[dot - 1]))
            {
                continue;
            }

            var start = dot - 1;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            if (start > 0 && (text[start - 1] == '.' || char.IsAsciiLetter(text[start - 1])))
            {
                continue;
            }

            if (TryQuad(text, start, out var end))
            {
                output.Add(new Candidate(PiiType.IpAddress, start, end, 0.8, text[start..end].ToString(), "ipv4", "four octets 0–255"));
                from = end;
            }
        }

        Ipv6(text, output);
    }

    private static bool TryQuad(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        for (var octet = 0; octet < 4; octet++)
        {
            var digitsStart = end;
            var value = 0;
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - digitsStart < 3)
            {
                value = (value * 10) + (text[end] - '0');
                end++;
            }

            var length = end - digitsStart;
            if (length == 0 || value > 255 || (length > 1 && text[digitsStart] == '0') || (end < text.Length && char.IsAsciiDigit(text[end])))
            {
                return false;
            }

            if (octet < 3)
            {
                if (end >= text.Length || text[end] != '.')
                {
                    return false;
                }

                end++;
            }
        }

        // 1.2.3.4.5 or 1.2.3.4a is something else; a sentence-ending dot is fine.
        return !(end < text.Length && (char.IsAsciiLetter(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))));
    }

    private static void Ipv6(ReadOnlySpan<char> text, List<Candidate> output)
    {
        var from = 0;
        while (true)
        {
            var colon = text[from..].IndexOf("::".AsSpan()) is var dc and >= 0 ? dc : -1;
            var single = text[from..].IndexOf(':');
            if (single < 0)
            {
                return;
            }

            var at = from + (colon >= 0 ? Math.Min(colon, single) : single);
            var start = at;
            while (start > 0 && (char.IsAsciiHexDigit(text[start - 1]) || text[start - 1] == ':'))
            {
                start--;
            }

            var end = at;
            while (end < text.Length && (char.IsAsciiHexDigit(text[end]) || text[end] == ':' || text[end] == '.'))
            {
                end++;
            }

            from = Math.Max(end, at + 1);
            var candidate = text[start..end].TrimEnd('.');
            if (candidate.Length >= 6 && candidate.Count(':') >= 2
                && IPAddress.TryParse(candidate, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                output.Add(new Candidate(PiiType.IpAddress, start, start + candidate.Length, 0.8, address.ToString(), "ipv6", "IPv6 syntax"));
            }
        }
    }
}
