using PiplWatch.Cases.Calendar;
using PiplWatch.TestSupport;

namespace PiplWatch.Cases.Tests.Calendar;

public sealed class WorkCalendarTests
{
    [Fact]
    public void The_embedded_calendar_knows_holidays_and_make_up_days()
    {
        var calendar = WorkCalendar.Embedded;
        Assert.Equal(DayKind.Holiday, calendar.Day(new DateOnly(2025, 10, 8)).Kind);
        Assert.Equal("国庆节", calendar.Day(new DateOnly(2025, 10, 8)).HolidayZh);
        Assert.Equal(DayKind.MakeUpWorkingDay, calendar.Day(new DateOnly(2025, 9, 28)).Kind);
        Assert.Equal(DayKind.Weekend, calendar.Day(new DateOnly(2025, 11, 22)).Kind);
        Assert.Equal(DayKind.WorkingDay, calendar.Day(new DateOnly(2025, 11, 24)).Kind);
        var spring = calendar.HolidaySpan(new DateOnly(2025, 1, 31))!.Value;
        Assert.Equal((new DateOnly(2025, 1, 28), new DateOnly(2025, 2, 4), "春节"), (spring.First, spring.Last, Assert.Single(spring.NamesZh)));
        Assert.True(calendar.Covers(2004));
        Assert.True(calendar.Covers(2026));
        Assert.False(calendar.Covers(2027));
    }

    [Fact]
    public void An_administrator_adds_a_year_in_the_data_directory()
    {
        using var data = new TemporaryDirectory();
        Directory.CreateDirectory(WorkCalendar.CalendarFolder(data.Path));
        // A made-up arrangement for a year the embedded data lacks: the test only needs its shape.
        File.WriteAllText(Path.Combine(WorkCalendar.CalendarFolder(data.Path), "2027.json"), """
            {"holidays": {"2027-01-01": "New Year's Day,元旦,1", "2027-01-02": "New Year's Day,元旦,1"},
             "workdays": {"2027-01-03": "New Year's Day,元旦,1"}}
            """);
        var calendar = WorkCalendar.Load(data.Path);
        Assert.True(calendar.Covers(2027));
        Assert.Equal(DayKind.MakeUpWorkingDay, calendar.Day(new DateOnly(2027, 1, 3)).Kind);
        Assert.Equal(DayKind.Holiday, calendar.Day(new DateOnly(2025, 10, 1)).Kind);
    }

    [Theory]
    [InlineData("[1, 2]", "chinese-days format")]
    [InlineData("""{"holidays": {"2027-13-01": "x,元旦,1"}}""", "not a date")]
    [InlineData("""{"holidays": {"2027-01-01": "onlyone"}}""", "English name,中文名,days")]
    [InlineData("{", "not valid JSON")]
    public void A_bad_calendar_file_is_named_with_its_problem(string json, string expected)
    {
        using var data = new TemporaryDirectory();
        Directory.CreateDirectory(WorkCalendar.CalendarFolder(data.Path));
        File.WriteAllText(Path.Combine(WorkCalendar.CalendarFolder(data.Path), "2027.json"), json);
        var error = Assert.Throws<InvalidDataException>(() => WorkCalendar.Load(data.Path));
        Assert.Contains("2027.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
