using PiplWatch.Cases.Accounts;
using PiplWatch.Core;

namespace PiplWatch.Web.Accounts;

/// <summary>
/// On the first run with an empty store: a demo procuratorate (珠山区, the N6 case), its culture-and-tourism bureau and
/// the public, with one account per role. Passwords are random and printed once (or, for tests and demos, set with
/// <c>--seed-password</c>); the sign-in names are fixed so the README can name them.
/// </summary>
public static partial class FirstRunSeeder
{
    /// <summary>The region of the demo procuratorate.</summary>
    public const string DemoRegion = "360203";

    /// <summary>The seeded accounts: user name, display name, role.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role)> Accounts =
    [
        ("admin", "系统管理员", Roles.Administrator),
        ("procurator", "王检察官", Roles.Procurator),
        ("analyst", "李分析员", Roles.Analyst),
        ("auditor", "赵审计员", Roles.Auditor),
        ("regulator", "文旅局联络员", Roles.Regulator),
        ("volunteer", "公益志愿者", Roles.Volunteer),
    ];

    /// <summary>Seeds the accounts when the store has none; returns the passwords given, empty when nothing was seeded.</summary>
    public static IReadOnlyList<(string UserName, string Password)> Seed(AccountService accounts, ReferenceData reference, string? password, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(reference);
        if (accounts.HasUsers())
        {
            return [];
        }

        var procuratorate = accounts.CreateOrganisation(OrganisationKinds.Procuratorate, reference.Procuratorates.For(DemoRegion).Name, DemoRegion);
        var bureau = accounts.CreateOrganisation(OrganisationKinds.Regulator, reference.Agencies.For("culture-tourism", DemoRegion).Name, DemoRegion, "culture-tourism");
        var publicOrganisation = accounts.CreateOrganisation(OrganisationKinds.Public, "社会公众", null);
        var given = new List<(string, string)>();
        foreach (var (userName, displayName, role) in Accounts)
        {
            var organisation = role switch { Roles.Regulator => bureau, Roles.Volunteer => publicOrganisation, _ => procuratorate };
            var secret = password ?? PasswordHashing.NewPassword();
            accounts.CreateUser(userName, displayName, role, organisation.Id, secret);
            given.Add((userName, secret));
        }

        Seeded(logger, string.Join("; ", given.Select(g => $"{g.Item1} / {(password is null ? g.Item2 : "(the --seed-password)")}")));
        return given;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First run: demo accounts created — sign in with {Accounts}. Change these passwords (Administration → Users).")]
    private static partial void Seeded(ILogger logger, string accounts);
}
