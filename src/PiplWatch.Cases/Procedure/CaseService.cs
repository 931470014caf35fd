using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Store;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;

namespace PiplWatch.Cases.Procedure;

/// <summary>A step of the procedure to record.</summary>
public sealed record AdvanceRequest
{
    /// <summary>The stage reached.</summary>
    public required string To { get; init; }

    /// <summary>The day it happened (a recommendation: the day it was served); today when omitted.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Sector of the addressee agency (recommendation).</summary>
    public string? AgencySector { get; init; }

    /// <summary>Urgent: the harm keeps growing, the agency has 15 days.</summary>
    public bool Urgent { get; init; }

    /// <summary>A note; required for a termination (its ground).</summary>
    public string? Note { get; init; }
}

/// <summary>
/// Cases: opened on an evaluated clue under the current rules version, advanced stage by stage as the rules table
/// allows, with every time limit computed from the events. Each call is one transaction.
/// </summary>
public sealed partial class CaseService(CaseStore store, ReferenceData reference, ProcedureReference procedure, TimeProvider? time = null)
{
    /// <summary>A service computing with a fixed <paramref name="calendar"/> and the embedded rules.</summary>
    public CaseService(CaseStore store, ReferenceData reference, WorkCalendar calendar, TimeProvider? time = null)
        : this(store, reference, ProcedureReference.Fixed(calendar), time)
    {
    }

    /// <summary>The calendar and rules versions deadlines and stages are computed with.</summary>
    public ProcedureReference Procedure => procedure;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Today in China (+08:00), for defaults and deadline status.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Opens a case (立案) on a clue whose evaluation decided to open one.</summary>
    /// <exception cref="ArgumentException">The clue was not evaluated for opening, or already has a case.</exception>
    public CaseRecord Open(long clueId, CaseKind kind, string user, DateOnly? openedOn = null)
    {
        using var db = store.CreateContext();
        using var transaction = db.Database.BeginTransaction();
        var clue = db.Clues.Include(c => c.Attachments).FirstOrDefault(c => c.Id == clueId) ?? throw new KeyNotFoundException($"there is no clue {clueId}");
        if (clue.Status != ClueStatuses.Accepted)
        {
            throw new ArgumentException(clue.Status == ClueStatuses.Opened
                ? $"clue {clueId} already has a case"
                : $"clue {clueId} is {clue.Status}: a case is opened on a clue evaluated for opening (piplwatch clue evaluate {clueId} --decision open …)", nameof(clueId));
        }

        var rules = procedure.Rules.Current;
        var day = openedOn ?? Today;
        var record = new CaseRecord
        {
            ClueId = clue.Id,
            Kind = kind.Id(),
            RulesVersion = rules.Version,
            Stage = "filed",
            Title = clue.Title,
            Subject = clue.Subject,
            Region = clue.Region,
            Procuratorate = clue.Procuratorate ?? throw new ArgumentException($"clue {clueId} has no procuratorate: give it a region first", nameof(clueId)),
            ProcuratorateRegion = clue.ProcuratorateRegion,
            OpenedOn = day,
            CreatedAt = _time.GetUtcNow(),
            CreatedBy = user,
            Events = [new CaseEvent { Stage = "filed", Date = day, RecordedAt = _time.GetUtcNow(), RecordedBy = user }],
        };
        clue.Status = ClueStatuses.Opened;
        clue.Version++;
        db.Cases.Add(record);
        db.SaveChanges();

        // What came with the clue is evidence of the case from the first day; the custody says where it came from.
        foreach (var attachment in clue.Attachments)
        {
            db.EvidenceItems.Add(new Evidence.EvidenceItem
            {
                CaseId = record.Id,
                Kind = Evidence.EvidenceKinds.File,
                Sha256 = attachment.Sha256,
                Length = attachment.Length,
                FileName = attachment.FileName,
                Description = $"线索 {clue.Id} 随附材料",
                AddedAt = attachment.AddedAt,
                AddedBy = clue.ReceivedBy,
                Custody = [new Evidence.CustodyEntry { Action = "linked", At = _time.GetUtcNow(), By = user, Sha256Seen = attachment.Sha256, Note = $"from clue {clue.Id}" }],
            });
        }

        db.SaveChanges();
        transaction.Commit();
        return record;
    }

    /// <summary>Records that the case reached a stage, checked against the rules version of the case.</summary>
    /// <exception cref="ArgumentException">A step the rules do not allow, a date before the last event, or missing details.</exception>
    public CaseRecord Advance(long caseId, AdvanceRequest request, string user) => Record(caseId, request, user, (_, _, _) => { });

    /// <summary>
    /// Advances the case and, in the same transaction, lets <paramref name="details"/> add the stage's records (a
    /// meeting, a recommendation's content, a follow-up).
    /// </summary>
    internal CaseRecord Record(long caseId, AdvanceRequest request, string user, Action<CasesDbContext, CaseRecord, CaseEvent> details)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var db = store.CreateContext();
        using var transaction = db.Database.BeginTransaction();
        var record = Load(db, caseId);
        var rules = procedure.Rules.Get(record.RulesVersion);
        var kind = CaseKinds.Parse(record.Kind);
        _ = rules.Stage(request.To);
        var next = rules.Next(kind, record.Stage);
        if (!next.Contains(request.To))
        {
            throw new ArgumentException(next.Count == 0
                ? $"case {caseId} is {rules.Stage(record.Stage).Zh} ({record.Stage}), a final stage"
                : $"case {caseId} is at {record.Stage}; under rules {rules.Version} a case of kind {record.Kind} goes on to {string.Join(", ", next)}, not {request.To}", nameof(request));
        }

