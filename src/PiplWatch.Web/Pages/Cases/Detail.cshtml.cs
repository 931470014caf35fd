using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PiplWatch.Cases.Documents;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages.Cases;

/// <summary>
/// One case: its timeline, what is due (with the computation and the rule's source), its records, evidence with hashes
/// and documents to generate and download. A procurator records the next stage here.
/// </summary>
public sealed class DetailModel(CaseService cases, DocumentService documents, EvidenceLocker locker, ReferenceData reference, IAuthorizationService authorization) : DecisionPageModel(authorization)
{
    public CaseFile Record { get; private set; } = null!;

    public IReadOnlyList<DueItem> Deadlines { get; private set; } = [];

    public IReadOnlyList<EvidenceItem> Evidence { get; private set; } = [];

    public IReadOnlyList<CaseDocument> Documents { get; private set; } = [];

    public RulesVersion Rules { get; private set; } = null!;

    [BindProperty]
    public string To { get; set; } = string.Empty;

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public bool Urgent { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string DocumentKind { get; set; } = string.Empty;

    /// <summary><c>up</c> or the region code of the receiving procuratorate.</summary>
    [BindProperty]
    public string TransferTo { get; set; } = "up";

    [BindProperty]
    public string TransferReason { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(long id) => await Load(id) ?? Page();

    public Task<IActionResult> OnPostAdvanceAsync(long id) => DecideAsync(id, () =>
    {
        cases.Advance(id, new AdvanceRequest { To = To, Date = Date, AgencySector = string.IsNullOrEmpty(Agency) ? null : Agency, Urgent = Urgent, Note = Note }, User.Identity!.Name!);
        return Redirect($"/cases/{id}");
    });

    public Task<IActionResult> OnPostDocumentAsync(long id) => DecideAsync(id, () =>
    {
        var (generated, content) = documents.Generate(id, DocumentKind, User.Identity!.Name!);
        return File(content, ContentTypes.Of(generated.Path), generated.Path);
    });

    public Task<IActionResult> OnPostTransferAsync(long id) => DecideAsync(id, () =>
    {
        var transfer = cases.Transfer(id, TransferTo.Trim(), TransferReason, User.Identity!.Name!);
        return UserScope.Of(User)!.CanSee(cases.Get(id), reference.Regions)
            ? Redirect($"/cases/{id}")
            : Redirect($"/cases?moved={id}&to={Uri.EscapeDataString(transfer.ToProcuratorate)}");
    });

    protected override IActionResult? LoadRecord(long id)
    {
        CaseFile file;
        try
        {
            file = cases.Records(id);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        if (!UserScope.Of(User)!.CanSee(file.Case, reference.Regions))
        {
            return NotFound();
        }

        Record = file;
        Rules = cases.Procedure.Rules.Get(file.Case.RulesVersion);
        Deadlines = cases.Deadlines(file.Case, cases.Today);
        Evidence = locker.List(id);
        Documents = documents.List(id);
        return null;
    }
}
