using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Statistics;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;

namespace PiplWatch.Cases.Tests.Statistics;

/// <summary>The dashboard's figures, counted in the database, on SQLite and (when configured) PostgreSQL.</summary>
public sealed class ScopeStatisticsTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FixedTime _time = FixedTime.At(2025, 7, 1);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Clues_and_cases_are_counted_by_scenario_region_and_month_within_the_scope(string provider)
    {
        using var test = TestStore.Create(provider);
        var clues = new ClueService(test.Store, Reference, _time);
        var cases = new CaseService(test.Store, Reference, WorkCalendar.Embedded, _time);

        // 珠山区 (360203): three model clues (N6) received 2025-07-01, one opened as a case.
        var imported = clues.ImportFindings(new FindingsBuilder().Overuse("360203********1111", 40).Overuse("360203********2222", 50).Overuse("360203********3333", 60).Build("run-1", _time.Now), new string('a', 64), "analyst");
        var opened = imported[0].ClueId;
        clues.Evaluate(opened, new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, AgencyFailed = true, Decision = "open", Reasons = "重复身份预约" }, "procurator");
        cases.Open(opened, CaseKind.Administrative, "procurator", new DateOnly(2025, 6, 30));

        // A volunteer's report in 珠山区 on the first minutes of August 2024 (China time: still July in UTC), one
        // just before (outside the twelve months), a hotline call in 乐平市 (360281, same city) in May 2025.
        _time.Now = new DateTimeOffset(2024, 8, 1, 0, 30, 0, 123, China).AddTicks(4567);
        clues.Create(Draft(ClueSources.Volunteer, "360203"), "clerk");
        _time.Now = new DateTimeOffset(2024, 7, 31, 23, 30, 0, China);
        clues.Create(Draft(ClueSources.Volunteer, "360203"), "clerk");
        _time.Now = new DateTimeOffset(2025, 5, 10, 9, 0, 0, China);
        clues.Create(Draft(ClueSources.Hotline, "360281"), "clerk");

        // Another procuratorate's clue (北京市朝阳区) must not show in Jiangxi's figures.
        clues.Create(Draft(ClueSources.Manual, "110105"), "clerk");
        _time.Now = FixedTime.At(2025, 7, 1).Now;

        var statistics = new ScopeStatistics(test.Store, Reference, _time);
        var city = statistics.For("3602");

        Assert.Equal(
            [("N6", 3, 1), ("source:volunteer", 2, 0), ("source:hotline", 1, 0)],
            city.ByScenario.Select(s => (s.Group.Key, s.Clues, s.Cases)));
        Assert.Contains("博物馆", city.ByScenario[0].Group.TitleZh, StringComparison.Ordinal);
        Assert.Equal("志愿者举报", city.ByScenario[1].Group.Label);
        Assert.Equal([new Tally("360203", 5, 1), new Tally("360281", 1, 0)], city.ByRegion);
        Assert.Equal((6, 1), city.Under("3602"));
        Assert.Equal((0, 0), city.Under("11"));

        Assert.Equal(12, city.ByMonth.Count);
        Assert.Equal("2024-08", city.ByMonth[0].Key);
        Assert.Equal("2025-07", city.ByMonth[^1].Key);
        Assert.Equal(new Tally("2024-08", 1, 0), city.ByMonth[0]);
        Assert.Equal(new Tally("2025-05", 1, 0), city.ByMonth[9]);
        Assert.Equal(new Tally("2025-06", 0, 1), city.ByMonth[10]);
        Assert.Equal(new Tally("2025-07", 3, 0), city.ByMonth[11]);
        Assert.Equal(5, city.ByMonth.Sum(m => m.Clues));

        // The county sees its own clues only; the province the same as the city; Beijing only its own.
        var county = statistics.For("360203");
        Assert.Equal([new Tally("360203", 5, 1)], county.ByRegion);
        Assert.DoesNotContain(county.ByScenario, s => s.Group.Key == "source:hotline");
        Assert.Equal(city.ByRegion, statistics.For("36").ByRegion);
        var beijing = statistics.For("11");
        Assert.Equal([new Tally("110105", 1, 0)], beijing.ByRegion);
        Assert.Equal("source:manual", Assert.Single(beijing.ByScenario).Group.Key);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void The_clues_of_a_map_division_are_listed_within_the_scope_only(string provider)
    {
        using var test = TestStore.Create(provider);
        var clues = new ClueService(test.Store, Reference, _time);
        var zhushan = clues.Create(Draft(ClueSources.Volunteer, "360203"), "clerk").Id;
        var leping = clues.Create(Draft(ClueSources.Hotline, "360281"), "clerk").Id;
        clues.Create(Draft(ClueSources.Manual, "110105"), "clerk");
        var division = new DivisionClues(test.Store);

        Assert.Equal([leping, zhushan], division.Page("36", "3602", null, null, 1, 50).Select(r => r.Id));
        Assert.Equal([leping], division.Page("36", "360281", null, null, 1, 50).Select(r => r.Id));
        Assert.Equal(1, division.Count("36", "3602", null, ClueSources.Hotline));
        // A county's user clicking its city still sees only the county's clues.
        Assert.Equal([zhushan], division.Page("360203", "3602", null, null, 1, 50).Select(r => r.Id));

        Assert.False(DivisionClues.Allowed("36", "11"));
        Assert.False(DivisionClues.Allowed("36", "36a"));
        Assert.False(DivisionClues.Allowed("36", "360"));
        Assert.True(DivisionClues.Allowed("360203", "36"));
        Assert.Contains("not a division prefix within the scope 36", Assert.Throws<ArgumentException>(() => division.Count("36", "11", null, null)).Message, StringComparison.Ordinal);
    }

    private static ClueDraft Draft(string source, string region) => new()
    {
        Source = source,
        Title = "预约系统疑似泄露个人信息",
        Subject = "某预约平台",
        Description = "测试数据：生成的举报内容",
        Region = region,
    };
}
