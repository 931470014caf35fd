using System.Text.Json.Nodes;

namespace PiplWatch.Cli.Tests;

public sealed class RunCommandTests : CliTestBase
{
    [Fact]
    public async Task DemoThenRun_FileImportedOnTheFly_ReproducesTheSeedFigures()
    {
        // Arrange
        var demo = Path.Combine(Cli.DataDirectory, "demo");
        var generated = await Cli.RunAsync("demo", "generate", "reservation-abuse", "--out", demo);
        var export = Directory.GetFiles(demo, "*.csv").Single();
        var reportFile = Path.Combine(Cli.DataDirectory, "n6.json");

        // Act
        var run = await Cli.RunAsync("run", "reservation-abuse", "--input", "reservations=" + export, "--region", "360200", "--param", "threshold=10", "--out", reportFile);

        // Assert
        Assert.Equal(0, generated.ExitCode);
        Assert.Equal(0, run.ExitCode);
        var summary = JsonNode.Parse(run.Output)!;
        Assert.Equal(207_012, summary["records"]!.GetValue<long>());
        Assert.Equal(0.4678, summary["repeat_share"]!.GetValue<double>());
        Assert.Equal(556, summary["identities_over_threshold"]!.GetValue<long>());
        var report = JsonNode.Parse(File.ReadAllText(reportFile))!;
        Assert.Equal("reservation-abuse", report["model"]!.GetValue<string>());
        Assert.Equal("reservations", report["inputs"]![0]!["role"]!.GetValue<string>());
        Assert.Equal(64, report["inputs"]![0]!["sha256"]!.GetValue<string>().Length);
        Assert.Equal("10", report["parameters"]!["threshold"]!.GetValue<string>());
        // Identities appear masked only: no 18-character ID number in the report.
        Assert.DoesNotMatch(@"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])", File.ReadAllText(reportFile));

        // Follow-up: the same data with a stricter threshold, compared with the first run, exported as CSV and XLSX.
        var followUp = Path.Combine(Cli.DataDirectory, "n6-follow-up.json");
        var second = await Cli.RunAsync("run", "reservation-abuse", "--input", "reservations=" + export, "--region", "360200", "--param", "threshold=20",
            "--out", followUp, "--compare", reportFile, "--csv", Path.Combine(Cli.DataDirectory, "n6.csv"), "--xlsx", Path.Combine(Cli.DataDirectory, "n6.xlsx"));
        Assert.Equal(0, second.ExitCode);
        var comparison = JsonNode.Parse(File.ReadAllText(followUp))!["summary"]!["comparison"]!;
        Assert.NotEmpty(comparison["gone"]!.AsArray());
        Assert.NotEmpty(comparison["still_present"]!.AsArray());
        Assert.Empty(comparison["new"]!.AsArray());
        Assert.DoesNotContain("imported", second.Error, StringComparison.Ordinal);
        Assert.StartsWith("id,kind,subject,score", File.ReadAllLines(Path.Combine(Cli.DataDirectory, "n6.csv"))[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(Path.Combine(Cli.DataDirectory, "n6.xlsx"))[..2]);
        var runs = Directory.GetFiles(Path.Combine(Cli.DataDirectory, "workspace", "runs"), "*.json");
        Assert.Equal(2, runs.Length);
        Assert.All(runs, r => Assert.NotNull(JsonNode.Parse(File.ReadAllText(r))!["run_by"]));
        var listed = JsonNode.Parse((await Cli.RunAsync("runs", "--json")).Output)!.AsArray();
        Assert.Equal(2, listed.Count);
        Assert.All(listed, r => Assert.Equal("reservation-abuse", r!["model"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Models_ListsReservationAbuseWithParameters()
    {
        var result = await Cli.RunAsync("models", "--json");

        var model = JsonNode.Parse(result.Output)!.AsArray().Single(m => m!["id"]!.GetValue<string>() == "reservation-abuse")!;
        Assert.Contains(model["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "window_days");
        Assert.Equal("N6", model["scenario"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("run", "no-such-model", "--input", "reservations=x", "--out", "r.json")]
    [InlineData("run", "reservation-abuse", "--input", "nonsense", "--out", "r.json")]
    [InlineData("demo", "generate", "insider-access", "--out", "d")]
    public async Task BadUsage_ExitsTwo(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task Run_UnknownDataset_Fails()
    {
        var result = await Cli.RunAsync("run", "reservation-abuse", "--input", "reservations=not-there", "--out", Path.Combine(Cli.DataDirectory, "r.json"));

        Assert.Equal(1, result.ExitCode);
        result.AssertOneLineError();
    }
}
