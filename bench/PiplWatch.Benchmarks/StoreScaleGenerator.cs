using System.Diagnostics;
using System.Globalization;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Store;

namespace PiplWatch.Benchmarks;

/// <summary>
/// <c>store-scale DATA_DIR [CLUES] [FINDINGS_PER_CLUE] [CASES]</c>: fills a data directory's case store with generated
/// clues, findings and cases (default 100,000 clues × 10 findings = 1,000,000 findings, 10,000 cases) for the web
/// latency measurement; most belong to the demo procuratorate (珠山区, 360203), the rest to other counties.
/// </summary>
internal static class StoreScaleGenerator
{
    private static readonly string[] Regions = ["360203", "360202", "360222", "360281", "130609", "210104"];
    private static readonly string[] Stages = ["filed", "investigation", "hearing", "recommendation", "reply", "follow-up", "closed"];

    public static void Run(string dataDirectory, int clueCount, int findingsPerClue, int caseCount)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(dataDirectory);
        var store = CaseStore.For(dataDirectory, connectionString: null);
        store.Migrate();
        var start = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));
        const int Batch = 5_000;
        for (var first = 0; first < clueCount; first += Batch)
        {
            using var db = store.CreateContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = first; i < Math.Min(clueCount, first + Batch); i++)
            {
                var region = i % 10 < 7 ? Regions[0] : Regions[1 + (i % Regions.Length - 1 + Regions.Length) % (Regions.Length - 1)];
                var subject = string.Create(CultureInfo.InvariantCulture, $"{region}********{i % 10000:0000}");
                db.Clues.Add(new Clue
                {
                    Source = ClueSources.ModelRun,
                    MergeKey = string.Create(CultureInfo.InvariantCulture, $"scale-{i}"),
                    Title = $"身份信息 {subject} 在 183 天内入馆 {10 + (i % 90)} 次",
                    Subject = subject,
                    Model = "reservation-abuse",
                    Kind = "identity_overuse",
                    Description = $"身份信息 {subject} 在 183 天内入馆 {10 + (i % 90)} 次，远超 10 次",
                    Region = region,
                    LegalBasis = "PIPL-10,PIPL-5,TOURL-52",
                    Sectors = "culture-tourism,public-security",
                    Score = 0.5 + (i % 50 / 100.0),
                    Procuratorate = region + " 人民检察院",
                    ProcuratorateRegion = region,
                    Status = i < caseCount ? ClueStatuses.Opened : i % 5 == 0 ? ClueStatuses.Declined : ClueStatuses.Received,
                    ReceivedAt = start.AddMinutes(i),
                    ReceivedBy = "scale",
                    Findings = [.. Enumerable.Range(0, findingsPerClue).Select(f => new ClueFinding
                    {
                        FindingId = string.Create(CultureInfo.InvariantCulture, $"scale-{i}"),
                        RunId = string.Create(CultureInfo.InvariantCulture, $"scale-run-{f}"),
                        ModelVersion = "1.0.0",
                        Reason = $"身份信息 {subject} 入馆次数超过阈值",
                        Score = 0.9,
                        EvidenceJson = "[{\"entries\":40}]",
                        ReportSha256 = new string('a', 64),
                        RunFinishedAt = start.AddDays(f),
                    })],
                });
            }

            db.SaveChanges();
        }

        using (var db = store.CreateContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var clueIds = db.Clues.Where(c => c.Status == ClueStatuses.Opened).OrderBy(c => c.Id).Select(c => new { c.Id, c.Title, c.Subject, c.Region, c.Procuratorate }).ToList();
            var today = new DateOnly(2026, 10, 1);
            foreach (var (clue, n) in clueIds.Select((c, n) => (c, n)))
            {
                var opened = today.AddDays(-(n % 300));
                var stage = Stages[n % Stages.Length];
                var events = new List<CaseEvent> { new() { Stage = "filed", Date = opened, RecordedAt = start, RecordedBy = "scale" } };
                if (Array.IndexOf(Stages, stage) >= 3)
                {
                    events.Add(new CaseEvent { Stage = "recommendation", Date = opened.AddDays(20), AgencySector = "culture-tourism", Agency = "文化广电和旅游局", RecordedAt = start, RecordedBy = "scale" });
                }

                if (stage is not ("filed" or "recommendation"))
                {
                    events.Add(new CaseEvent { Stage = stage, Date = opened.AddDays(25), RecordedAt = start, RecordedBy = "scale" });
                }

                db.Cases.Add(new CaseRecord
                {
                    ClueId = clue.Id,
                    Kind = "administrative",
                    RulesVersion = "2026.1",
                    Stage = stage,
                    Title = clue.Title,
                    Subject = clue.Subject,
                    Region = clue.Region,
                    Procuratorate = clue.Procuratorate!,
                    ProcuratorateRegion = clue.Region,
                    OpenedOn = opened,
                    CreatedAt = start,
                    CreatedBy = "scale",
                    Events = events,
                });
            }

            db.SaveChanges();
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store-scale: {clueCount} clues, {clueCount * findingsPerClue} findings, {caseCount} cases in {watch.Elapsed.TotalSeconds:0.0} s"));
    }
}
