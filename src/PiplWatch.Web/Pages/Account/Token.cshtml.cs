using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages.Account;

/// <summary>A user issues an API token for scripts; it is shown once and replaces the earlier one.</summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class TokenModel(AccountService accounts) : PageModel
{
    public string? Token { get; private set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
        var id = long.Parse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Token = accounts.IssueToken(id);
    }
}
