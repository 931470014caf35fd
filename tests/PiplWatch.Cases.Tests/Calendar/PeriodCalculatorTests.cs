using PiplWatch.Cases.Calendar;

namespace PiplWatch.Cases.Tests.Calendar;

public sealed class PeriodCalculatorTests
{
    private readonly PeriodCalculator _calculator = new(WorkCalendar.Embedded);

    [Theory]
    // The worked examples of issue 5: a recommendation (2 months, 15 days when urgent) and a civil notice (30 days).
    [InlineData("2025-08-13", "2 months", "2025-10-13")]
    [InlineData("2025-08-01", "2 months", "2025-10-09")] // 2025-10-01 falls in the National Day holiday (1–8 October)
    [InlineData("2025-09-26", "15 days", "2025-10-11")] // a Saturday, but a make-up working day
    [InlineData("2025-03-01", "30 days", "2025-03-31")]
    [InlineData("2025-01-01", "30 days", "2025-02-05")] // 2025-01-31 is in the Spring Festival holiday (28 January – 4 February)
    // Months without the same day end on the month's last day; a plain weekend runs on to Monday.
    [InlineData("2025-12-31", "2 months", "2026-02-28")] // a Saturday, but worked after the 2026 Spring Festival

    [InlineData("2024-10-31", "1 month", "2024-12-02")] // 2024-11-30 is a Saturday
    public void Periods_end_as_the_procedure_laws_count_them(string eventDay, string period, string expected)
    {
        var end = _calculator.End(DateOnly.Parse(eventDay, System.Globalization.CultureInfo.InvariantCulture), Period.Parse(period));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), end.Due);
    }

    [Fact]
    public void The_computation_says_why_the_day_moved()
    {
        var end = _calculator.End(new DateOnly(2025, 8, 1), Period.Parse("2 months"), "检察建议送达");
        Assert.Equal(new DateOnly(2025, 10, 1), end.Nominal);
        Assert.Contains("检察建议送达日 2025-08-01，期间自次日 2025-08-02 起算", end.Computation, StringComparison.Ordinal);
        Assert.Contains("国庆节、中秋假期（2025-10-01 至 2025-10-08）", end.Computation, StringComparison.Ordinal);
        Assert.Contains("顺延至其后第一个工作日 2025-10-09", end.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_make_up_working_day_is_named_and_not_moved()
    {
        var end = _calculator.End(new DateOnly(2025, 9, 26), Period.Parse("15 days"));
        Assert.Equal(end.Nominal, end.Due);
        Assert.Contains("调休上班日，不顺延", end.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_without_the_day_is_explained()
    {
        var end = _calculator.End(new DateOnly(2025, 12, 31), Period.Parse("2 months"));
        Assert.Equal(new DateOnly(2026, 2, 28), end.Nominal);
        Assert.Contains("没有 31 日，以该月最后一日 2026-02-28", end.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_skip_weekends_and_holidays()
    {
        // From Thursday 2025-09-25: working days 26 Sep (Fri), 28 Sep (Sun, make-up), 29, 30 Sep, then 9 Oct after the holiday.
        var end = _calculator.End(new DateOnly(2025, 9, 25), Period.Parse("5 working days"));
        Assert.Equal(new DateOnly(2025, 10, 9), end.Due);
    }

    [Fact]
    public void A_year_without_an_arrangement_is_flagged()
    {
        var end = _calculator.End(new DateOnly(2027, 3, 1), Period.Parse("30 days"));
        Assert.False(end.CalendarCovers);
        Assert.Contains("未收录 2027 年", end.Computation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 months", 2, PeriodUnit.Months)]
    [InlineData("1 month", 1, PeriodUnit.Months)]
    [InlineData("15 days", 15, PeriodUnit.Days)]
    [InlineData("30 working days", 30, PeriodUnit.WorkingDays)]
    public void Periods_parse(string text, int count, PeriodUnit unit) => Assert.Equal(new Period(count, unit), Period.Parse(text));

    [Theory]
    [InlineData("two months")]
    [InlineData("0 days")]
    [InlineData("3 weeks")]
    public void Bad_periods_are_refused(string text) => Assert.Contains(text, Assert.Throws<FormatException>(() => Period.Parse(text)).Message, StringComparison.Ordinal);
}
