using Microsoft.AspNetCore.Authorization;
using PiplWatch.Cases.Accounts;

namespace PiplWatch.Web.Accounts;

/// <summary>Authorization policies: which roles may use which part of the platform.</summary>
public static class Policies
{
    /// <summary>Clues and cases of a procuratorate.</summary>
    public const string CaseWork = "case-work";

    /// <summary>Changing cases: opening, advancing, documents.</summary>
    public const string CaseDecisions = "case-decisions";

    /// <summary>A regulator's recommendations and replies.</summary>
    public const string Regulator = "regulator";

    /// <summary>The audit log.</summary>
    public const string AuditLog = "audit-log";

    /// <summary>Users and organisations.</summary>
    public const string Administration = "administration";

    /// <summary>Registers the policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(CaseWork, p => p.RequireRole(Roles.Procurator, Roles.Analyst, Roles.Administrator));
        options.AddPolicy(CaseDecisions, p => p.RequireRole(Roles.Procurator));
        options.AddPolicy(Regulator, p => p.RequireRole(Roles.Regulator));
        options.AddPolicy(AuditLog, p => p.RequireRole(Roles.Auditor, Roles.Administrator));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
    }
}
