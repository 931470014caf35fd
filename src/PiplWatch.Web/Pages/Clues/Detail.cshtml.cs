using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Clues;

/// <summary>One clue: its findings, hand-overs and evaluations; a procurator evaluates it and opens a case on it.</summary>
public sealed class DetailModel(ClueService clues, CaseService cases, ReferenceData reference, IAuthorizationService authorization, PiplWatch.Cases.Accounts.AccountService accounts) : DecisionPageModel(authorization)
{
    public Clue Clue { get; private set; } = null!;

    [BindProperty]
    public EvaluationForm Evaluation { get; set; } = new();

    [BindProperty]
    public string Kind { get; set; } = "administrative";

    [BindProperty]
    public string? RevealReason { get; set; }

    /// <summary><c>up</c> or the region code of the procuratorate with jurisdiction.</summary>
    [BindProperty]
    public string HandoverTo { get; set; } = "up";

    [BindProperty]
    public string HandoverReason { get; set; } = string.Empty;

    /// <summary>The reporter's whole contact, after an audited reveal.</summary>
    public string? Revealed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id) => await Load(id) ?? Page();

    /// <summary>A procurator may see the reporter's whole contact (to call back), with a reason written to the audit log.</summary>
    public async Task<IActionResult> OnPostRevealAsync(long id)
    {
        if (await Load(id) is { } refused)
        {
            return refused;
        }

        if (!CanDecide)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(RevealReason) || RevealReason.Trim().Length < 4)
        {
            Error = T("查看完整信息须写明理由", "A reveal needs its reason.");
            return Page();
        }

        accounts.Audit(User.Identity!.Name!, "reveal", $"clue:{id}:contact", RevealReason.Trim());
        Revealed = Clue.Contact;
        return Page();
    }

    public Task<IActionResult> OnPostEvaluateAsync(long id) => DecideAsync(id, () =>
    {
        clues.Evaluate(id, new EvaluationInput
        {
            PublicInterestHarmed = Evaluation.PublicInterestHarmed,
            ManyAffected = Evaluation.ManyAffected,
            DutySector = string.IsNullOrEmpty(Evaluation.DutySector) ? null : Evaluation.DutySector,
            AgencyFailed = Evaluation.AgencyFailed,
            Decision = Evaluation.Decision,
            Reasons = Evaluation.Reasons ?? string.Empty,
        }, User.Identity!.Name!);
        return Redirect($"/clues/{id}");
    });

    public Task<IActionResult> OnPostOpenAsync(long id) => DecideAsync(id, () =>
    {
        var record = cases.Open(id, CaseKinds.Parse(Kind), User.Identity!.Name!);
        return Redirect($"/cases/{record.Id}");
    });

    /// <summary>Hands the clue over (移送) to the procuratorate with jurisdiction; it leaves this one's list.</summary>
    public Task<IActionResult> OnPostHandoverAsync(long id) => DecideAsync(id, () =>
    {
        if (Clue.Status == ClueStatuses.Opened)
        {
            Error = T("已立案的线索随案件移送（在案件页面操作）。", "A clue with a case moves with the case (transfer it on the case's page).");
            return Page();
        }

        var handover = clues.HandOver(id, HandoverTo.Trim(), HandoverReason, User.Identity!.Name!);
        return UserScope.Of(User)!.CanSee(clues.Get(id), reference.Regions)
            ? Redirect($"/clues/{id}")
            : Redirect($"/clues?moved={id}&to={Uri.EscapeDataString(handover.ToProcuratorate)}");
    });

    protected override IActionResult? LoadRecord(long id)
    {
        Clue found;
        try
        {
            found = clues.Get(id);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        // Another procuratorate's clue is not found, not forbidden: its existence is not disclosed.
        if (!UserScope.Of(User)!.CanSee(found, reference.Regions))
        {
            return NotFound();
        }

        Clue = found;
        return null;
    }

    public sealed class EvaluationForm
    {
        public bool PublicInterestHarmed { get; set; }

        public bool ManyAffected { get; set; }

        public string? DutySector { get; set; }

        public bool AgencyFailed { get; set; }

        public string Decision { get; set; } = "open";

        public string? Reasons { get; set; }
    }
}
