using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.TestSupport;

namespace PiplWatch.Cases.Tests.Calendar;

public sealed class CalendarYearTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);

    // A made-up arrangement for 2027 in the shape of a State Council notice; the tests need its shape, not its truth.
    private static CalendarYear Year2027(params HolidayArrangement[] more) => new(2027,
    [
        new("元旦", "New Year's Day", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3), []),
        new("春节", "Spring Festival", new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 13), [new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 20)]),
        .. more,
    ]);

    [Fact]
    public void An_added_year_is_used_at_once_and_written_in_the_calendar_format()
    {
        using var data = new TemporaryDirectory();
        var procedure = ProcedureReference.Load(data.Path, Reference.Legal);
        Assert.False(procedure.Calendar.Covers(2027));

        procedure.AddCalendarYear(Year2027());

        Assert.True(procedure.Calendar.Covers(2027));
        Assert.Equal("春节", procedure.Calendar.Day(new DateOnly(2027, 2, 8)).HolidayZh);
        Assert.Equal(DayKind.MakeUpWorkingDay, procedure.Calendar.Day(new DateOnly(2027, 2, 20)).Kind);
        Assert.Equal(new DateOnly(2027, 2, 15), procedure.Calendar.NextWorkingDayFrom(new DateOnly(2027, 2, 6)));
        Assert.Equal([2027], procedure.AddedYears());
        var file = File.ReadAllText(Path.Combine(WorkCalendar.CalendarFolder(data.Path), "2027.json"));
        Assert.Contains("\"2027-02-05\": \"Spring Festival,春节,4\"", file, StringComparison.Ordinal);
        Assert.True(WorkCalendar.Load(data.Path).Covers(2027));

        // An added year can be corrected: the new entry replaces the old one.
        procedure.AddCalendarYear(new CalendarYear(2027, [new("元旦", "New Year's Day", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 1), [])]));
        Assert.Equal(DayKind.WorkingDay, procedure.Calendar.Day(new DateOnly(2027, 2, 8)).Kind);
    }

    [Theory]
    [InlineData(2027, 2, 22, "2027-02-22 is a Monday, not a weekend day")]
    [InlineData(2027, 2, 6, "cannot be a working day and a day off")]
    public void A_bad_make_up_day_is_refused(int year, int month, int day, string expected)
    {
        using var data = new TemporaryDirectory();
        var procedure = ProcedureReference.Load(data.Path, Reference.Legal);
        var bad = Year2027(new HolidayArrangement("清明", "Tomb-sweeping Day", new DateOnly(2027, 4, 5), new DateOnly(2027, 4, 5), [new DateOnly(year, month, day)]));

        var error = Assert.Throws<ArgumentException>(() => procedure.AddCalendarYear(bad));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(procedure.Calendar.Covers(2027));
        Assert.False(File.Exists(Path.Combine(WorkCalendar.CalendarFolder(data.Path), "2027.json")));
    }

    [Fact]
    public void Overlapping_festivals_and_shipped_years_are_refused()
    {
        using var data = new TemporaryDirectory();
        var procedure = ProcedureReference.Load(data.Path, Reference.Legal);
        var overlap = Year2027(new HolidayArrangement("劳动节", "Labour Day", new DateOnly(2027, 1, 3), new DateOnly(2027, 1, 4), []));
        Assert.Contains("2027-01-03 is already a day off of 元旦", Assert.Throws<ArgumentException>(() => procedure.AddCalendarYear(overlap)).Message, StringComparison.Ordinal);

        var shipped = new CalendarYear(2026, [new("元旦", "New Year's Day", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), [])]);
        Assert.Contains("shipped with PiplWatch", Assert.Throws<ArgumentException>(() => procedure.AddCalendarYear(shipped)).Message, StringComparison.Ordinal);
    }
}
