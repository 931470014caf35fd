using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Procedure;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages.Cases;

/// <summary>The procuratorate's cases, newest first.</summary>
public sealed class IndexModel(CaseService cases, ReferenceData reference) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    /// <summary>A case just transferred out of the user's reach, to say where it went.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public long? Moved { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "to")]
    public string? MovedTo { get; set; }

    public IReadOnlyList<CaseRecord> Cases { get; private set; } = [];

    /// <summary>The rules versions, for stage names.</summary>
    public PiplWatch.Cases.Workflow.RulesCatalog Rules => cases.Procedure.Rules;

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public void OnGet()
    {
        var prefix = UserScope.Of(User)!.RegionPrefix(reference.Regions);
        if (prefix is null)
        {
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        (Cases, Total) = cases.Page(prefix, Stage, PageNumber, PageSize);
    }
}
