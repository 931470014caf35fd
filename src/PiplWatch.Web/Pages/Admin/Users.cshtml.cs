using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;
using PiplWatch.Core;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Admin;

/// <summary>Users and organisations: the administrator lists them and creates accounts.</summary>
public sealed class UsersModel(AccountService accounts, PiplWatch.Core.ReferenceData reference) : PageModel
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

    [BindProperty]
    public string OrganisationKind { get; set; } = OrganisationKinds.Procuratorate;

    [BindProperty]
    public string? OrganisationRegion { get; set; }

    [BindProperty]
    public string? OrganisationSector { get; set; }

    [BindProperty]
    public string? OrganisationName { get; set; }

    public void OnGet() => Load();

    /// <summary>
    /// A procuratorate or regulator by region (and sector): its name is derived as the clues and recommendations name
    /// it, unless the administrator gives the official one.
    /// </summary>
    public IActionResult OnPostOrganisation()
    {
        try
        {
            var region = OrganisationRegion?.Trim();
            if (OrganisationKind != OrganisationKinds.Public && (string.IsNullOrEmpty(region) || reference.Regions.Find(region) is null))
            {
                throw new ArgumentException(T($"区划代码 '{region}' 不是 GB/T 2260 代码", $"Region code '{region}' is not a GB/T 2260 code"));
            }

            var sector = OrganisationKind == OrganisationKinds.Regulator
                ? (reference.Sectors.Find(OrganisationSector ?? string.Empty) ?? throw new ArgumentException(T($"领域 '{OrganisationSector}' 未知", $"Unknown sector '{OrganisationSector}'"))).Id
                : null;
            var name = !string.IsNullOrWhiteSpace(OrganisationName) ? OrganisationName.Trim()
                : OrganisationKind == OrganisationKinds.Procuratorate ? reference.Procuratorates.For(region!).Name
                : OrganisationKind == OrganisationKinds.Regulator ? reference.Agencies.For(sector!, region!).Name
                : throw new ArgumentException(T("公众单位需填写名称", "A public organisation needs its name"));
            var organisation = accounts.CreateOrganisation(OrganisationKind, name, OrganisationKind == OrganisationKinds.Public ? null : region, sector);
            accounts.Audit(User.Identity!.Name!, "organisation-created", $"organisation:{organisation.Id}", organisation.Name);
            Created = T($"已创建单位 {organisation.Name}", $"Organisation {organisation.Name} created");
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException)
        {
            Error = ErrorText.Of(ex);
        }

        Load();
        return Page();
    }

    public IActionResult OnPostReset()
    {
        try
        {
            accounts.SetPassword(ResetUser, NewPassword, User.Identity!.Name!);
            Created = T($"{ResetUser} 的密码已重设", $"The password of {ResetUser} was reset");
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
            Created = T($"已创建用户 {user.UserName}", $"User {user.UserName} created");
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
