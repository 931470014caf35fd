using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;

namespace PiplWatch.Cases.Tests.Procedure;

public sealed class CaseServiceTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);
    private readonly FixedTime _time = FixedTime.At(2025, 7, 1);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_case_follows_the_rules_and_shows_its_deadlines(string provider)
    {
        using var test = TestStore.Create(provider);
        var (clues, cases) = Services(test);
        var clueId = EvaluatedClue(clues);

        var opened = cases.Open(clueId, CaseKind.Administrative, "procurator", new DateOnly(2025, 7, 1));
        Assert.Equal(("filed", RulesCatalog.Embedded.Current.Version), (opened.Stage, opened.RulesVersion));
        Assert.Equal(ClueStatuses.Opened, clues.Get(clueId).Status);
        Assert.Contains("already has a case", Assert.Throws<ArgumentException>(() => cases.Open(clueId, CaseKind.Administrative, "procurator")).Message, StringComparison.Ordinal);

        // The optional hearing is held; consultation and investigation are skipped.
        _time.Now = new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));
        cases.Advance(opened.Id, new AdvanceRequest { To = "hearing", Date = new DateOnly(2025, 7, 20) }, "procurator");
        var error = Assert.Throws<ArgumentException>(() => cases.Advance(opened.Id, new AdvanceRequest { To = "reply", Date = new DateOnly(2025, 7, 25) }, "procurator"));
        Assert.Contains("goes on to", error.Message, StringComparison.Ordinal);
        Assert.Contains("sector", Assert.Throws<ArgumentException>(() => cases.Advance(opened.Id, new AdvanceRequest { To = "recommendation", Date = new DateOnly(2025, 8, 1) }, "procurator")).Message, StringComparison.Ordinal);

        var served = cases.Advance(opened.Id, new AdvanceRequest { To = "recommendation", Date = new DateOnly(2025, 8, 1), AgencySector = "culture-tourism" }, "procurator");
        var recommendation = served.Events.Single(e => e.Stage == "recommendation");
        Assert.Equal("景德镇市珠山区文化广电和旅游局", recommendation.Agency);

        var reply = Assert.Single(cases.Deadlines(opened.Id), d => d.Rule == "agency-reply");
        Assert.Equal(new DateOnly(2025, 10, 9), reply.Due);
        Assert.Equal(DueStatus.Pending, reply.Status);

        // Past the day without a reply: overdue, and listed among the reminders.
        _time.Now = new DateTimeOffset(2025, 10, 10, 9, 0, 0, TimeSpan.FromHours(8));
        Assert.Contains(cases.Reminders(), r => r.Case.Id == opened.Id && r.Item.Rule == "agency-reply" && r.Item.Status == DueStatus.Overdue);
        Assert.Contains("before the case's last event", Assert.Throws<ArgumentException>(() => cases.Advance(opened.Id, new AdvanceRequest { To = "reply", Date = new DateOnly(2025, 7, 30) }, "procurator")).Message, StringComparison.Ordinal);
        Assert.Contains("future", Assert.Throws<ArgumentException>(() => cases.Advance(opened.Id, new AdvanceRequest { To = "reply", Date = new DateOnly(2025, 12, 1) }, "procurator")).Message, StringComparison.Ordinal);

        cases.Advance(opened.Id, new AdvanceRequest { To = "reply", Date = new DateOnly(2025, 10, 10) }, "procurator");
        Assert.Equal(DueStatus.MetLate, Assert.Single(cases.Deadlines(opened.Id), d => d.Rule == "agency-reply").Status);
        cases.Advance(opened.Id, new AdvanceRequest { To = "follow-up", Date = new DateOnly(2025, 10, 10) }, "procurator");
        var closed = cases.Advance(opened.Id, new AdvanceRequest { To = "closed", Date = new DateOnly(2025, 10, 10) }, "procurator");
        Assert.Equal("closed", closed.Stage);
        Assert.Contains("final stage", Assert.Throws<ArgumentException>(() => cases.Advance(opened.Id, new AdvanceRequest { To = "suit" }, "procurator")).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cases.Reminders(), r => r.Case.Id == opened.Id);
        Assert.Equal(["filed", "hearing", "recommendation", "reply", "follow-up", "closed"], cases.Get(opened.Id).Events.OrderBy(e => e.Id).Select(e => e.Stage));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_civil_case_runs_its_notice_and_a_termination_needs_its_ground(string provider)
    {
        using var test = TestStore.Create(provider);
        var (clues, cases) = Services(test);
        var opened = cases.Open(EvaluatedClue(clues), CaseKind.Civil, "procurator", new DateOnly(2024, 12, 2));
        _time.Now = new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));
        cases.Advance(opened.Id, new AdvanceRequest { To = "notice", Date = new DateOnly(2025, 1, 1) }, "procurator");
        var notice = Assert.Single(cases.Deadlines(opened.Id), d => d.Rule == "civil-notice");
        Assert.Equal(new DateOnly(2025, 2, 5), notice.Due);
        Assert.True(notice.Confirmed);

        Assert.Contains("ground", Assert.Throws<ArgumentException>(() => cases.Advance(opened.Id, new AdvanceRequest { To = "terminated" }, "procurator")).Message, StringComparison.Ordinal);
        Assert.Contains("--urgent", Assert.Throws<ArgumentException>(() => cases.Advance(opened.Id, new AdvanceRequest { To = "suit", Urgent = true }, "procurator")).Message, StringComparison.Ordinal);
        cases.Advance(opened.Id, new AdvanceRequest { To = "terminated", Note = "法律规定的机关已提起诉讼" }, "procurator");
        Assert.Equal("terminated", cases.Get(opened.Id).Stage);
    }

    [Fact]
    public void A_clue_not_evaluated_for_opening_gets_no_case()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        var (clues, cases) = Services(test);
        var id = clues.ImportFindings(new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", _time.Now), new string('a', 64), "analyst")[0].ClueId;
        Assert.Contains("clue evaluate", Assert.Throws<ArgumentException>(() => cases.Open(id, CaseKind.Administrative, "procurator")).Message, StringComparison.Ordinal);
        Assert.Empty(cases.List());
    }

    private (ClueService Clues, CaseService Cases) Services(TestStore test) =>
        (new ClueService(test.Store, Reference, _time), new CaseService(test.Store, Reference, WorkCalendar.Embedded, _time));

    private long EvaluatedClue(ClueService clues)
    {
        var id = clues.ImportFindings(new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", _time.Now), new string('a', 64), "analyst")[0].ClueId;
        clues.Evaluate(id, new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, DutySector = "culture-tourism", AgencyFailed = true, Decision = "open" }, "procurator");
        return id;
    }
}
