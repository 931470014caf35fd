using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Store;

namespace PiplWatch.Cases.Accounts;

/// <summary>Users, organisations, API tokens and the audit log.</summary>
public sealed class AccountService(CaseStore store, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Whether any user exists (a fresh store is seeded on first run).</summary>
    public bool HasUsers()
    {
        using var db = store.CreateContext();
        return db.Users.Any();
    }

    /// <summary>Creates an organisation.</summary>
    /// <exception cref="ArgumentException">Unknown kind, or a procuratorate or regulator without a region.</exception>
    public Organisation CreateOrganisation(string kind, string name, string? region, string? sector = null)
    {
        if (kind is not (OrganisationKinds.Procuratorate or OrganisationKinds.Regulator or OrganisationKinds.Public))
        {
            throw new ArgumentException($"organisation kind '{kind}': procuratorate, regulator or public", nameof(kind));
        }

        if (kind != OrganisationKinds.Public && string.IsNullOrWhiteSpace(region))
        {
            throw new ArgumentException($"a {kind} needs its region code", nameof(region));
        }

        if (kind == OrganisationKinds.Regulator && string.IsNullOrWhiteSpace(sector))
        {
            throw new ArgumentException("a regulator needs its sector", nameof(sector));
        }

        using var db = store.CreateContext();
        var organisation = new Organisation { Kind = kind, Name = name.Trim(), Region = region, Sector = sector };
        db.Organisations.Add(organisation);
        db.SaveChanges();
        return organisation;
    }

    /// <summary>Creates a user.</summary>
    /// <exception cref="ArgumentException">Unknown role, taken name, weak password, or a role that does not fit the organisation.</exception>
    public UserAccount CreateUser(string userName, string displayName, string role, long organisationId, string password)
    {
        if (!Roles.Zh.ContainsKey(role))
        {
            throw new ArgumentException($"role '{role}': {string.Join(", ", Roles.Zh.Keys)}", nameof(role));
        }

        if (password.Length < 10)
        {
            throw new ArgumentException("a password has at least 10 characters", nameof(password));
        }

        using var db = store.CreateContext();
        var organisation = db.Organisations.FirstOrDefault(o => o.Id == organisationId) ?? throw new KeyNotFoundException($"there is no organisation {organisationId}");
        var fits = role switch
        {
            Roles.Regulator => organisation.Kind == OrganisationKinds.Regulator,
            Roles.Volunteer => organisation.Kind == OrganisationKinds.Public,
            _ => organisation.Kind == OrganisationKinds.Procuratorate,
        };
        if (!fits)
        {
            throw new ArgumentException($"a {role} does not belong to a {organisation.Kind}", nameof(role));
        }

        var name = userName.Trim();
        if (db.Users.Any(u => u.UserName == name))
        {
            throw new ArgumentException($"the user name '{name}' is taken", nameof(userName));
        }

        var user = new UserAccount { UserName = name, DisplayName = displayName.Trim(), Role = role, OrganisationId = organisationId, PasswordHash = PasswordHashing.Hash(password), CreatedAt = _time.GetUtcNow() };
        db.Users.Add(user);
        db.SaveChanges();
        return user;
    }

    /// <summary>The user and organisation when the name and password match an active account; null otherwise (and logged).</summary>
    public (UserAccount User, Organisation Organisation)? SignIn(string userName, string password)
    {
        using var db = store.CreateContext();
        var user = db.Users.AsNoTracking().FirstOrDefault(u => u.UserName == userName && u.Active);
        var ok = user is not null && PasswordHashing.Verify(password, user.PasswordHash);
        db.AuditLog.Add(new AuditEntry { At = _time.GetUtcNow(), User = userName, Action = ok ? "sign-in" : "sign-in-failed", Target = "account:" + userName });
        db.SaveChanges();
        return ok ? (user!, db.Organisations.AsNoTracking().First(o => o.Id == user!.OrganisationId)) : null;
    }

    /// <summary>Sets a new password (an administrator's reset, or the user's own change).</summary>
    /// <exception cref="ArgumentException">A password shorter than 10 characters.</exception>
    public void SetPassword(string userName, string password, string by)
    {
        if (password.Length < 10)
        {
            throw new ArgumentException("a password has at least 10 characters", nameof(password));
        }

        using var db = store.CreateContext();
        var user = db.Users.FirstOrDefault(u => u.UserName == userName) ?? throw new KeyNotFoundException($"there is no user {userName}");
        user.PasswordHash = PasswordHashing.Hash(password);
        db.AuditLog.Add(new AuditEntry { At = _time.GetUtcNow(), User = by, Action = "password-set", Target = "account:" + userName });
        db.SaveChanges();
    }

    /// <summary>Issues a new API token for scripts (replacing any earlier one); the token is returned once.</summary>
    public string IssueToken(long userId)
    {
        using var db = store.CreateContext();
        var user = db.Users.FirstOrDefault(u => u.Id == userId) ?? throw new KeyNotFoundException($"there is no user {userId}");
        var (token, hash) = PasswordHashing.NewToken();
        user.ApiTokenHash = hash;
        db.AuditLog.Add(new AuditEntry { At = _time.GetUtcNow(), User = user.UserName, Action = "token-issued", Target = "account:" + user.UserName });
        db.SaveChanges();
        return token;
    }

    /// <summary>The user a token belongs to, if active.</summary>
    public (UserAccount User, Organisation Organisation)? ByToken(string token)
    {
        var hash = PasswordHashing.TokenHash(token);
        using var db = store.CreateContext();
        var user = db.Users.AsNoTracking().FirstOrDefault(u => u.ApiTokenHash == hash && u.Active);
        return user is null ? null : (user, db.Organisations.AsNoTracking().First(o => o.Id == user.OrganisationId));
    }

    /// <summary>Users with their organisations.</summary>
    public IReadOnlyList<(UserAccount User, Organisation Organisation)> Users()
    {
        using var db = store.CreateContext();
        var organisations = db.Organisations.AsNoTracking().ToDictionary(o => o.Id);
        return [.. db.Users.AsNoTracking().OrderBy(u => u.Id).AsEnumerable().Select(u => (u, organisations[u.OrganisationId]))];
    }

    /// <summary>Organisations.</summary>
    public IReadOnlyList<Organisation> Organisations()
    {
        using var db = store.CreateContext();
        return [.. db.Organisations.AsNoTracking().OrderBy(o => o.Id)];
    }

    /// <summary>Writes an entry of the audit log.</summary>
    public void Audit(string user, string action, string target, string? reason = null)
    {
        using var db = store.CreateContext();
        db.AuditLog.Add(new AuditEntry { At = _time.GetUtcNow(), User = user, Action = action, Target = target, Reason = reason });
        db.SaveChanges();
    }

    /// <summary>The audit log, newest first.</summary>
    public IReadOnlyList<AuditEntry> AuditLog(int take = 500)
    {
        using var db = store.CreateContext();
        return [.. db.AuditLog.AsNoTracking().OrderByDescending(e => e.Id).Take(take)];
    }
}
