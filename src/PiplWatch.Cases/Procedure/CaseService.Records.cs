using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Store;
using PiplWatch.Core.Findings;

namespace PiplWatch.Cases.Procedure;

/// <summary>A consultation or hearing to record.</summary>
public sealed record MeetingInput(string Kind, DateOnly Date, string? Place, string Minutes, string Conclusion, IReadOnlyList<MeetingParticipant> Participants);

/// <summary>The content of a recommendation; what is left empty is taken from the clue.</summary>
public sealed record RecommendationInput(DateOnly ServedOn, string AgencySector, bool Urgent, string? Facts = null, IReadOnlyList<string>? LegalBasis = null, IReadOnlyList<string>? Asks = null);

/// <summary>The records of a case: investigations, meetings, the recommendation and reply, follow-ups, civil claims.</summary>
public sealed partial class CaseService
{
    /// <summary>What a recommendation asks when the procurator has not written it: the three usual requests.</summary>
    public static readonly IReadOnlyList<string> DefaultAsks =
    [
        "依法全面履行监管职责，对涉案个人信息违法处理行为调查处理；",
        "督促相关主体删除或者停止公开、使用相关个人信息，采取补救措施消除影响；",
        "建立健全个人信息保护长效监管机制，防止类似问题再次发生。",
    ];

    /// <summary>Adds an investigation record; a case still at 立案 moves to 调查.</summary>
    /// <exception cref="ArgumentException">Unknown kind, or a final case.</exception>
    public InvestigationRecord Investigate(long caseId, string kind, DateOnly date, string summary, string user, IReadOnlyList<long>? evidenceIds = null)
    {
        if (!InvestigationKinds.Zh.ContainsKey(kind))
        {
            throw new ArgumentException($"investigation kind '{kind}': {string.Join(", ", InvestigationKinds.Zh.Keys)}", nameof(kind));
        }

        var row = new InvestigationRecord { Kind = kind, Date = date, Summary = summary.Trim(), EvidenceIds = string.Join(',', evidenceIds ?? []), RecordedAt = _time.GetUtcNow(), RecordedBy = user };
        var current = Get(caseId);
        if (current.Stage == "filed")
        {
            Record(caseId, new AdvanceRequest { To = "investigation", Date = date }, user, (db, record, _) => { row.CaseId = record.Id; db.Investigations.Add(row); });
            return row;
        }

        if (WorkflowRulesFinal(current))
        {
            throw new ArgumentException($"case {caseId} is closed", nameof(caseId));
        }

        using var context = store.CreateContext();
        row.CaseId = caseId;
        context.Investigations.Add(row);
        context.SaveChanges();
        return row;
    }

