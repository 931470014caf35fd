using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Store;
using PiplWatch.Cases.Thresholds;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

namespace PiplWatch.Cases.Clues;

/// <summary>What happened to one finding of an imported report.</summary>
public sealed record ClueImportResult(long ClueId, string FindingId, bool Created, bool AlreadyImported);

/// <summary>A clue entered by a person (volunteer, hotline, criminal referral, manual).</summary>
public sealed record ClueDraft
{
    /// <summary>One of <see cref="ClueSources"/> other than model-run and audit.</summary>
    public required string Source { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>Who or what it is about.</summary>
    public required string Subject { get; init; }

    /// <summary>What was reported.</summary>
    public required string Description { get; init; }

    /// <summary>Region code where it happened.</summary>
    public required string Region { get; init; }

    /// <summary>The reporter's contact.</summary>
    public string? Contact { get; init; }

    /// <summary>Sector ids that may be competent.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Files that came with the report.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Figures for the criminal thresholds, when the reporter or a referral gives them.</summary>
    public ThresholdFigures? Figures { get; init; }

    /// <summary>The volunteer's account, when signed in.</summary>
    public string? ReportedBy { get; init; }
}

/// <summary>The evaluation checklist (评估) and its decision.</summary>
public sealed record EvaluationInput
{
    /// <summary>Is the public interest harmed?</summary>
    public required bool PublicInterestHarmed { get; init; }

    /// <summary>Are many people affected?</summary>
    public required bool ManyAffected { get; init; }

    /// <summary>The sector whose agency has the duty (administrative cases).</summary>
    public string? DutySector { get; init; }

    /// <summary>Has that agency failed its duty?</summary>
    public required bool AgencyFailed { get; init; }

    /// <summary><c>open</c> or <c>decline</c>.</summary>
    public required string Decision { get; init; }

