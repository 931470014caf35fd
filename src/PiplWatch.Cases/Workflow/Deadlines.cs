using System.Globalization;
using PiplWatch.Cases.Calendar;

namespace PiplWatch.Cases.Workflow;

/// <summary>An event of a case as the deadline computation sees it: which stage, on which day, whether urgent.</summary>
public sealed record StageEvent(string Stage, DateOnly Date, bool Urgent = false);

/// <summary>Where a time limit stands.</summary>
public enum DueStatus
{
    /// <summary>Running, and more than a week left.</summary>
    Pending,

    /// <summary>Running, a week or less left.</summary>
    DueSoon,

    /// <summary>Past the day and not met.</summary>
    Overdue,

    /// <summary>Met on or before the day.</summary>
    Met,

    /// <summary>Met, but after the day.</summary>
    MetLate,

    /// <summary>A waiting period that has run out (nothing was due from anyone).</summary>
    Ended,

    /// <summary>A right not used before the day (an appeal not lodged).</summary>
    Lapsed,
}

/// <summary>One time limit of one case: what, when, by which rule from which source, and the computation written out.</summary>
public sealed record DueItem
{
    /// <summary>What is due, in Chinese.</summary>
    public required string What { get; init; }

    /// <summary>The last day.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>The rule id.</summary>
    public required string Rule { get; init; }

    /// <summary>The source as legal.md gives it.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the source is confirmed.</summary>
    public required bool Confirmed { get; init; }

    /// <summary>The computation, step by step.</summary>
    public required string Computation { get; init; }

    /// <summary>Who must act.</summary>
    public required string Party { get; init; }

    /// <summary>deadline, period-end or window.</summary>
    public required string Nature { get; init; }

    /// <summary>Where it stands today.</summary>
    public required DueStatus Status { get; init; }

    /// <summary>The day the limit was met, if it was.</summary>
    public DateOnly? MetOn { get; init; }

    /// <summary>Days from today to the due day (negative when past).</summary>
    public required int DaysLeft { get; init; }

    /// <summary>Whether this needs the procurator's attention now (due soon or overdue).</summary>
    public bool NeedsAttention => Status is DueStatus.DueSoon or DueStatus.Overdue;
}

/// <summary>Computes every time limit of a case from its events, under the rules version the case was opened with.</summary>
public sealed class DeadlineCalculator(RulesVersion rules, WorkCalendar calendar)
{
    /// <summary>How many days before the due day an item counts as due soon.</summary>
    public const int SoonDays = 7;

    private readonly PeriodCalculator _periods = new(calendar);

    /// <summary>The time limits of a case of <paramref name="kind"/> with <paramref name="events"/>, as of <paramref name="today"/>.</summary>
    public IReadOnlyList<DueItem> For(CaseKind kind, IReadOnlyList<StageEvent> events, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ends = new Dictionary<string, (DateOnly Due, DateOnly AnchorDate)>(StringComparer.Ordinal);
        var items = new List<DueItem>();

        // Rules that start from another rule's end are computed after the rules they follow.
        var limits = rules.LimitsFor(kind).OrderBy(l => l.AfterLimit.Count > 0 ? 1 : 0).ToList();
        foreach (var limit in limits)
        {
            PeriodEnd end;
            DateOnly anchorDate;
            if (limit.From is { } from)
            {
                var anchor = events.LastOrDefault(e => e.Stage == from);
                if (anchor is null || (limit.When == "urgent" && !anchor.Urgent) || (limit.When == "ordinary" && anchor.Urgent))
                {
                    continue;
                }

                anchorDate = anchor.Date;
                end = _periods.End(anchor.Date, limit.Length, rules.Stage(from).Zh);
            }
            else
            {
                var previous = limit.AfterLimit.FirstOrDefault(ends.ContainsKey);
                if (previous is null)
                {
                    continue;
                }

                var (previousDue, previousAnchor) = ends[previous];
                anchorDate = previousAnchor;
                end = _periods.End(previousDue, limit.Length, $"前一期限（{previous}）届满");
            }

            ends[limit.Id] = (end.Due, anchorDate);
            var met = events.Where(e => limit.MetBy.Contains(e.Stage) && e.Date >= anchorDate).Select(e => (DateOnly?)e.Date).Min();
            var daysLeft = end.Due.DayNumber - today.DayNumber;
            var status = met is { } metOn ? (metOn <= end.Due ? DueStatus.Met : DueStatus.MetLate)
                : daysLeft >= 0 ? (daysLeft <= SoonDays && limit.Nature == "deadline" ? DueStatus.DueSoon : DueStatus.Pending)
                : limit.Nature switch { "period-end" => DueStatus.Ended, "window" => DueStatus.Lapsed, _ => DueStatus.Overdue };
            if (limit.Nature != "deadline" && status == DueStatus.Pending && daysLeft <= SoonDays)
            {
                status = DueStatus.DueSoon;
            }

            items.Add(new DueItem
            {
                What = limit.WhatZh,
                Due = end.Due,
                Rule = limit.Id,
                Source = limit.Source,
                Confirmed = limit.Confirmed,
                Computation = end.Computation + (met is { } m ? string.Create(CultureInfo.InvariantCulture, $" 已于 {m:yyyy-MM-dd} 完成。") : string.Empty),
                Party = limit.Party,
                Nature = limit.Nature,
                Status = status,
                MetOn = met,
                DaysLeft = daysLeft,
            });
        }

        return [.. items.OrderBy(i => i.Due).ThenBy(i => i.Rule, StringComparer.Ordinal)];
    }
}
