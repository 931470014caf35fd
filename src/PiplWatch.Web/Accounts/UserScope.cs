using System.Security.Claims;
using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Core.Regions;

namespace PiplWatch.Web.Accounts;

/// <summary>
/// Who is asking and what they may see, from the sign-in claims. Clues and cases belong to the procuratorate of their
/// region: a procuratorate's users see those of its region and the regions below it (a city sees its districts).
/// </summary>
public sealed record UserScope(string UserName, string DisplayName, string Role, long OrganisationId, string OrganisationKind, string OrganisationName, string? Region, string? Sector)
{
    /// <summary>Claim types PiplWatch adds.</summary>
    public const string OrganisationClaim = "pw:org";
    /// <summary>Organisation kind claim.</summary>
    public const string OrganisationKindClaim = "pw:org_kind";
    /// <summary>Organisation name claim.</summary>
    public const string OrganisationNameClaim = "pw:org_name";
    /// <summary>Region claim.</summary>
    public const string RegionClaim = "pw:region";
    /// <summary>Sector claim.</summary>
    public const string SectorClaim = "pw:sector";
    /// <summary>Display name claim.</summary>
    public const string DisplayNameClaim = "pw:display";

    /// <summary>The claims of a signed-in user.</summary>
    public static IEnumerable<Claim> Claims(UserAccount user, Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(organisation);
        yield return new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new Claim(ClaimTypes.Name, user.UserName);
        yield return new Claim(ClaimTypes.Role, user.Role);
        yield return new Claim(DisplayNameClaim, user.DisplayName);
        yield return new Claim(OrganisationClaim, organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new Claim(OrganisationKindClaim, organisation.Kind);
        yield return new Claim(OrganisationNameClaim, organisation.Name);
        if (organisation.Region is { } region)
        {
            yield return new Claim(RegionClaim, region);
        }

        if (organisation.Sector is { } sector)
        {
            yield return new Claim(SectorClaim, sector);
        }
    }

    /// <summary>The scope of <paramref name="principal"/>; null when not signed in.</summary>
    public static UserScope? Of(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        string Get(string type) => principal.FindFirstValue(type) ?? string.Empty;
        return new UserScope(Get(ClaimTypes.Name), Get(DisplayNameClaim), Get(ClaimTypes.Role), long.Parse(Get(OrganisationClaim), System.Globalization.CultureInfo.InvariantCulture),
            Get(OrganisationKindClaim), Get(OrganisationNameClaim), principal.FindFirstValue(RegionClaim), principal.FindFirstValue(SectorClaim));
    }

    /// <summary>Whether the user works for a procuratorate (procurator, analyst, administrator, auditor).</summary>
    public bool IsProcuratorate => OrganisationKind == OrganisationKinds.Procuratorate;

    /// <summary>
    /// The region-code prefix of what this user's procuratorate oversees: a province's two digits, a city's four, a
    /// county's six (GB/T 2260 codes nest that way); null for users outside a procuratorate.
    /// </summary>
    public string? RegionPrefix(RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (!IsProcuratorate || Region is null || regions.Find(Region) is not { } region)
        {
            return null;
        }

        return region.Level switch
        {
            RegionLevel.Province => Region[..2],
            RegionLevel.Prefecture => Region[..4],
            _ => Region,
        };
    }

    /// <summary>Whether a record routed to <paramref name="procuratorateRegion"/> is within this user's procuratorate.</summary>
    public bool Covers(string? procuratorateRegion, RegionCatalog regions) =>
        procuratorateRegion is not null && RegionPrefix(regions) is { } prefix && procuratorateRegion.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>Whether the clue is within this user's procuratorate.</summary>
    public bool CanSee(Clue clue, RegionCatalog regions) => Covers(clue?.ProcuratorateRegion, regions);

    /// <summary>Whether the case is within this user's procuratorate.</summary>
    public bool CanSee(CaseRecord record, RegionCatalog regions) => Covers(record?.ProcuratorateRegion, regions);
}
