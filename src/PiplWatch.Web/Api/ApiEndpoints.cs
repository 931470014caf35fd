using Microsoft.AspNetCore.Authentication.Cookies;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Documents;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Core.Findings;
using PiplWatch.Web.Accounts;
using PiplWatch.Web.Hosting;

namespace PiplWatch.Web.Api;

/// <summary>
/// The REST API under <c>/api/v1</c>: the pages' operations for scripts — datasets and runs, clues, cases, deadlines,
/// documents. Token or cookie authentication, the same roles and procuratorate scope as the pages, snake_case JSON,
/// problem-details errors.
/// </summary>
internal static class ApiEndpoints
{
    private static object AuditView(Audits.AuditRecord a, Audits.AuditStore audits) => new
    {
        a.Id,
        a.Request.Kind,
        Target = audits.Mask(a.Request.Target),
        a.StartedBy,
        a.StartedAt,
        a.FinishedAt,
        a.Request.Region,
        a.Request.Sector,
        ComparedWith = a.Request.CompareWith,
        a.Totals,
        a.Findings,
        Page = $"/audits/{a.Id}",
    };

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(TokenAuthentication.SchemeName, CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole("procurator", "analyst", "administrator").Build())
            .WithTags("PiplWatch");

        api.MapGet("/datasets", (WebDataDirectory data) => new AnalyticsWorkspace(data.Path).Datasets().Select(d => new { d.Name, d.Role, d.Rows, d.SkippedRows, d.SourceSha256, d.ImportedAt, d.ImportedBy }))
            .WithSummary("Datasets in the workspace");
        api.MapGet("/runs", (WebDataDirectory data) => new AnalyticsWorkspace(data.Path).Runs())
            .WithSummary("Recorded model runs, newest first");
        api.MapGet("/runs/{runId}", (string runId, WebDataDirectory data) =>
            new AnalyticsWorkspace(data.Path).Runs().FirstOrDefault(r => r.RunId == runId) is { } run
                ? Results.Text(File.ReadAllText(run.File), "application/json")
                : Results.Problem($"there is no run {runId}", statusCode: 404))
            .WithSummary("A run record with its report and findings (personal data masked)");
        api.MapGet("/audits", (Audits.AuditStore audits) => audits.List().Select(a => AuditView(a, audits)))
            .WithSummary("Scans and audits, newest first (the latest 200); targets masked");
        api.MapGet("/audits/{id}", (string id, Audits.AuditStore audits) =>
            audits.Find(id) is { } audit
                ? Results.Ok(new { Audit = AuditView(audit, audits), Report = audits.Report(audit), Crawl = audits.Crawl(audit) })
                : Results.Problem($"there is no audit {id}", statusCode: 404))
            .WithSummary("An audit with its report (counts, masked paths, the comparison) and crawl");

        api.MapGet("/clues", (string? status, string? source, int? page, HttpContext http, ClueService clues, ReferenceData reference) =>
            Scope(http).RegionPrefix(reference.Regions) is { } prefix
                ? Results.Ok(new { Total = clues.Count(prefix, status, source), Page = page ?? 1, PageSize = 100, Clues = clues.Page(prefix, status, source, page ?? 1, 100) })
                : Results.Problem("only a procuratorate's users see clues", statusCode: 403))
            .WithSummary("Clues of the procuratorate, newest first, 100 a page");
        api.MapGet("/clues/{id:long}", (long id, HttpContext http, ClueService clues, ReferenceData reference) =>
            Find(() => clues.Get(id), c => Scope(http).CanSee(c, reference.Regions), ClueView))
            .WithSummary("A clue");
        api.MapPost("/clues/import-findings", (FindingsReport report, HttpContext http, ClueService clues) =>
            Run(() => clues.ImportFindings(report, FindingsReportJson.Sha256(report), http.User.Identity!.Name!)))
            .WithSummary("One clue per finding of a report, created or merged");
        api.MapPost("/clues/{id:long}/evaluation", (long id, EvaluationInput input, HttpContext http, ClueService clues, ReferenceData reference) =>
            Guarded(http, () => clues.Get(id), c => Scope(http).CanSee(c, reference.Regions), _ => clues.Evaluate(id, input, http.User.Identity!.Name!), decide: true))
            .WithSummary("Evaluate a clue (procurator)");

