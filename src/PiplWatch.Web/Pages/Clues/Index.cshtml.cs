using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Clues;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages.Clues;

/// <summary>The procuratorate's clues, newest first, filtered by status and source.</summary>
public sealed class IndexModel(ClueService clues, ReferenceData reference) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    public IReadOnlyList<Clue> Clues { get; private set; } = [];

    public void OnGet()
    {
        var scope = UserScope.Of(User)!;
        Clues = [.. clues.List(string.IsNullOrEmpty(Status) ? null : Status)
            .Where(c => scope.CanSee(c, reference.Regions))
            .Where(c => string.IsNullOrEmpty(Source) || c.Source == Source)];
    }
}
