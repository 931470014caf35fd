using System.Globalization;
using System.Text.RegularExpressions;

namespace PiplWatch.Cases.Calendar;

/// <summary>The unit a statutory period is counted in.</summary>
public enum PeriodUnit
{
    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Calendar months (ends on the same day of the month).</summary>
    Months,

    /// <summary>Working days (rest days are not counted).</summary>
    WorkingDays,
}

/// <summary>A period such as "2 months", "15 days" or "30 working days".</summary>
public readonly partial record struct Period(int Count, PeriodUnit Unit)
{
    /// <summary>Parses "2 months", "15 days", "30 working days" (singular forms too).</summary>
    /// <exception cref="FormatException">Not such a period; the message quotes it.</exception>
    public static Period Parse(string text)
    {
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            throw new FormatException($"'{text}' is not a period (e.g. \"2 months\", \"15 days\", \"30 working days\")");
        }

        var unit = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "MONTH" or "MONTHS" => PeriodUnit.Months,
            "WORKING DAY" or "WORKING DAYS" => PeriodUnit.WorkingDays,
            _ => PeriodUnit.Days,
        };
        return new Period(count, unit);
    }

    /// <summary>Chinese wording: "2 个月", "15 日", "30 个工作日".</summary>
    public string Zh => Unit switch
    {
        PeriodUnit.Months => string.Create(CultureInfo.InvariantCulture, $"{Count} 个月"),
        PeriodUnit.WorkingDays => string.Create(CultureInfo.InvariantCulture, $"{Count} 个工作日"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Count} 日"),
    };

    /// <inheritdoc/>
    public override string ToString() => Unit switch
    {
        PeriodUnit.Months => string.Create(CultureInfo.InvariantCulture, $"{Count} month{(Count == 1 ? string.Empty : "s")}"),
        PeriodUnit.WorkingDays => string.Create(CultureInfo.InvariantCulture, $"{Count} working day{(Count == 1 ? string.Empty : "s")}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Count} day{(Count == 1 ? string.Empty : "s")}"),
    };

    [GeneratedRegex(@"^\s*(\d{1,4})\s+(months?|working days?|days?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
