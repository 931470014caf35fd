using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Core.Findings;

namespace PiplWatch.Cases.Tests.Evidence;

public sealed class EvidenceLockerTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Files_are_kept_by_hash_with_their_chain_of_custody(string provider)
    {
        using var test = TestStore.Create(provider);
        var time = FixedTime.At(2025, 7, 1);
        var caseId = OpenCase(test, time);
        var locker = new EvidenceLocker(test.Store, test.DataDirectory, time);
        var screenshot = Path.Combine(test.DataDirectory, "screenshot.png");
        File.WriteAllBytes(screenshot, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);

        var item = locker.Add(caseId, screenshot, EvidenceKinds.File, "预约页面截图", "procurator");
        Assert.Equal("b4a6ea5cbc64a3c59dc0c8ffc12dcb5db8d0f9fd97ec1ceb8ff5bbbe2b42e6c6".Length, item.Sha256.Length);
        Assert.True(File.Exists(locker.PathOf(item.Sha256)));

        // A run is evidence with what it ran on.
        var report = new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", time.Now) with
        {
            Inputs = [new ReportInput("reservations", "jdz-2025h1", new string('c', 64), 241012, 0)],
        };
        var reportFile = Path.Combine(test.DataDirectory, "report.json");
        File.WriteAllText(reportFile, FindingsReportJson.Serialize(report));
        var run = locker.Add(caseId, reportFile, EvidenceKinds.ModelRun, "数据碰撞运行报告", "analyst");
        Assert.Equal("run-1", run.RunId);
        Assert.Contains(new string('c', 64), run.InputsJson, StringComparison.Ordinal);

        Assert.True(locker.Verify(item.Id, "procurator"));
        var exported = Path.Combine(test.DataDirectory, "out.png");
        Assert.Equal(item.Sha256, locker.Export(item.Id, exported, "procurator"));

        // Tampering with the stored content is seen, recorded, and blocks export.
        File.WriteAllBytes(locker.PathOf(item.Sha256), [0, 0, 0]);
        Assert.False(locker.Verify(item.Id, "auditor"));
        Assert.Throws<InvalidDataException>(() => locker.Export(item.Id, exported, "procurator"));
        var custody = locker.List(caseId).Single(i => i.Id == item.Id).Custody.OrderBy(c => c.Id).Select(c => (c.Action, c.Note)).ToList();
        Assert.Equal([("added", null), ("verified", "intact"), ("exported", "out.png"), ("verified", "CONTENT CHANGED OR MISSING")], custody);
    }

    internal static long OpenCase(TestStore test, FixedTime time, CaseKind kind = CaseKind.Administrative)
    {
        var clues = new ClueService(test.Store, Reference, time);
        var clueId = clues.ImportFindings(new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", time.Now), new string('a', 64), "analyst")[0].ClueId;
        clues.Evaluate(clueId, new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, DutySector = "culture-tourism", AgencyFailed = true, Decision = "open", Reasons = "重复身份占比 46.78%" }, "procurator");
        return new CaseService(test.Store, Reference, WorkCalendar.Embedded, time).Open(clueId, kind, "procurator", DateOnly.FromDateTime(time.Now.DateTime)).Id;
    }
}
