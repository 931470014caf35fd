using System.CommandLine;
using System.Globalization;
using PiplWatch.Analytics.Models.FakeRecruitment;
using PiplWatch.Analytics.Models.ReservationAbuse;
using PiplWatch.Cli.Infrastructure;

namespace PiplWatch.Cli.Models;

/// <summary><c>piplwatch demo generate reservation-abuse|fake-recruitment --out DIR</c>: generated exports for demos and tests (no real person's data).</summary>
internal static class DemoCommand
{
    private static readonly Argument<string> Model = new("model") { Description = "模型 Model whose demo data to generate" };
    private static readonly Option<string> Out = new("--out") { Description = "输出目录 Folder for the generated export", Required = true };

    public static Command Create(CliContext context)
    {
        var generate = new Command("generate", "生成演示数据 Generate demo data for a model") { Model, Out };
        generate.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(Out);
            Directory.CreateDirectory(folder);
            switch (parse.GetRequiredValue(Model))
            {
                case ReservationAbuseModel.Id:
                    var path = Path.Combine(folder, "jingdezhen-museum-2025h1.csv");
                    var rows = new ReservationDemoGenerator().WriteCsv(path);
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {rows} rows (team-channel entries {ReservationDemoGenerator.TeamEntries}, repeat {ReservationDemoGenerator.RepeatEntries}, {ReservationDemoGenerator.HeavyIdentities} identities with 10+ entries, max {ReservationDemoGenerator.MaxEntries})"));
                    return ExitCodes.Success;
                case FakeRecruitmentModel.Id:
                    var generator = new FakeRecruitmentDemoGenerator();
                    var counts = generator.Write(folder);
                    foreach (var file in counts.Files)
                    {
                        context.Output.WriteLine(file);
                    }

                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{counts.PlatformAPostings} + {counts.PlatformBPostings} postings on two platforms, {counts.RegistryRecords} registry records; {generator.Planted.Count} planted cases, {generator.LookAlikes.Count} honest look-alikes (region {FakeRecruitmentDemoGenerator.RegionCode})"));
                    context.Output.WriteLine("import each with its mapping: piplwatch import FILE --as NAME --mapping FILE.mapping.json");
                    return ExitCodes.Success;
                default:
                    throw CliFailure.Usage($"no demo data for model '{parse.GetRequiredValue(Model)}' (available: {ReservationAbuseModel.Id}, {FakeRecruitmentModel.Id})");
            }
        });
        return new Command("demo", "演示数据 Demo data") { generate };
    }
}