        api.MapGet("/cases", (string? stage, int? page, HttpContext http, CaseService cases, ReferenceData reference) =>
            Scope(http).RegionPrefix(reference.Regions) is { } prefix && cases.Page(prefix, stage, page ?? 1, 100) is var (rows, total)
                ? Results.Ok(new { Total = total, Page = page ?? 1, PageSize = 100, Cases = rows.Select(c => new { c.Id, c.ClueId, c.Kind, c.Stage, c.Title, c.Procuratorate, c.OpenedOn }) })
                : Results.Problem("only a procuratorate's users see cases", statusCode: 403))
            .WithSummary("Cases of the procuratorate, newest first, 100 a page");
        api.MapGet("/cases/{id:long}", (long id, HttpContext http, CaseService cases, ReferenceData reference) =>
            Find(() => cases.Get(id), c => Scope(http).CanSee(c, reference.Regions), CaseView))
            .WithSummary("A case with its events");
        api.MapGet("/cases/{id:long}/deadlines", (long id, HttpContext http, CaseService cases, ReferenceData reference) =>
            Find(() => cases.Get(id), c => Scope(http).CanSee(c, reference.Regions), c => cases.Deadlines(c, cases.Today)))
            .WithSummary("What is due, with rule, source, whether confirmed, and the computation");
        api.MapPost("/cases", (OpenCaseRequest request, HttpContext http, ClueService clues, CaseService cases, ReferenceData reference) =>
            Guarded(http, () => clues.Get(request.ClueId), c => Scope(http).CanSee(c, reference.Regions), _ => CaseView(cases.Open(request.ClueId, CaseKinds.Parse(request.Kind), http.User.Identity!.Name!, request.Date)), decide: true))
            .WithSummary("Open a case on an evaluated clue (procurator)");
        api.MapPost("/cases/{id:long}/advance", (long id, AdvanceRequest request, HttpContext http, CaseService cases, ReferenceData reference) =>
            Guarded(http, () => cases.Get(id), c => Scope(http).CanSee(c, reference.Regions), _ => CaseView(cases.Advance(id, request, http.User.Identity!.Name!)), decide: true))
            .WithSummary("Record the stage a case reached (procurator)");
        api.MapPost("/cases/{id:long}/documents", (long id, DocumentRequest request, HttpContext http, CaseService cases, DocumentService documents, ReferenceData reference) =>
            Guarded(http, () => cases.Get(id), c => Scope(http).CanSee(c, reference.Regions), _ =>
            {
                var (generated, _) = documents.Generate(id, request.Kind, http.User.Identity!.Name!);
                return new { generated.Kind, generated.Sha256, generated.TemplateSha256, generated.EvidenceItemId, Download = $"/api/v1/cases/{id}/evidence/{generated.EvidenceItemId}" };
            }, decide: true))
            .WithSummary("Generate a document of the case (procurator)");
        api.MapGet("/cases/{id:long}/evidence", (long id, HttpContext http, CaseService cases, EvidenceLocker locker, ReferenceData reference) =>
            Find(() => cases.Get(id), c => Scope(http).CanSee(c, reference.Regions), _ => locker.List(id).Select(e => new { e.Id, e.Kind, e.Sha256, e.Length, e.FileName, e.Description, e.RunId, e.AddedAt, e.AddedBy })))
            .WithSummary("The case's evidence items with their hashes");
        api.MapGet("/cases/{id:long}/evidence/{item:long}", (long id, long item, HttpContext http, CaseService cases, EvidenceLocker locker, ReferenceData reference) =>
        {
            var found = Find(() => cases.Get(id), c => Scope(http).CanSee(c, reference.Regions), c => c);
            if (found is not IValueHttpResult { Value: CaseRecord } || locker.List(id).FirstOrDefault(e => e.Id == item) is not { } evidence)
            {
                return Results.Problem($"there is no evidence item {item} in case {id}", statusCode: 404);
            }

            try
            {
                var (content, _) = locker.ReadVerified(item, http.User.Identity!.Name!, "downloaded through the API");
                return Results.File(content, ContentTypes.Of(evidence.FileName), evidence.FileName);
            }
            catch (InvalidDataException ex)
            {
                return Results.Problem(ex.Message, statusCode: 409);
            }
        }).WithSummary("Download an evidence item, its hash checked first");
    }

    private static UserScope Scope(HttpContext http) => UserScope.Of(http.User)!;

    private static IResult Find<T, TView>(Func<T> load, Func<T, bool> visible, Func<T, TView> view)
    {
        try
        {
            var value = load();
            return visible(value) ? Results.Ok(view(value)) : Results.Problem("not found", statusCode: 404);
        }
        catch (KeyNotFoundException ex)
        {
            return Results.Problem(ex.Message, statusCode: 404);
        }
    }

    private static IResult Run<T>(Func<T> action)
    {
        try
        {
            return Results.Ok(action());
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException)
        {
            return Results.Problem(ErrorText.Of(ex), statusCode: 400);
        }
        catch (KeyNotFoundException ex)
        {
            return Results.Problem(ex.Message, statusCode: 404);
        }
    }

    private static IResult Guarded<T, TResult>(HttpContext http, Func<T> load, Func<T, bool> visible, Func<T, TResult> action, bool decide)
    {
        if (decide && !http.User.IsInRole("procurator"))
        {
            return Results.Problem("only a procurator decides on clues and cases", statusCode: 403);
        }

        T value;
        try
        {
            value = load();
        }
        catch (KeyNotFoundException ex)
        {
            return Results.Problem(ex.Message, statusCode: 404);
        }

        return visible(value) ? Run(() => action(value)) : Results.Problem("not found", statusCode: 404);
    }

    private static object ClueView(Clue c) => new
    {
        c.Id,
        c.Status,
        c.Source,
        c.Title,
        c.Subject,
        c.Model,
        c.Kind,
        c.Description,
        c.Region,
        c.Procuratorate,
        c.Score,
        LegalBasis = c.LegalBasis.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Sectors = c.Sectors.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Findings = c.Findings.Count,
        Criminal = ClueService.Assess(c) is { } a ? new { a.Level, a.Score, a.ConsiderReferral } : null,
        ReceivedAt = c.ReceivedAt.ToOffset(TimeSpan.FromHours(8)),
    };

    private static object CaseView(CaseRecord c) => new
    {
        c.Id,
        c.ClueId,
        c.Kind,
        c.Stage,
        c.RulesVersion,
        c.Title,
        c.Subject,
        c.Region,
        c.Procuratorate,
        c.AgencySector,
        c.OpenedOn,
        Events = c.Events.OrderBy(e => e.Id).Select(e => new { e.Stage, e.Date, e.AgencySector, e.Agency, e.Urgent, e.Note, e.RecordedBy }),
    };

    /// <summary>Open a case.</summary>
    internal sealed record OpenCaseRequest(long ClueId, string Kind, DateOnly? Date);

    /// <summary>Generate a document.</summary>
    internal sealed record DocumentRequest(string Kind);
}
