using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Documents;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core.Agencies;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Localization;

/// <summary>The names of the platform's vocabulary — statuses, sources, roles, kinds — in the page's language.</summary>
public static class Names
{
    private static readonly Dictionary<string, string> RoleEn = new(StringComparer.Ordinal)
    {
        [Roles.Administrator] = "Administrator",
        [Roles.Procurator] = "Procurator",
        [Roles.Analyst] = "Data analyst",
        [Roles.Regulator] = "Regulator",
        [Roles.Volunteer] = "Volunteer",
        [Roles.Auditor] = "Auditor",
    };

    private static readonly Dictionary<string, string> ParticipantEn = new(StringComparer.Ordinal)
    {
        ["npc-deputy"] = "NPC deputy",
        ["cppcc-member"] = "CPPCC member",
        ["people-supervisor"] = "People's supervisor",
        ["volunteer"] = "PIL volunteer",
        ["expert"] = "Expert",
        ["agency"] = "Agency representative",
        ["party"] = "Party",
        ["procurator"] = "Procurator",
    };

    private static readonly Dictionary<string, string> DocumentEn = new(StringComparer.Ordinal)
    {
        ["filing-decision"] = "Decision to open a case",
        ["recommendation"] = "Procuratorial recommendation",
        ["notice"] = "Public notice",
        ["complaint"] = "Complaint",
        ["follow-up-report"] = "Follow-up report",
        ["hearing-record"] = "Hearing record",
    };

    public static string ClueStatus(string status) => T(ClueStatuses.Zh(status), status switch
    {
        ClueStatuses.Received => "To evaluate",
        ClueStatuses.HandedOver => "Handed over",
        ClueStatuses.Accepted => "To open a case",
        ClueStatuses.Declined => "Declined",
        ClueStatuses.Opened => "Case opened",
        _ => status,
    });

    public static string ClueSource(string source) => T(ClueSources.Zh(source), source switch
    {
        ClueSources.ModelRun => "Model run",
        ClueSources.Audit => "Disclosure audit",
        ClueSources.Volunteer => "Volunteer report",
        ClueSources.CriminalReferral => "Criminal referral",
        ClueSources.Hotline => "Hotline",
        _ => "Entered by hand",
    });

    public static string Role(string role) => T(Roles.Zh.GetValueOrDefault(role, role), RoleEn.GetValueOrDefault(role, role));

    public static string Participant(string role) => T(ParticipantRoles.Zh.GetValueOrDefault(role, role), ParticipantEn.GetValueOrDefault(role, role));

    public static string Investigation(string kind) => T(InvestigationKinds.Zh.GetValueOrDefault(kind, kind), kind.Replace('-', ' '));

    public static string CaseKind(CaseKind kind) => T(kind.Zh(), kind switch
    {
        Cases.Workflow.CaseKind.Administrative => "Administrative PIL",
        Cases.Workflow.CaseKind.Civil => "Civil PIL",
        _ => "Criminal-incidental civil PIL",
    });

    public static string Stage(StageDefinition stage) => T(stage.Zh, stage.En);

    public static string Sector(Sector sector) => T(sector.NameZh, sector.NameEn);

    public static string Document(DocumentKind kind) => T(kind.Zh, DocumentEn.GetValueOrDefault(kind.Id, kind.Id));

    public static string Due(DueStatus status) => status switch
    {
        DueStatus.Pending => T("进行中", "Running"),
        DueStatus.DueSoon => T("即将到期", "Due soon"),
        DueStatus.Overdue => T("已逾期", "Overdue"),
        DueStatus.Met => T("已按期完成", "Met"),
        DueStatus.MetLate => T("逾期完成", "Met late"),
        DueStatus.Ended => T("已届满", "Ended"),
        _ => T("已失效", "Lapsed"),
    };
}
