namespace PiplWatch.Cases.Accounts;

/// <summary>What a user may do; enforced on the server.</summary>
public static class Roles
{
    /// <summary>Manages users, organisations, the calendar and the rules data.</summary>
    public const string Administrator = "administrator";

    /// <summary>检察官: clues and cases of the procuratorate.</summary>
    public const string Procurator = "procurator";

    /// <summary>数据分析员: datasets, model runs, scans and audits; pushes findings to clues.</summary>
    public const string Analyst = "analyst";

    /// <summary>行政机关: receives recommendations, files replies and rectification reports.</summary>
    public const string Regulator = "regulator";

    /// <summary>志愿者: reports clues and follows them.</summary>
    public const string Volunteer = "volunteer";

    /// <summary>审计员: reads and exports the audit log.</summary>
    public const string Auditor = "auditor";

    /// <summary>Every role with its Chinese name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Administrator] = "系统管理员",
        [Procurator] = "检察官",
        [Analyst] = "数据分析员",
        [Regulator] = "行政机关",
        [Volunteer] = "志愿者",
        [Auditor] = "审计员",
    };
}

/// <summary>The kinds of organisation a user belongs to.</summary>
public static class OrganisationKinds
{
    /// <summary>A procuratorate, by region.</summary>
    public const string Procuratorate = "procuratorate";

    /// <summary>A regulator: an agency of a sector in a region.</summary>
    public const string Regulator = "regulator";

    /// <summary>The public (volunteers).</summary>
    public const string Public = "public";
}

/// <summary>An organisation: a procuratorate, a regulator, or the public.</summary>
public sealed class Organisation
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>One of <see cref="OrganisationKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>Name (景德镇市珠山区人民检察院).</summary>
    public required string Name { get; set; }

    /// <summary>Region code of its jurisdiction (procuratorate, regulator).</summary>
    public string? Region { get; set; }

    /// <summary>Sector id (regulator).</summary>
    public string? Sector { get; set; }
}

/// <summary>A user of the platform.</summary>
public sealed class UserAccount
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>Sign-in name.</summary>
    public required string UserName { get; set; }

    /// <summary>Name shown.</summary>
    public required string DisplayName { get; set; }

    /// <summary>One of <see cref="Roles"/>.</summary>
    public required string Role { get; set; }

    /// <summary>The organisation.</summary>
    public long OrganisationId { get; set; }

    /// <summary>PBKDF2 hash, see <see cref="PasswordHashing"/>.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>SHA-256 of the API token for scripts, if one was issued (the token itself is shown once).</summary>
    public string? ApiTokenHash { get; set; }

    /// <summary>Whether the account may sign in.</summary>
    public bool Active { get; set; } = true;

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An entry of the audit log: who did what to which record, and why (reveals of personal data need a reason).</summary>
public sealed class AuditEntry
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>User name.</summary>
    public required string User { get; set; }

    /// <summary>What was done: reveal, sign-in, sign-in-failed, export, user-created …</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to (clue:12, case:3 …).</summary>
    public required string Target { get; set; }

    /// <summary>The reason given.</summary>
    public string? Reason { get; set; }
}