    /// <summary>Records a 诉前磋商 or 公开听证 with its participants, moving the case to that stage.</summary>
    public Meeting Hold(long caseId, MeetingInput input, string user)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Kind is not ("consultation" or "hearing"))
        {
            throw new ArgumentException("a meeting is a consultation or a hearing", nameof(input));
        }

        var unknown = input.Participants.Where(p => !ParticipantRoles.Zh.ContainsKey(p.Role)).Select(p => p.Role).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"participant roles {string.Join(", ", unknown)} are not known ({string.Join(", ", ParticipantRoles.Zh.Keys)})", nameof(input));
        }

        var meeting = new Meeting
        {
            Kind = input.Kind,
            Date = input.Date,
            Place = input.Place,
            Minutes = input.Minutes.Trim(),
            Conclusion = input.Conclusion.Trim(),
            Participants = [.. input.Participants.Select(p => new MeetingParticipant { Role = p.Role, Name = p.Name.Trim(), Organisation = p.Organisation?.Trim() })],
        };
        Record(caseId, new AdvanceRequest { To = input.Kind, Date = input.Date, Note = input.Conclusion }, user, (db, record, _) => { meeting.CaseId = record.Id; db.Meetings.Add(meeting); });
        return meeting;
    }

    /// <summary>Serves a recommendation with its facts, legal basis and asks.</summary>
    public Recommendation Recommend(long caseId, RecommendationInput input, string user)
    {
        ArgumentNullException.ThrowIfNull(input);
        var unknown = (input.LegalBasis ?? []).Where(id => reference.Legal.FindArticle(id) is null && reference.Legal.FindLaw(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"legal basis {string.Join(", ", unknown)} is not in the legal catalog (see piplwatch law list)", nameof(input));
        }

        Recommendation? added = null;
        Record(caseId, new AdvanceRequest { To = "recommendation", Date = input.ServedOn, AgencySector = input.AgencySector, Urgent = input.Urgent }, user, (db, record, caseEvent) =>
        {
            added = NewRecommendation(db, record, caseEvent, input.Facts, input.LegalBasis, input.Asks);
            db.Recommendations.Add(added);
        });
        return added!;
    }

    /// <summary>Records the agency's written reply and, when given, its rectification report as evidence (one transaction).</summary>
    public Recommendation Reply(long caseId, DateOnly date, string reply, string user, Evidence.EvidenceItem? report = null)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            throw new ArgumentException("a reply needs its text", nameof(reply));
        }

        Record(caseId, new AdvanceRequest { To = "reply", Date = date, Note = reply }, user, (db, _, _) =>
        {
            if (report is not null)
            {
                db.EvidenceItems.Add(report);
            }
        });
        return Records(caseId).Recommendations[^1];
    }

    /// <summary>
    /// Records a 跟进调查 with a new model run or audit compared with what the case was opened on: the clue's findings
    /// absent from the new report are fixed, present ones still open; findings of the same model, kind and region
    /// that the clue does not have are new.
    /// </summary>
    /// <param name="caseId">The case.</param>
    /// <param name="date">The day of the follow-up.</param>
    /// <param name="report">The new run's report.</param>
    /// <param name="reportSha256">Its file's hash.</param>
    /// <param name="user">Who records it.</param>
    /// <param name="runEvidence">The report as an evidence item (prepared, unsaved), recorded in the same transaction.</param>
    public FollowUp FollowUpWith(long caseId, DateOnly date, FindingsReport report, string reportSha256, string user, Evidence.EvidenceItem? runEvidence = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var current = Get(caseId);
        using (var db = store.CreateContext())
        {
            var clue = db.Clues.AsNoTracking().Include(c => c.Findings).First(c => c.Id == current.ClueId);
            var original = clue.Findings.Select(f => f.FindingId).ToHashSet(StringComparer.Ordinal);
            if (clue.Model is not null && clue.Model != report.Model)
            {
                throw new ArgumentException($"the case was opened on {clue.Model} findings; a follow-up compares a run of the same model, not {report.Model}", nameof(report));
            }

            var present = report.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            var still = original.Count(present.Contains);
            var fresh = report.Findings.Count(f => !original.Contains(f.Id) && f.Kind == clue.Kind && f.Region == clue.Region);
            var baseline = clue.Findings.OrderBy(f => f.RunFinishedAt).First().RunId;
            var followUp = new FollowUp
            {
                Date = date,
                RunId = report.RunId,
                ReportSha256 = reportSha256,
                BaselineRunId = baseline,
                Fixed = original.Count - still,
                StillOpen = still,
                New = fresh,
                Conclusion = still == 0 && fresh == 0 ? "原有问题均已整改，未发现同类新问题，整改到位。"
                    : still == 0 ? $"原有问题均已整改，但发现同类新问题 {fresh} 项，需另行评估。"
                    : $"仍有 {still} 项问题未整改，行政机关未全面履职。",
            };
            Record(caseId, new AdvanceRequest { To = "follow-up", Date = date, Note = followUp.Conclusion }, user, (context, record, _) =>
            {
                followUp.CaseId = record.Id;
                context.FollowUps.Add(followUp);
                if (runEvidence is not null)
                {
                    context.EvidenceItems.Add(runEvidence);
                }
            });
            return followUp;
        }
    }

    /// <summary>Adds a claim to a civil or criminal-incidental civil case before judgment.</summary>
    public CivilClaim Claim(long caseId, string kind, string text, decimal? amount)
    {
        if (!CivilClaim.Kinds.ContainsKey(kind))
        {
            throw new ArgumentException($"claim kind '{kind}': {string.Join(", ", CivilClaim.Kinds.Keys)}", nameof(kind));
        }

        var record = Get(caseId);
        if (record.Kind == "administrative")
        {
            throw new ArgumentException($"case {caseId} is administrative: its claims are the recommendation's asks", nameof(caseId));
        }

        if (record.Stage is "judgment" or "appeal" or "execution" or "closed" or "terminated")
        {
            throw new ArgumentException($"case {caseId} is past judgment; claims are made before it", nameof(caseId));
        }

        if (kind == "damages" && amount is not > 0)
        {
            throw new ArgumentException("a damages claim needs its amount in yuan (see piplwatch damages)", nameof(amount));
        }

        using var db = store.CreateContext();
        var claim = new CivilClaim { CaseId = caseId, Kind = kind, Text = text.Trim(), Amount = amount };
        db.CivilClaims.Add(claim);
        db.SaveChanges();
        return claim;
    }

    /// <summary>
    /// The recommendations addressed to the agency of <paramref name="sector"/> whose seat is <paramref name="agencyRegion"/>,
    /// newest first, with their cases: what a regulator's account sees.
    /// </summary>
    public IReadOnlyList<(CaseRecord Case, Recommendation Recommendation)> AddressedTo(string sector, string agencyRegion)
    {
        using var db = store.CreateContext();
        var recommendations = db.Recommendations.AsNoTracking().Where(r => r.AgencySector == sector).OrderByDescending(r => r.Id).ToList();
        var ids = recommendations.Select(r => r.CaseId).Distinct().ToList();
        var records = db.Cases.AsNoTracking().Include(c => c.Events).Where(c => ids.Contains(c.Id)).ToDictionary(c => c.Id);
        return [.. recommendations
            .Where(r => reference.Agencies.For(sector, records[r.CaseId].Region).RegionCode == agencyRegion)
            .Select(r => (records[r.CaseId], r))];
    }

    /// <summary>Everything recorded on a case.</summary>
    public CaseFile Records(long caseId)
    {
        using var db = store.CreateContext();
        var record = db.Cases.AsNoTracking().Include(c => c.Events).FirstOrDefault(c => c.Id == caseId) ?? throw new KeyNotFoundException($"there is no case {caseId}");
        return new CaseFile(
            record,
            db.Clues.AsNoTracking().Include(c => c.Findings).Include(c => c.Evaluations).AsSplitQuery().First(c => c.Id == record.ClueId),
            [.. db.Investigations.AsNoTracking().Where(i => i.CaseId == caseId).OrderBy(i => i.Id)],
            [.. db.Meetings.AsNoTracking().Include(m => m.Participants).Where(m => m.CaseId == caseId).OrderBy(m => m.Id)],
            [.. db.Recommendations.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id)],
            [.. db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.Id)],
            [.. db.CivilClaims.AsNoTracking().Where(c => c.CaseId == caseId).OrderBy(c => c.Id)],
            [.. db.CaseTransfers.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id)]);
    }

    private bool WorkflowRulesFinal(CaseRecord record) => procedure.Rules.Get(record.RulesVersion).Stage(record.Stage).Final;

    /// <summary>The records every stage implies, whichever way it was reached.</summary>
    private static void StageRecords(CasesDbContext db, CaseRecord record, CaseEvent caseEvent)
    {
        if (caseEvent.Stage == "recommendation" && !db.ChangeTracker.Entries<Recommendation>().Any(e => e.State == EntityState.Added))
        {
            db.Recommendations.Add(NewRecommendation(db, record, caseEvent, null, null, null));
        }

        if (caseEvent.Stage == "reply")
        {
            var recommendation = db.Recommendations.Where(r => r.CaseId == record.Id).OrderByDescending(r => r.Id).FirstOrDefault()
                ?? throw new ArgumentException($"case {record.Id} has no recommendation to reply to", nameof(caseEvent));
            recommendation.RepliedOn = caseEvent.Date;
            recommendation.Reply = caseEvent.Note;
        }
    }

    private static Recommendation NewRecommendation(CasesDbContext db, CaseRecord record, CaseEvent caseEvent, string? facts, IReadOnlyList<string>? basis, IReadOnlyList<string>? asks)
    {
        var clue = db.Clues.AsNoTracking().First(c => c.Id == record.ClueId);
        return new Recommendation
        {
            CaseId = record.Id,
            AgencySector = caseEvent.AgencySector!,
            Agency = caseEvent.Agency!,
            ServedOn = caseEvent.Date,
            Urgent = caseEvent.Urgent,
            Facts = string.IsNullOrWhiteSpace(facts) ? clue.Description : facts.Trim(),
            LegalBasis = basis is { Count: > 0 } ? string.Join(',', basis) : clue.LegalBasis,
            Asks = string.Join('\n', asks is { Count: > 0 } ? asks : DefaultAsks),
        };
    }
}

/// <summary>A case with its clue and every record.</summary>
public sealed record CaseFile(
    CaseRecord Case,
    Clues.Clue Clue,
    IReadOnlyList<InvestigationRecord> Investigations,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<CivilClaim> Claims,
    IReadOnlyList<CaseTransfer> Transfers);
