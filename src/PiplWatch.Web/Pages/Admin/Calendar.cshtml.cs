using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Admin;

/// <summary>
/// The working calendar deadlines are counted on: the years it covers, and a form to enter next year's arrangement from
/// the State Council's notice as soon as it is published (periods that run into a year without one are flagged).
/// </summary>
public sealed class CalendarModel(CaseService cases, AccountService accounts) : PageModel
{
    private static readonly (string Zh, string En)[] Festivals =
    [
        ("元旦", "New Year's Day"), ("春节", "Spring Festival"), ("清明节", "Tomb-sweeping Day"), ("劳动节", "Labour Day"),
        ("端午节", "Dragon Boat Festival"), ("中秋节", "Mid-autumn Festival"), ("国庆节", "National Day"),
    ];

    public ProcedureReference Procedure => cases.Procedure;

    public IReadOnlyList<int> AddedYears { get; private set; } = [];

    /// <summary>The year whose days are listed.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Show { get; set; }

    public IReadOnlyList<CalendarDay> ShownDays { get; private set; } = [];

    [BindProperty]
    public int Year { get; set; }

    [BindProperty]
    public List<FestivalRow> Rows { get; set; } = [];

    public string? Error { get; private set; }

    public string? Saved { get; private set; }

    public int ThisYear => cases.Today.Year;

    public void OnGet()
    {
        Year = ThisYear + 1;
        Rows = [.. Festivals.Select(f => new FestivalRow { Zh = f.Zh, En = f.En })];
        Load();
    }

    public IActionResult OnPost()
    {
        try
        {
            var holidays = Rows.Where(r => r.First is not null || r.Last is not null).Select(ToArrangement).ToList();
            cases.Procedure.AddCalendarYear(new CalendarYear(Year, holidays));
            accounts.Audit(User.Identity!.Name!, "calendar-year-added", string.Create(CultureInfo.InvariantCulture, $"calendar:{Year}"));
            var year = Year.ToString(CultureInfo.InvariantCulture);
            Saved = T($"{year} 年节假日安排已保存并生效。", $"The {year} holiday arrangement is saved and in use.");
            Show = Year;
        }
        catch (ArgumentException ex)
        {
            Error = ErrorText.Of(ex);
        }
        catch (InvalidDataException ex)
        {
            Error = ex.Message;
        }

        Load();
        return Page();
    }

    private static HolidayArrangement ToArrangement(FestivalRow row)
    {
        var name = string.IsNullOrWhiteSpace(row.Zh) ? T("（未命名）", "(unnamed)") : row.Zh.Trim();
        if (row.First is not { } first || row.Last is not { } last)
        {
            throw new ArgumentException(T($"{name}：请同时填写放假首日和末日", $"{name}: give both the first and the last day off"));
        }

        var workdays = new List<DateOnly>();
        foreach (var text in (row.WorkingDays ?? string.Empty).Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            workdays.Add(DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new ArgumentException(T($"{name}：调休上班日“{text}”不是 YYYY-MM-DD 格式的日期", $"{name}: make-up working day '{text}' is not a date YYYY-MM-DD")));
        }

        return new HolidayArrangement(row.Zh?.Trim() ?? string.Empty, row.En?.Trim() ?? string.Empty, first, last, workdays);
    }

    private void Load()
    {
        AddedYears = cases.Procedure.AddedYears();
        if (Rows.Count == 0)
        {
            Rows = [.. Festivals.Select(f => new FestivalRow { Zh = f.Zh, En = f.En })];
        }

        if (Show is { } year && cases.Procedure.Calendar.Covers(year))
        {
            var calendar = cases.Procedure.Calendar;
            var days = new List<CalendarDay>();
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                var kind = calendar.Day(day);
                if (kind.Kind is DayKind.Holiday or DayKind.MakeUpWorkingDay)
                {
                    days.Add(kind);
                }
            }

            ShownDays = days;
        }
    }

    /// <summary>One festival line of the form.</summary>
    public sealed class FestivalRow
    {
        public string? Zh { get; set; }

        public string? En { get; set; }

        public DateOnly? First { get; set; }

        public DateOnly? Last { get; set; }

        /// <summary>Weekend days worked instead (调休上班), YYYY-MM-DD separated by commas.</summary>
        public string? WorkingDays { get; set; }
    }
}
