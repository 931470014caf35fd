using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages;

/// <summary>The work bench after sign-in: the procuratorate's clues by status, cases by stage, and what is due.</summary>
public sealed class DashboardModel(ClueService clues, CaseService cases, ReferenceData reference) : PageModel
{
    public UserScope Scope { get; private set; } = null!;

    public IReadOnlyList<(string Status, int Count)> CluesByStatus { get; private set; } = [];

    public IReadOnlyList<(string Stage, string Zh, int Count)> CasesByStage { get; private set; } = [];

    public IReadOnlyList<(CaseRecord Case, DueItem Item)> Reminders { get; private set; } = [];

    public void OnGet()
    {
        Scope = UserScope.Of(User)!;
        if (Scope.RegionPrefix(reference.Regions) is not { } prefix)
        {
            return;
        }

        // Counted in the database; only open cases are loaded, to compute what is due.
        CluesByStatus = [.. clues.CountByStatus(prefix).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Value))];
        var rules = WorkflowRules.Current;
        CasesByStage = [.. cases.CountByStage(prefix).OrderBy(g => rules.Stages.ToList().FindIndex(s => s.Id == g.Key)).Select(g => (g.Key, rules.Stage(g.Key).Zh, g.Value))];
        Reminders = cases.Reminders(prefix);
    }
}
