using System.Globalization;
using System.Text.Json;

namespace PiplWatch.Cases.Calendar;

/// <summary>One festival of the State Council's yearly notice: the days off and the weekend days worked instead.</summary>
public sealed record HolidayArrangement(string Zh, string En, DateOnly First, DateOnly Last, IReadOnlyList<DateOnly> WorkingDays);

/// <summary>
/// A year's holiday arrangement as an administrator enters it from the State Council's notice (国务院办公厅关于某年
/// 部分节假日安排的通知), written in the chinese-days format the calendar reads.
/// </summary>
public sealed record CalendarYear(int Year, IReadOnlyList<HolidayArrangement> Holidays)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Statutory days off per festival (全国年节及纪念日放假办法, as amended in 2024): the third field of the format.
    private static readonly Dictionary<string, int> StatutoryDays = new(StringComparer.Ordinal)
    {
        ["元旦"] = 1,
        ["春节"] = 4,
        ["清明"] = 1,
        ["清明节"] = 1,
        ["劳动节"] = 2,
        ["端午"] = 1,
        ["端午节"] = 1,
        ["中秋"] = 1,
        ["中秋节"] = 1,
        ["国庆"] = 3,
        ["国庆节"] = 3,
    };

    /// <summary>The file name the year is kept under in the calendar folder.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"{Year}.json");

    /// <summary>What is wrong with the arrangement, each naming the festival and the day; empty when it can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Year is < 2004 or > 2100)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"year {Year} is out of range"));
        }

        if (Holidays.Count == 0)
        {
            problems.Add("no festival entered");
        }

        var taken = new Dictionary<DateOnly, string>();
        foreach (var holiday in Holidays)
        {
            var name = string.IsNullOrWhiteSpace(holiday.Zh) ? "(unnamed)" : holiday.Zh;
            if (string.IsNullOrWhiteSpace(holiday.Zh) || string.IsNullOrWhiteSpace(holiday.En) || holiday.Zh.Contains(',', StringComparison.Ordinal) || holiday.En.Contains(',', StringComparison.Ordinal))
            {
                problems.Add($"{name}: needs a Chinese and an English name, without commas");
            }

            if (holiday.Last < holiday.First)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: the last day {holiday.Last:yyyy-MM-dd} is before the first {holiday.First:yyyy-MM-dd}"));
                continue;
            }

            // 元旦 may start on 31 December of the year before in some notices; the span must touch the year.
            if (holiday.Last.Year != Year && holiday.First.Year != Year)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {holiday.First:yyyy-MM-dd}–{holiday.Last:yyyy-MM-dd} is not in {Year}"));
            }

            if (holiday.Last.DayNumber - holiday.First.DayNumber > 15)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {holiday.Last.DayNumber - holiday.First.DayNumber + 1} days off is more than any arrangement gives"));
            }

            for (var day = holiday.First; day <= holiday.Last; day = day.AddDays(1))
            {
                if (!taken.TryAdd(day, name))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {day:yyyy-MM-dd} is already a day off of {taken[day]}"));
                }
            }
        }

        foreach (var holiday in Holidays)
        {
            foreach (var day in holiday.WorkingDays)
            {
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{holiday.Zh}: the make-up working day {day:yyyy-MM-dd} is a {day.DayOfWeek}, not a weekend day"));
                }

                if (taken.TryGetValue(day, out var off))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{holiday.Zh}: {day:yyyy-MM-dd} cannot be a working day and a day off of {off}"));
                }

                if (Math.Abs(day.DayNumber - holiday.First.DayNumber) > 20)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{holiday.Zh}: the make-up working day {day:yyyy-MM-dd} is far from the festival"));
                }
            }
        }

        return problems;
    }

    /// <summary>The arrangement in the chinese-days format: holidays and workdays keyed by date.</summary>
    public string ToJson()
    {
        var holidays = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var workdays = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var holiday in Holidays)
        {
            var value = string.Create(CultureInfo.InvariantCulture, $"{holiday.En.Trim()},{holiday.Zh.Trim()},{StatutoryDays.GetValueOrDefault(holiday.Zh.Trim(), 1)}");
            for (var day = holiday.First; day <= holiday.Last; day = day.AddDays(1))
            {
                holidays[day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] = value;
            }

            foreach (var day in holiday.WorkingDays)
            {
                workdays[day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] = value;
            }
        }

        return JsonSerializer.Serialize(new { holidays, workdays }, Indented);
    }
}
