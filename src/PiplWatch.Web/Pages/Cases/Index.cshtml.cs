using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Procedure;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages.Cases;

/// <summary>The procuratorate's cases, newest first.</summary>
public sealed class IndexModel(CaseService cases, ReferenceData reference) : PageModel
{
    public IReadOnlyList<CaseRecord> Cases { get; private set; } = [];

    public void OnGet()
    {
        var scope = UserScope.Of(User)!;
        Cases = [.. cases.List().Where(c => scope.CanSee(c, reference.Regions))];
    }
}