        var day = request.Date ?? Today;
        var last = record.Events.Max(e => e.Date);
        if (day < last)
        {
            throw new ArgumentException($"{day:yyyy-MM-dd} is before the case's last event ({last:yyyy-MM-dd})", nameof(request));
        }

        if (day > Today)
        {
            throw new ArgumentException($"{day:yyyy-MM-dd} is in the future: record events when they have happened", nameof(request));
        }

        var caseEvent = new CaseEvent { Stage = request.To, Date = day, Urgent = request.Urgent, Note = request.Note?.Trim(), RecordedAt = _time.GetUtcNow(), RecordedBy = user };
        if (request.To == "recommendation")
        {
            var sector = request.AgencySector ?? record.AgencySector
                ?? throw new ArgumentException("a recommendation is addressed to an agency: give its sector (--agency, see piplwatch agency sectors)", nameof(request));
            var agency = reference.Agencies.For(sector, record.Region);
            caseEvent.AgencySector = agency.SectorId;
            caseEvent.Agency = agency.Name;
            record.AgencySector = agency.SectorId;
        }
        else if (request.Urgent)
        {
            throw new ArgumentException("--urgent applies to a recommendation (the 15-day reply)", nameof(request));
        }

        if (request.To == "terminated" && string.IsNullOrWhiteSpace(request.Note))
        {
            throw new ArgumentException("终结 needs its ground (--note)", nameof(request));
        }

        record.Events.Add(caseEvent);
        record.Stage = request.To;
        record.Version++;
        details(db, record, caseEvent);
        StageRecords(db, record, caseEvent);
        db.SaveChanges();
        transaction.Commit();
        return record;
    }

    /// <summary>The case with its events.</summary>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    public CaseRecord Get(long caseId)
    {
        using var db = store.CreateContext();
        return db.Cases.AsNoTracking().Include(c => c.Events).FirstOrDefault(c => c.Id == caseId) ?? throw new KeyNotFoundException($"there is no case {caseId}");
    }

    /// <summary>Cases, newest first.</summary>
    public IReadOnlyList<CaseRecord> List()
    {
        using var db = store.CreateContext();
        return [.. db.Cases.AsNoTracking().Include(c => c.Events).OrderByDescending(c => c.Id)];
    }

    /// <summary>One page of cases of procuratorates under <paramref name="regionPrefix"/>, newest first, filtered in the database.</summary>
    public (IReadOnlyList<CaseRecord> Rows, int Total) Page(string regionPrefix, string? stage, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        using var db = store.CreateContext();
        var query = db.Cases.AsNoTracking().Under(regionPrefix);
        if (!string.IsNullOrEmpty(stage))
        {
            query = query.Where(c => c.Stage == stage);
        }

        var total = query.Count();
        return ([.. query.OrderByDescending(c => c.Id).Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)], total);
    }

    /// <summary>Case counts by stage for procuratorates under <paramref name="regionPrefix"/>.</summary>
    public IReadOnlyDictionary<string, int> CountByStage(string regionPrefix)
    {
        using var db = store.CreateContext();
        return db.Cases.AsNoTracking().Under(regionPrefix)
            .GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(x => x.Key, x => x.Count, StringComparer.Ordinal);
    }

    /// <summary>Due-soon and overdue items of the open cases under <paramref name="regionPrefix"/>, soonest first.</summary>
    public IReadOnlyList<(CaseRecord Case, DueItem Item)> Reminders(string regionPrefix, DateOnly? today = null)
    {
        var day = today ?? Today;
        var finals = procedure.Rules.Versions.SelectMany(v => v.Stages.Where(s => s.Final).Select(s => s.Id)).Distinct().ToList();
        using var db = store.CreateContext();
        var open = db.Cases.AsNoTracking().Include(c => c.Events)
            .Under(regionPrefix).Where(c => !finals.Contains(c.Stage))
            .AsSplitQuery().ToList();
        return [.. open.SelectMany(c => Deadlines(c, day).Where(i => i.NeedsAttention).Select(i => (c, i))).OrderBy(x => x.i.Due)];
    }

    /// <summary>Every time limit of the case as of <paramref name="today"/> (default today).</summary>
    public IReadOnlyList<DueItem> Deadlines(long caseId, DateOnly? today = null) => Deadlines(Get(caseId), today ?? Today);

    /// <summary>Every time limit of <paramref name="record"/> as of <paramref name="today"/>.</summary>
    public IReadOnlyList<DueItem> Deadlines(CaseRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rules = procedure.Rules.Get(record.RulesVersion);
        var events = record.Events.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => new StageEvent(e.Stage, e.Date, e.Urgent)).ToList();
        var items = new DeadlineCalculator(rules, procedure.Calendar).For(CaseKinds.Parse(record.Kind), events, today);

        // A closed or terminated case has nothing left to do: what was not met is history, not a reminder.
        return rules.Stage(record.Stage).Final
            ? [.. items.Select(i => i.Status is DueStatus.Pending or DueStatus.DueSoon or DueStatus.Overdue ? i with { Status = DueStatus.Ended } : i)]
            : items;
    }

    /// <summary>For the procurator: every open case's items that are due soon or overdue.</summary>
    public IReadOnlyList<(CaseRecord Case, DueItem Item)> Reminders(DateOnly? today = null)
    {
        var day = today ?? Today;
        return [.. List().Where(c => !procedure.Rules.Get(c.RulesVersion).Stage(c.Stage).Final)
            .SelectMany(c => Deadlines(c, day).Where(i => i.NeedsAttention).Select(i => (c, i)))
            .OrderBy(x => x.i.Due)];
    }

    private static CaseRecord Load(CasesDbContext db, long caseId) =>
        db.Cases.Include(c => c.Events).FirstOrDefault(c => c.Id == caseId) ?? throw new KeyNotFoundException($"there is no case {caseId}");
}
