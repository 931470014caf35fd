using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PiplWatch.Cases.Accounts;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Api;

/// <summary>
/// Scripts authenticate with <c>Authorization: Bearer pw_…</c>, a token a user issues for themself on the token page;
/// only its SHA-256 is stored. The token carries the user's role and organisation, as the sign-in cookie does.
/// </summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountService accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "Token";

    /// <inheritdoc/>
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var found = accounts.ByToken(header["Bearer ".Length..].Trim());
        if (found is not { } user)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown or revoked token"));
        }

        var identity = new ClaimsIdentity(UserScope.Claims(user.User, user.Organisation), SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
