using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Workflow;

namespace PiplWatch.Cases.Tests.Workflow;

public sealed class DeadlineCalculatorTests
{
    private readonly DeadlineCalculator _deadlines = new(RulesCatalog.Embedded.Current, WorkCalendar.Embedded);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_served_recommendation_is_due_two_months_later_moved_past_the_holiday()
    {
        var items = _deadlines.For(CaseKind.Administrative, [new("filed", D(2025, 6, 2)), new("recommendation", D(2025, 8, 1))], D(2025, 9, 1));
        var reply = Assert.Single(items, i => i.Rule == "agency-reply");
        Assert.Equal(D(2025, 10, 9), reply.Due);
        Assert.True(reply.Confirmed);
        Assert.Contains("第二十一条", reply.Source, StringComparison.Ordinal);
        Assert.Equal(DueStatus.Pending, reply.Status);
        Assert.Contains("国庆节", reply.Computation, StringComparison.Ordinal);

        // The decision-after-filing reminder was met by the recommendation; the review-to-sue limit follows the reply period.
        Assert.Equal(DueStatus.Met, Assert.Single(items, i => i.Rule == "decision-after-filing").Status);
        var review = Assert.Single(items, i => i.Rule == "review-to-sue-administrative");
        Assert.Equal(D(2025, 11, 10), review.Due); // 2025-11-09 is a Sunday
        Assert.False(review.Confirmed);
    }

    [Fact]
    public void An_urgent_recommendation_uses_fifteen_days()
    {
        var items = _deadlines.For(CaseKind.Administrative, [new("filed", D(2025, 9, 1)), new("recommendation", D(2025, 9, 26), Urgent: true)], D(2025, 9, 30));
        Assert.DoesNotContain(items, i => i.Rule == "agency-reply");
        var reply = Assert.Single(items, i => i.Rule == "agency-reply-urgent");
        Assert.Equal(D(2025, 10, 11), reply.Due);
    }

    [Fact]
    public void Overdue_soon_due_and_late_replies_are_told_apart()
    {
        var served = new StageEvent[] { new("filed", D(2025, 6, 2)), new("recommendation", D(2025, 8, 13)) };
        Assert.Equal(DueStatus.DueSoon, Reply(served, D(2025, 10, 8)).Status);
        Assert.Equal(5, Reply(served, D(2025, 10, 8)).DaysLeft);
        Assert.Equal(DueStatus.Overdue, Reply(served, D(2025, 10, 14)).Status);
        Assert.True(Reply(served, D(2025, 10, 14)).NeedsAttention);

        var late = Reply([.. served, new("reply", D(2025, 10, 20))], D(2025, 11, 1));
        Assert.Equal(DueStatus.MetLate, late.Status);
        Assert.Equal(D(2025, 10, 20), late.MetOn);
        var onTime = Reply([.. served, new("reply", D(2025, 10, 13))], D(2025, 11, 1));
        Assert.Equal(DueStatus.Met, onTime.Status);
    }

    [Fact]
    public void A_civil_notice_period_ends_after_the_spring_festival_and_is_not_overdue()
    {
        var events = new StageEvent[] { new("filed", D(2024, 12, 2)), new("notice", D(2025, 1, 1)) };
        var notice = Assert.Single(_deadlines.For(CaseKind.Civil, events, D(2025, 3, 1)), i => i.Rule == "civil-notice");
        Assert.Equal(D(2025, 2, 5), notice.Due);
        Assert.Equal(DueStatus.Ended, notice.Status);
        Assert.Contains("春节", notice.Computation, StringComparison.Ordinal);
        var review = Assert.Single(_deadlines.For(CaseKind.Civil, events, D(2025, 3, 1)), i => i.Rule == "review-to-sue-civil");
        Assert.Equal(D(2025, 5, 6), review.Due); // 2025-05-05 is in the Labour Day holiday (1–5 May)
    }

    [Fact]
    public void An_appeal_not_lodged_lapses()
    {
        var events = new StageEvent[] { new("filed", D(2025, 1, 2)), new("notice", D(2025, 3, 1)), new("suit", D(2025, 4, 10)), new("judgment", D(2025, 9, 1)) };
        var appeal = Assert.Single(_deadlines.For(CaseKind.Civil, events, D(2025, 10, 1)), i => i.Rule == "appeal-civil");
        Assert.Equal(D(2025, 9, 16), appeal.Due);
        Assert.Equal(DueStatus.Lapsed, appeal.Status);
        Assert.False(appeal.NeedsAttention);
    }

    private DueItem Reply(StageEvent[] events, DateOnly today) => Assert.Single(_deadlines.For(CaseKind.Administrative, events, today), i => i.Rule == "agency-reply");
}
