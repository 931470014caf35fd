using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Core;

namespace PiplWatch.Cases.Tests.Clues;

/// <summary>Clues on the real SQLite file and, when configured, the real PostgreSQL server.</summary>
public sealed class ClueServiceTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);
    private readonly FixedTime _time = FixedTime.At(2025, 7, 1);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Findings_become_routed_clues_and_a_second_run_merges_into_them(string provider)
    {
        using var test = TestStore.Create(provider);
        var clues = new ClueService(test.Store, Reference, _time);
        var first = new FindingsBuilder().Overuse("360203********1234", 128).Overuse("360203********5678", 31).Build("run-1", _time.Now);

        var created = clues.ImportFindings(first, new string('a', 64), "analyst");

        Assert.All(created, r => Assert.True(r.Created));
        Assert.Equal(2, created.Select(r => r.ClueId).Distinct().Count());
        var clue = clues.Get(created[0].ClueId);
        Assert.Equal("景德镇市珠山区人民检察院", clue.Procuratorate);
        Assert.Equal(ClueStatuses.Received, clue.Status);
        Assert.Equal("PIPL-10,PIPL-5,TOURL-52", clue.LegalBasis);

        // The follow-up run finds the same identity again: one clue with both findings, nothing new.
        var second = new FindingsBuilder().Overuse("360203********1234", 140).Build("run-2", _time.Now.AddDays(30));
        var merged = Assert.Single(clues.ImportFindings(second, new string('b', 64), "analyst"));
        Assert.False(merged.Created);
        Assert.Equal(created[0].ClueId, merged.ClueId);
        Assert.Equal(["run-1", "run-2"], clues.Get(merged.ClueId).Findings.Select(f => f.RunId).Order());

        // Importing the same report twice changes nothing.
        var again = Assert.Single(clues.ImportFindings(second, new string('b', 64), "analyst"));
        Assert.True(again.AlreadyImported);
        Assert.Equal(2, clues.Get(merged.ClueId).Findings.Count);
        Assert.Equal(2, clues.List().Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_clue_is_handed_up_with_a_record_and_evaluated(string provider)
    {
        using var test = TestStore.Create(provider);
        var clues = new ClueService(test.Store, Reference, _time);
        var id = clues.ImportFindings(new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", _time.Now), new string('a', 64), "analyst")[0].ClueId;

        var handover = clues.HandOver(id, "up", "涉及多个区县，移送市院统一办理", "procurator");
        Assert.Equal("景德镇市珠山区人民检察院", handover.FromProcuratorate);
        Assert.Equal("景德镇市人民检察院", handover.ToProcuratorate);
        Assert.Equal(ClueStatuses.HandedOver, clues.Get(id).Status);

        Assert.Contains("reasons", Assert.Throws<ArgumentException>(() => clues.Evaluate(id, new EvaluationInput { PublicInterestHarmed = false, ManyAffected = false, AgencyFailed = false, Decision = "decline" }, "procurator")).Message, StringComparison.Ordinal);
        Assert.Contains("public interest", Assert.Throws<ArgumentException>(() => clues.Evaluate(id, new EvaluationInput { PublicInterestHarmed = false, ManyAffected = true, AgencyFailed = true, Decision = "open" }, "procurator")).Message, StringComparison.Ordinal);
        clues.Evaluate(id, new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, DutySector = "culture-tourism", AgencyFailed = true, Decision = "open", Reasons = "20 万余条预约记录中 46.78% 为重复身份" }, "procurator");

        var evaluated = clues.Get(id);
        Assert.Equal(ClueStatuses.Accepted, evaluated.Status);
        Assert.Equal("culture-tourism", Assert.Single(evaluated.Evaluations).DutySector);
        Assert.Single(evaluated.Handovers);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_report_that_breaks_the_contract_writes_nothing(string provider)
    {
        using var test = TestStore.Create(provider);
        var clues = new ClueService(test.Store, Reference, _time);
        var report = new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", _time.Now);
        var broken = report with { Findings = [report.Findings[0], report.Findings[0] with { LegalBasis = ["NO-SUCH-ARTICLE"] }] };

        Assert.Throws<InvalidDataException>(() => clues.ImportFindings(broken, new string('a', 64), "analyst"));
        Assert.Empty(clues.List());
    }

    [Fact]
    public void A_volunteer_report_is_routed_and_a_run_without_region_waits()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        var clues = new ClueService(test.Store, Reference, _time);
        var clue = clues.Create(new ClueDraft { Source = ClueSources.Volunteer, Title = "招聘网站泄露求职者简历", Subject = "某招聘平台", Description = "平台公开展示求职者身份证号", Region = "130609", Contact = "13800138000" }, "volunteer-desk");
        Assert.Equal("保定市徐水区人民检察院", clues.Get(clue.Id).Procuratorate);
        Assert.Throws<ArgumentException>(() => clues.Create(new ClueDraft { Source = ClueSources.ModelRun, Title = "x", Subject = "x", Description = "x", Region = "130609" }, "u"));

        var unrouted = clues.ImportFindings(new FindingsBuilder().Overuse("360203********1234", 128, region: "000000").Build("run-1", _time.Now), new string('a', 64), "analyst")[0];
        Assert.Null(clues.Get(unrouted.ClueId).Procuratorate);
    }
}
