using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;
using PiplWatch.Web.Accounts;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Account;

/// <summary>Sign-in with a user name and password; failures are logged in the audit log and say nothing about which part was wrong.</summary>
public sealed class LoginModel(AccountService accounts) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var signedIn = accounts.SignIn(UserName.Trim(), Password);
        if (signedIn is not { } found)
        {
            Error = T("用户名或密码不正确", "Wrong user name or password");
            return Page();
        }

        var identity = new ClaimsIdentity(UserScope.Claims(found.User, found.Organisation), CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/dashboard");
    }
}