    /// <summary>Reasons (required to decline).</summary>
    public string Reasons { get; init; } = string.Empty;
}

/// <summary>
/// Clues: created from findings (merged by model, kind, subject and region, which the finding id encodes) or by hand,
/// routed to the procuratorate with jurisdiction, handed over with a record, evaluated. Each call is one transaction.
/// </summary>
public sealed class ClueService(CaseStore store, ReferenceData reference, TimeProvider? time = null, ContentStore? content = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Creates or merges one clue per finding of <paramref name="report"/>.</summary>
    /// <exception cref="InvalidDataException">The report breaks Core's contract.</exception>
    public IReadOnlyList<ClueImportResult> ImportFindings(FindingsReport report, string reportSha256, string user)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problems = FindingsReportValidator.Validate(report, reference.Legal, reference.Sectors);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"the report breaks the findings contract: {string.Join("; ", problems.Take(3))}");
        }

        // The disclosure audit (Detection's AuditFindings.Model) makes audit clues; every other model a model-run clue.
        var source = report.Model.StartsWith("audit", StringComparison.Ordinal) || report.Model == "disclosure-audit" ? ClueSources.Audit : ClueSources.ModelRun;
        using var db = store.CreateContext();
        var keys = report.Findings.Select(f => f.Id).ToList();
        var existing = db.Clues.Include(c => c.Findings).Where(c => c.MergeKey != null && keys.Contains(c.MergeKey)).ToDictionary(c => c.MergeKey!);
        var results = new List<ClueImportResult>();
        var now = _time.GetUtcNow();
        foreach (var finding in report.Findings)
        {
            var evidence = JsonSerializer.Serialize(finding.Evidence, ReferenceJson.Compact);
            var row = new ClueFinding
            {
                FindingId = finding.Id,
                RunId = report.RunId,
                ModelVersion = report.ModelVersion,
                Reason = finding.Reason,
                Score = finding.Score,
                EvidenceJson = evidence,
                ReportSha256 = reportSha256,
                RunFinishedAt = report.FinishedAt,
            };
            if (existing.TryGetValue(finding.Id, out var clue))
            {
                var already = clue.Findings.Any(f => f.RunId == report.RunId && f.FindingId == finding.Id);
                if (!already)
                {
                    SetFigures(clue, FiguresOf(finding));
                    clue.Findings.Add(row);
                    clue.Score = Math.Max(clue.Score, finding.Score);
                    clue.Description = finding.Reason;
                    clue.Version++;
                }

                results.Add(new ClueImportResult(clue.Id, finding.Id, Created: false, AlreadyImported: already));
                continue;
            }

            clue = new Clue
            {
                Source = source,
                MergeKey = finding.Id,
                Title = Title(finding.Reason),
                Subject = finding.Subject,
                Model = report.Model,
                Kind = finding.Kind,
                Description = finding.Reason,
                Region = finding.Region,
                LegalBasis = string.Join(',', finding.LegalBasis),
                Sectors = string.Join(',', finding.Sectors),
                Score = finding.Score,
                ReceivedAt = now,
                ReceivedBy = user,
                Findings = [row],
            };
            SetFigures(clue, FiguresOf(finding));
            Route(clue);
            db.Clues.Add(clue);
            existing[finding.Id] = clue;
            results.Add(new ClueImportResult(0, finding.Id, Created: true, AlreadyImported: false));
        }

        db.SaveChanges();

        // Ids of new clues are known only after the save.
        return [.. results.Select(r => r.Created ? r with { ClueId = existing[r.FindingId].Id } : r)];
    }

    /// <summary>Records a clue entered by a person.</summary>
    /// <exception cref="ArgumentException">Unknown source or region.</exception>
    public Clue Create(ClueDraft draft, string user)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!ClueSources.All.Contains(draft.Source) || draft.Source is ClueSources.ModelRun or ClueSources.Audit)
        {
            throw new ArgumentException($"source '{draft.Source}': use volunteer, criminal-referral, hotline or manual (model runs and audits are imported with import-findings)", nameof(draft));
        }

        _ = reference.Regions.Get(draft.Region);
        var missing = draft.Attachments.Where(a => !File.Exists(a)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"attachments not found: {string.Join(", ", missing)}", nameof(draft));
        }

        if (draft.Attachments.Count > 0 && content is null)
        {
            throw new InvalidOperationException("this clue service has no content store for attachments");
        }

        var clue = new Clue
        {
            Source = draft.Source,
            Title = draft.Title,
            Subject = draft.Subject,
            Description = draft.Description,
            Region = draft.Region,
            Contact = draft.Contact,
            Sectors = string.Join(',', draft.Sectors),
            ReceivedAt = _time.GetUtcNow(),
            ReceivedBy = user,
            ReportedBy = draft.ReportedBy,
            TrackingCode = draft.Source == ClueSources.Volunteer ? NewTrackingCode() : null,
            Attachments = [.. draft.Attachments.Select(a => new ClueAttachment { Sha256 = content!.Put(File.ReadAllBytes(a)), FileName = Path.GetFileName(a), Length = new FileInfo(a).Length, AddedAt = _time.GetUtcNow() })],
        };
        if (draft.Figures is { } figures)
        {
            _ = CriminalThresholds.Assess(figures);
            SetFigures(clue, figures);
        }

        Route(clue);
        using var db = store.CreateContext();
        db.Clues.Add(clue);
        db.SaveChanges();
        return clue;
    }

    /// <summary>The clue with its findings, hand-overs and evaluations.</summary>
    /// <exception cref="KeyNotFoundException">No such clue.</exception>
    public Clue Get(long id)
    {
        using var db = store.CreateContext();
        return db.Clues.AsNoTracking().AsSplitQuery().Include(c => c.Findings).Include(c => c.Handovers).Include(c => c.Evaluations).Include(c => c.Attachments).FirstOrDefault(c => c.Id == id)
            ?? throw new KeyNotFoundException($"there is no clue {id}");
    }

    /// <summary>Clues, newest first, optionally of one status.</summary>
    public IReadOnlyList<Clue> List(string? status = null)
    {
        using var db = store.CreateContext();
        var query = db.Clues.AsNoTracking().Include(c => c.Findings).AsSplitQuery();
        if (status is not null)
        {
            query = query.Where(c => c.Status == status);
        }

        return [.. query.OrderByDescending(c => c.Id)];
    }

    /// <summary>A volunteer's view of a report: its status only, found by the tracking code; null for an unknown code.</summary>
    public (string Status, DateTimeOffset ReceivedAt, string? Procuratorate)? Track(string trackingCode)
    {
        var code = trackingCode.Trim().ToUpperInvariant();
        using var db = store.CreateContext();
        var clue = db.Clues.AsNoTracking().FirstOrDefault(c => c.TrackingCode == code);
        return clue is null ? null : (clue.Status, clue.ReceivedAt, clue.Procuratorate);
    }

    /// <summary>The reports a volunteer made signed in, newest first.</summary>
    public IReadOnlyList<Clue> ReportsOf(string userName)
    {
        using var db = store.CreateContext();
        return [.. db.Clues.AsNoTracking().Where(c => c.ReportedBy == userName).OrderByDescending(c => c.Id)];
    }

    /// <summary>Records the figures the criminal thresholds count (from a referral, a report or the investigation).</summary>
    public Clue SetFigures(long id, ThresholdFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _ = CriminalThresholds.Assess(figures);
        using var db = store.CreateContext();
        var clue = Load(db, id);
        SetFigures(clue, figures);
        clue.Version++;
        db.SaveChanges();
        return clue;
    }

    /// <summary>How the clue's figures stand against the thresholds of 法释〔2017〕10号 art. 5; null without figures.</summary>
    public static ThresholdAssessment? Assess(Clue clue)
    {
        ArgumentNullException.ThrowIfNull(clue);
        var figures = new ThresholdFigures { Sensitive = clue.ItemsSensitive, Important = clue.ItemsImportant, Other = clue.ItemsOther, Gains = clue.IllegalGains, Insider = clue.Insider };
        return figures.IsEmpty ? null : CriminalThresholds.Assess(figures);
    }

    /// <summary>
    /// The figures a finding carries in its evidence: <c>items_sensitive</c>, <c>items_important</c>,
    /// <c>items_other</c>, <c>illegal_gains</c>, <c>insider</c> (a model declares them), and an audit's
    /// <c>unmasked_ids</c>, each a person's data published (publishing is "providing", art. 3), counted as other items.
    /// </summary>
    public static ThresholdFigures? FiguresOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        long Sum(string key) => (long)finding.Evidence.Sum(e => Number(e[key]));
        var figures = new ThresholdFigures
        {
            Sensitive = Sum("items_sensitive"),
            Important = Sum("items_important"),
            Other = Sum("items_other") + Sum("unmasked_ids"),
            Gains = finding.Evidence.Sum(e => Number(e["illegal_gains"])),
            Insider = finding.Evidence.Any(e => e["insider"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.True),
        };
        return figures.IsEmpty ? null : figures;
    }

    /// <summary>
    /// One page of clues routed to procuratorates whose region code starts with <paramref name="regionPrefix"/> (a
    /// province's two digits, a city's four, a county's six), newest first, filtered in the database.
    /// </summary>
    public IReadOnlyList<ClueRow> Page(string regionPrefix, string? status, string? source, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        using var db = store.CreateContext();
        return [.. Filter(db, regionPrefix, status, source).OrderByDescending(c => c.Id).Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)
            .Select(c => new ClueRow(c.Id, c.Status, c.Source, c.Subject, c.Title, c.Procuratorate, c.Findings.Count, c.Score, c.ItemsSensitive, c.ItemsImportant, c.ItemsOther, c.IllegalGains, c.Insider))];
    }

    /// <summary>How many clues <see cref="Page"/> pages through.</summary>
    public int Count(string regionPrefix, string? status, string? source)
    {
        using var db = store.CreateContext();
        return Filter(db, regionPrefix, status, source).Count();
    }

    private static IQueryable<Clue> Filter(CasesDbContext db, string regionPrefix, string? status, string? source)
    {
        var query = db.Clues.AsNoTracking().Under(regionPrefix);
        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(c => c.Status == status);
        }

        if (!string.IsNullOrEmpty(source))
        {
            query = query.Where(c => c.Source == source);
        }

        return query;
    }

    /// <summary>Clue counts by status for procuratorates under <paramref name="regionPrefix"/>, counted in the database.</summary>
    public IReadOnlyDictionary<string, int> CountByStatus(string regionPrefix)
    {
        using var db = store.CreateContext();
        return db.Clues.AsNoTracking().Under(regionPrefix)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(x => x.Key, x => x.Count, StringComparer.Ordinal);
    }

    /// <summary>Routes the clue again to the procuratorate with jurisdiction over its region.</summary>
    public Clue Reroute(long id)
    {
        using var db = store.CreateContext();
        var clue = Load(db, id);
        Route(clue);
        clue.Version++;
        db.SaveChanges();
        return clue;
    }

    /// <summary>
    /// Hands the clue over (移送) to the procuratorate of <paramref name="toRegion"/>, or one level up when it is
    /// <c>up</c> (O1: out-of-district clues went up to the city), with the reason on record.
    /// </summary>
    /// <exception cref="ArgumentException">No reason, unknown region, or already at the top.</exception>
    public ClueHandover HandOver(long id, string toRegion, string reason, string user)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("a hand-over needs its reason", nameof(reason));
        }

        using var db = store.CreateContext();
        var clue = Load(db, id);
        var from = clue.ProcuratorateRegion ?? clue.Region;
        var target = reference.Procuratorates.Receiving(from, toRegion);
        var handover = new ClueHandover
        {
            FromProcuratorate = clue.Procuratorate ?? "（未分派）",
            ToProcuratorate = target.Name,
            ToRegion = target.RegionCode,
            Reason = reason.Trim(),
            At = _time.GetUtcNow(),
            By = user,
        };
        clue.Handovers.Add(handover);
        clue.Procuratorate = target.Name;
        clue.ProcuratorateRegion = target.RegionCode;
        clue.ProcuratorateDerived = target.IsDerived;
        clue.Status = ClueStatuses.HandedOver;
        clue.Version++;
        db.SaveChanges();
        return handover;
    }

    /// <summary>Records the evaluation; the decision sets the clue's status.</summary>
    /// <exception cref="ArgumentException">A decision the checklist does not support, or a decline without reasons.</exception>
    public ClueEvaluation Evaluate(long id, EvaluationInput input, string user)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Decision is not ("open" or "decline"))
        {
            throw new ArgumentException($"decision '{input.Decision}': open (立案) or decline (不予立案)", nameof(input));
        }

        if (input.Decision == "decline" && string.IsNullOrWhiteSpace(input.Reasons))
        {
            throw new ArgumentException("不予立案 needs its reasons", nameof(input));
        }

        if (input.Decision == "open" && !input.PublicInterestHarmed)
        {
            throw new ArgumentException("立案 needs the public interest to be harmed (the checklist says it is not)", nameof(input));
        }

        if (input.DutySector is { } sector && reference.Sectors.Find(sector) is null)
        {
            throw new ArgumentException($"'{sector}' is not a sector (see piplwatch agency sectors)", nameof(input));
        }

        using var db = store.CreateContext();
        var clue = Load(db, id);
        if (clue.Status == ClueStatuses.Opened)
        {
            throw new ArgumentException($"clue {id} already has a case", nameof(id));
        }

        var evaluation = new ClueEvaluation
        {
            PublicInterestHarmed = input.PublicInterestHarmed,
            ManyAffected = input.ManyAffected,
            DutySector = input.DutySector,
            AgencyFailed = input.AgencyFailed,
            Decision = input.Decision,
            Reasons = input.Reasons.Trim(),
            At = _time.GetUtcNow(),
            By = user,
        };
        clue.Evaluations.Add(evaluation);
        clue.Status = input.Decision == "open" ? ClueStatuses.Accepted : ClueStatuses.Declined;
        clue.Version++;
        db.SaveChanges();
        return evaluation;
    }

    private static Clue Load(CasesDbContext db, long id) =>
        db.Clues.Include(c => c.Handovers).Include(c => c.Evaluations).AsSplitQuery().FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"there is no clue {id}");

    // Evidence read from a report file holds JSON elements, evidence built in code holds CLR numbers: read both as text.
    private static decimal Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
            ? number : 0;

    private static void SetFigures(Clue clue, ThresholdFigures? figures)
    {
        if (figures is null)
        {
            return;
        }

        clue.ItemsSensitive = figures.Sensitive;
        clue.ItemsImportant = figures.Important;
        clue.ItemsOther = figures.Other;
        clue.IllegalGains = figures.Gains;
        clue.Insider = figures.Insider;
    }

    private void Route(Clue clue)
    {
        // A run without --region (000000) cannot be routed: the clue waits for a region.
        if (reference.Regions.Find(clue.Region) is not { } region)
        {
            clue.Procuratorate = null;
            clue.ProcuratorateRegion = null;
            return;
        }

        var procuratorate = reference.Procuratorates.For(region.Code);
        clue.Procuratorate = procuratorate.Name;
        clue.ProcuratorateRegion = procuratorate.RegionCode;
        clue.ProcuratorateDerived = procuratorate.IsDerived;
    }

    // Ten characters of an alphabet without look-alikes (no 0/O, 1/I): about 2^50 codes, not guessable one by one.
    private static string NewTrackingCode() => string.Create(10, 0, (span, _) =>
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
    });

    private static string Title(string reason)
    {
        var first = reason.Split('；', '。')[0];
        return first.Length <= 60 ? first : first[..60] + "…";
    }
}

/// <summary>A clue as lists show it, without its findings loaded.</summary>
public sealed record ClueRow(long Id, string Status, string Source, string Subject, string Title, string? Procuratorate, int Findings, double Score, long ItemsSensitive, long ItemsImportant, long ItemsOther, decimal IllegalGains, bool Insider)
{
    /// <summary>How the figures stand against the criminal thresholds; null without figures.</summary>
    public ThresholdAssessment? Assessment
    {
        get
        {
            var figures = new ThresholdFigures { Sensitive = ItemsSensitive, Important = ItemsImportant, Other = ItemsOther, Gains = IllegalGains, Insider = Insider };
            return figures.IsEmpty ? null : CriminalThresholds.Assess(figures);
        }
    }
}
