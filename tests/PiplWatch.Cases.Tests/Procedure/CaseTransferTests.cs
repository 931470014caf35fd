using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;

namespace PiplWatch.Cases.Tests.Procedure;

public sealed class CaseTransferTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);
    private readonly FixedTime _time = FixedTime.At(2025, 7, 1);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_case_taken_up_moves_with_its_clue_and_leaves_the_district(string provider)
    {
        using var test = TestStore.Create(provider);
        var clues = new ClueService(test.Store, Reference, _time);
        var cases = new CaseService(test.Store, Reference, WorkCalendar.Embedded, _time);
        var clueId = clues.ImportFindings(new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", _time.Now), new string('a', 64), "analyst")[0].ClueId;
        clues.Evaluate(clueId, new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, DutySector = "culture-tourism", AgencyFailed = true, Decision = "open" }, "procurator");
        var opened = cases.Open(clueId, CaseKind.Administrative, "procurator", new DateOnly(2025, 7, 1));
        Assert.Equal("360203", opened.ProcuratorateRegion);

        Assert.Contains("reason", Assert.Throws<ArgumentException>(() => cases.Transfer(opened.Id, "up", " ", "procurator")).Message, StringComparison.Ordinal);
        Assert.Contains("not a GB/T 2260", Assert.Throws<ArgumentException>(() => cases.Transfer(opened.Id, "999999", "指定管辖", "procurator")).Message, StringComparison.Ordinal);
        Assert.Contains("already with", Assert.Throws<ArgumentException>(() => cases.Transfer(opened.Id, "360203", "指定管辖", "procurator")).Message, StringComparison.Ordinal);

        var transfer = cases.Transfer(opened.Id, "up", "提级管辖：涉及全市多家酒店", "procurator");
        Assert.Equal(("360200", "景德镇市人民检察院"), (transfer.ToRegion, transfer.ToProcuratorate));
        var moved = cases.Get(opened.Id);
        Assert.Equal(("360200", "景德镇市人民检察院"), (moved.ProcuratorateRegion, moved.Procuratorate));
        var clue = clues.Get(clueId);
        Assert.Equal("360200", clue.ProcuratorateRegion);
        Assert.Equal(ClueStatuses.Opened, clue.Status);
        Assert.Contains(clue.Handovers, h => h.Reason.Contains("提级管辖", StringComparison.Ordinal) && h.ToRegion == "360200");
        Assert.Equal("提级管辖：涉及全市多家酒店", Assert.Single(cases.Records(opened.Id).Transfers).Reason);

        // The district no longer sees it; the city does.
        Assert.Equal(0, cases.Page("360203", null, 1, 10).Total);
        Assert.Equal(1, cases.Page("3602", null, 1, 10).Total);

        cases.Advance(opened.Id, new AdvanceRequest { To = "terminated", Note = "行政机关已全面整改", Date = new DateOnly(2025, 7, 1) }, "procurator");
        Assert.Contains("closed", Assert.Throws<ArgumentException>(() => cases.Transfer(opened.Id, "360203", "指定管辖", "procurator")).Message, StringComparison.Ordinal);
    }
}
