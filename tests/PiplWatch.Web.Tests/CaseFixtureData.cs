using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core.Findings;

namespace PiplWatch.Web.Tests;

/// <summary>A clue and a case in the demo procuratorate for pages that show one: a served recommendation with its deadline.</summary>
internal static class CaseFixtureData
{
    private static readonly Lock Gate = new();

    public static (long Clue, long Case) Ensure(WebHostFixture host)
    {
        lock (Gate)
        {
            var clues = host.Services.GetRequiredService<ClueService>();
            var cases = host.Services.GetRequiredService<CaseService>();
            var existing = cases.List().FirstOrDefault(c => c.Title.StartsWith("身份信息 360203********7777", StringComparison.Ordinal));
            if (existing is not null)
            {
                return (existing.ClueId, existing.Id);
            }

            var report = new FindingsReport
            {
                Model = "reservation-abuse",
                ModelVersion = "1.0.0",
                RunId = "browser-run",
                StartedAt = new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)),
                FinishedAt = new DateTimeOffset(2025, 7, 1, 9, 1, 0, TimeSpan.FromHours(8)),
                Findings =
                [
                    new Finding
                    {
                        Id = FindingId.For("reservation-abuse", "identity_overuse", "browser", "360203"),
                        Subject = "360203********7777",
                        Kind = "identity_overuse",
                        Score = 1,
                        Reason = "身份信息 360203********7777 在 183 天内入馆 128 次（共 128 次），远超 10 次；涉及旅行社：景德镇市第3旅行社有限公司",
                        LegalBasis = ["PIPL-10", "PIPL-5", "TOURL-52"],
                        Sectors = ["culture-tourism", "public-security"],
                        Region = "360203",
                        Evidence = [new JsonObject { ["id_number"] = "360203********7777", ["entries"] = 128 }],
                    },
                ],
            };
            var clue = clues.ImportFindings(report, new string('e', 64), "analyst")[0].ClueId;
            clues.Evaluate(clue, new EvaluationInput { PublicInterestHarmed = true, ManyAffected = true, DutySector = "culture-tourism", AgencyFailed = true, Decision = "open", Reasons = "团队预约中 46.78% 为重复身份记录" }, "procurator");
            var record = cases.Open(clue, CaseKind.Administrative, "procurator", new DateOnly(2025, 7, 1));
            cases.Hold(record.Id, new MeetingInput("hearing", new DateOnly(2025, 7, 20), "听证室", "听证员认为问题属实", "建议制发检察建议",
                [new MeetingParticipant { Role = "npc-deputy", Name = "王建国", Organisation = "区人大代表" }]), "procurator");
            cases.Advance(record.Id, new AdvanceRequest { To = "recommendation", Date = new DateOnly(2025, 8, 1), AgencySector = "culture-tourism" }, "procurator");
            return (clue, record.Id);
        }
    }
}
