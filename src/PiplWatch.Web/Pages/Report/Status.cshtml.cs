using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Clues;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Report;

/// <summary>A reporter follows a report by its tracking code: the status and the procuratorate only, nothing internal.</summary>
public sealed class StatusModel(ClueService clues) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public (string Status, DateTimeOffset ReceivedAt, string? Procuratorate)? Found { get; private set; }

    public IReadOnlyList<Clue> Mine { get; private set; } = [];

    public void OnGet()
    {
        if (!string.IsNullOrWhiteSpace(Code))
        {
            Found = clues.Track(Code);
        }

        if (User.IsInRole(PiplWatch.Cases.Accounts.Roles.Volunteer))
        {
            Mine = clues.ReportsOf(User.Identity!.Name!);
        }
    }

    /// <summary>What a reporter is told of each status, in the page's language.</summary>
    public static string Public(string status) => status switch
    {
        ClueStatuses.Received => T("已受理，待评估", "Received; to be evaluated"),
        ClueStatuses.HandedOver => T("已移送有管辖权的检察院", "Handed over to the procuratorate with jurisdiction"),
        ClueStatuses.Accepted or ClueStatuses.Opened => T("已立案办理", "A case has been opened"),
        ClueStatuses.Declined => T("经评估不予立案", "Evaluated; no case will be opened"),
        _ => status,
    };
}
