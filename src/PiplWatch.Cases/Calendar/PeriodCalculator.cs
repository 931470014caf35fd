using System.Globalization;

namespace PiplWatch.Cases.Calendar;

/// <summary>When a period ends, and every step of the computation in words (Chinese) so a procurator can check it.</summary>
public sealed record PeriodEnd(DateOnly Start, DateOnly Nominal, DateOnly Due, IReadOnlyList<string> Steps, bool CalendarCovers)
{
    /// <summary>The steps as one sentence.</summary>
    public string Computation => string.Join("；", Steps) + "。";
}

/// <summary>
/// Counts statutory periods the way the procedure laws do: counting starts the day after the event; a period in months
/// ends on the same day of the month (the last day of the month where there is none); a period whose last day is a
/// rest day — a weekend that is not a make-up working day, or a public holiday — ends on the next working day.
/// </summary>
public sealed class PeriodCalculator(WorkCalendar calendar)
{
    /// <summary>The end of <paramref name="period"/> running from the event on <paramref name="eventDay"/>.</summary>
    public PeriodEnd End(DateOnly eventDay, Period period, string eventName = "事件")
    {
        var start = eventDay.AddDays(1);
        var steps = new List<string> { $"{eventName}日 {Iso(eventDay)}，期间自次日 {Iso(start)} 起算" };
        DateOnly nominal;
        switch (period.Unit)
        {
            case PeriodUnit.Months:
                var target = eventDay.AddMonths(period.Count);
                nominal = target;
                steps.Add(target.Day == eventDay.Day
                    ? $"{period.Zh}届满于对应日 {Iso(nominal)}"
                    : $"{period.Zh}后的月份没有 {eventDay.Day} 日，以该月最后一日 {Iso(nominal)} 为届满日");
                break;
            case PeriodUnit.WorkingDays:
                nominal = eventDay;
                for (var counted = 0; counted < period.Count;)
                {
                    nominal = nominal.AddDays(1);
                    if (!calendar.Day(nominal).IsRestDay)
                    {
                        counted++;
                    }
                }

                steps.Add($"不计休息日，第 {period.Count} 个工作日为 {Iso(nominal)}");
                break;
            default:
                nominal = eventDay.AddDays(period.Count);
                steps.Add($"{period.Zh}届满于 {Iso(nominal)}");
                break;
        }

        var due = nominal;
        var last = calendar.Day(nominal);
        if (last.IsRestDay)
        {
            due = calendar.NextWorkingDayFrom(nominal);
            steps.Add($"{Iso(nominal)} 为{Describe(last)}，顺延至其后第一个工作日 {Iso(due)}");
        }
        else if (last.Kind == DayKind.MakeUpWorkingDay)
        {
            steps.Add($"{Iso(nominal)} 为星期{Weekday(nominal)}，但系{last.HolidayZh}调休上班日，不顺延");
        }

        var covers = calendar.Covers(nominal.Year) && calendar.Covers(due.Year);
        if (!covers)
        {
            steps.Add($"注意：节假日安排未收录 {nominal.Year} 年，仅按周末计算，请管理员补充该年安排后复核");
        }

        return new PeriodEnd(start, nominal, due, steps, covers);
    }

    private string Describe(CalendarDay day)
    {
        if (day.Kind == DayKind.Holiday)
        {
            var span = calendar.HolidaySpan(day.Date);
            return span is { } s ? $"{string.Join("、", s.NamesZh)}假期（{Iso(s.First)} 至 {Iso(s.Last)}）内的休息日" : $"{day.HolidayZh}假期的休息日";
        }

        return $"星期{Weekday(day.Date)}（休息日）";
    }

    private static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "一",
        DayOfWeek.Tuesday => "二",
        DayOfWeek.Wednesday => "三",
        DayOfWeek.Thursday => "四",
        DayOfWeek.Friday => "五",
        DayOfWeek.Saturday => "六",
        _ => "日",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
