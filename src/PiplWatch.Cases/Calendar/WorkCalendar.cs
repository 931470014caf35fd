using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace PiplWatch.Cases.Calendar;

/// <summary>What kind of day a date is under the State Council's yearly arrangement.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday, not a holiday.</summary>
    WorkingDay,

    /// <summary>Saturday or Sunday that is not a make-up working day.</summary>
    Weekend,

    /// <summary>A public holiday (days off under the arrangement, weekends inside it included).</summary>
    Holiday,

    /// <summary>A weekend day that is worked (调休上班).</summary>
    MakeUpWorkingDay,
}

/// <summary>A date, its kind and, for holidays and make-up days, the holiday it belongs to.</summary>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string? HolidayZh, string? HolidayEn)
{
    /// <summary>Whether a period ending on this day runs on to the next working day.</summary>
    public bool IsRestDay => Kind is DayKind.Weekend or DayKind.Holiday;
}

/// <summary>
/// China's working-day calendar: weekends, public holidays and make-up working days 2004–2026 (the chinese-days data,
/// embedded), extended by files an administrator puts in <c>&lt;data&gt;/reference/calendar/</c> when the State Council
/// publishes the next year's arrangement. A year with no arrangement counts weekends only, and says so.
/// </summary>
public sealed class WorkCalendar
{
    private static readonly Lazy<WorkCalendar> EmbeddedCalendar = new(() => Parse([ReadEmbedded()], "embedded chinese-days.json"));
    private readonly Dictionary<DateOnly, (string En, string Zh)> _holidays;
    private readonly Dictionary<DateOnly, (string En, string Zh)> _workdays;
    private readonly SortedSet<int> _years;

    private WorkCalendar(Dictionary<DateOnly, (string En, string Zh)> holidays, Dictionary<DateOnly, (string En, string Zh)> workdays)
    {
        _holidays = holidays;
        _workdays = workdays;
        _years = [.. holidays.Keys.Select(d => d.Year)];
    }

    /// <summary>The calendar compiled into PiplWatch.</summary>
    public static WorkCalendar Embedded => EmbeddedCalendar.Value;

    /// <summary>Years with a holiday arrangement.</summary>
    public IReadOnlyCollection<int> Years => _years;

    /// <summary>The embedded calendar merged with every <c>*.json</c> in <c>&lt;data&gt;/reference/calendar/</c>.</summary>
    /// <exception cref="InvalidDataException">A calendar file is not in the chinese-days format; the message names it.</exception>
    public static WorkCalendar Load(string dataDirectory)
    {
        var folder = CalendarFolder(dataDirectory);
        if (!Directory.Exists(folder))
        {
            return Embedded;
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return Embedded;
        }

        var sources = new List<(string Json, string Name)> { (ReadEmbedded(), "embedded chinese-days.json") };
        sources.AddRange(files.Select(f => (File.ReadAllText(f), f)));
        return Parse(sources.Select(s => s.Json).ToList(), string.Join(", ", sources.Select(s => s.Name)), sources.Select(s => s.Name).ToList());
    }

    /// <summary>The folder an administrator puts a new year's arrangement in.</summary>
    public static string CalendarFolder(string dataDirectory) => Path.Combine(dataDirectory, "reference", "calendar");

    /// <summary>Parses one or more files in the chinese-days format; later files override earlier ones date by date.</summary>
    /// <exception cref="InvalidDataException">A file is not in that format.</exception>
    public static WorkCalendar Parse(IReadOnlyList<string> jsons, string description, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(jsons);
        var holidays = new Dictionary<DateOnly, (string, string)>();
        var workdays = new Dictionary<DateOnly, (string, string)>();
        for (var i = 0; i < jsons.Count; i++)
        {
            var name = names?[i] ?? description;
            try
            {
                using var document = JsonDocument.Parse(jsons[i]);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || (!root.TryGetProperty("holidays", out _) && !root.TryGetProperty("workdays", out _)))
                {
                    throw new InvalidDataException($"{name}: expected an object with \"holidays\" and \"workdays\" maps (the chinese-days format)");
                }

                Read(root, "holidays", holidays, workdays, name);
                Read(root, "workdays", workdays, holidays, name);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{name}: not valid JSON ({ex.Message})", ex);
            }
        }

        return new WorkCalendar(holidays, workdays);
    }

    /// <summary>Whether the calendar has the State Council's arrangement for <paramref name="year"/>.</summary>
    public bool Covers(int year) => _years.Contains(year);

    /// <summary>The kind of <paramref name="date"/>.</summary>
    public CalendarDay Day(DateOnly date)
    {
        if (_holidays.TryGetValue(date, out var holiday))
        {
            return new CalendarDay(date, DayKind.Holiday, holiday.Zh, holiday.En);
        }

        if (_workdays.TryGetValue(date, out var workday))
        {
            return new CalendarDay(date, DayKind.MakeUpWorkingDay, workday.Zh, workday.En);
        }

        return new CalendarDay(date, date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.WorkingDay, null, null);
    }

    /// <summary><paramref name="date"/> itself when it is a working day, else the first working day after it.</summary>
    public DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (Day(date).IsRestDay)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The run of consecutive holiday dates around <paramref name="date"/> and the holidays in it, in order: festivals
    /// that fall together form one run (National Day and Mid-Autumn in 2025: 1–8 October).
    /// </summary>
    public (DateOnly First, DateOnly Last, IReadOnlyList<string> NamesZh)? HolidaySpan(DateOnly date)
    {
        if (!_holidays.ContainsKey(date))
        {
            return null;
        }

        var first = date;
        while (_holidays.ContainsKey(first.AddDays(-1)))
        {
            first = first.AddDays(-1);
        }

        var last = date;
        while (_holidays.ContainsKey(last.AddDays(1)))
        {
            last = last.AddDays(1);
        }

        var names = new List<string>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!names.Contains(_holidays[day].Zh))
            {
                names.Add(_holidays[day].Zh);
            }
        }

        return (first, last, names);
    }

    private static void Read(JsonElement root, string property, Dictionary<DateOnly, (string, string)> into, Dictionary<DateOnly, (string, string)> other, string name)
    {
        if (!root.TryGetProperty(property, out var map))
        {
            return;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{name}: \"{property}\" must be an object of \"YYYY-MM-DD\": \"English,中文,days\"");
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (!DateOnly.TryParseExact(entry.Name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{name}: \"{property}\" has '{entry.Name}', which is not a date YYYY-MM-DD");
            }

            var parts = (entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : string.Empty).Split(',');
            if (parts.Length < 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"{name}: \"{property}\".\"{entry.Name}\" must be \"English name,中文名,days\"");
            }

            into[date] = (parts[0].Trim(), parts[1].Trim());
            other.Remove(date);
        }
    }

    private static string ReadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("PiplWatch.Cases.Calendar/Data/chinese-days.json")
            ?? throw new InvalidOperationException("The embedded calendar is missing from PiplWatch.Cases; the build is incomplete.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
