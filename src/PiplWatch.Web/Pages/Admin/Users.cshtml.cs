using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;

namespace PiplWatch.Web.Pages.Admin;

/// <summary>Users and organisations: the administrator lists them and creates accounts.</summary>
public sealed class UsersModel(AccountService accounts) : PageModel
{
    public IReadOnlyList<(UserAccount User, Organisation Organisation)> Users { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Created { get; private set; }

    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    public string DisplayName { get; set; } = string.Empty;

    [BindProperty]
    public string Role { get; set; } = Roles.Procurator;

    [BindProperty]
    public long OrganisationId { get; set; }

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string ResetUser { get; set; } = string.Empty;

    [BindProperty]
    public string NewPassword { get; set; } = string.Empty;

    public void OnGet() => Load();

    public IActionResult OnPostReset()
    {
        try
        {
            accounts.SetPassword(ResetUser, NewPassword, User.Identity!.Name!);
            Created = $"{ResetUser} 的密码已重设";
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException)
        {
            Error = ErrorText.Of(ex);
        }

        Load();
        return Page();
    }

    public IActionResult OnPost()
    {
        try
        {
            var user = accounts.CreateUser(UserName, DisplayName, Role, OrganisationId, Password);
            accounts.Audit(User.Identity!.Name!, "user-created", "account:" + user.UserName);
            Created = $"已创建用户 {user.UserName}";
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException)
        {
            Error = ErrorText.Of(ex);
        }

        Load();
        return Page();
    }

    private void Load()
    {
        Users = accounts.Users();
        Organisations = accounts.Organisations();
    }
}
