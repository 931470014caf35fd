using System.Text.Json.Nodes;
using PiplWatch.Analytics.Models.FakeRecruitment;

namespace PiplWatch.Cli.Tests;

public sealed class FakeRecruitmentCommandTests : CliTestBase
{
    [Fact]
    public async Task DemoImportEachWithItsMappingThenRun_TwoPlatformsAndTheRegistry_FlagsThePlantedCompaniesAndPostings()
    {
        // Arrange: the issue's flow — each platform's export with its own mapping, the role given two datasets.
        var demo = Path.Combine(Cli.DataDirectory, "n3");
        var generated = await Cli.RunAsync("demo", "generate", "fake-recruitment", "--out", demo);
        var imports = new List<CliResult>();
        foreach (var (file, name) in new[] { ("platform-a", "zhaopin-a"), ("platform-b", "zhaopin-b"), ("registry", "gsdj") })
        {
            imports.Add(await Cli.RunAsync("import", Path.Combine(demo, file + ".csv"), "--as", name, "--mapping", Path.Combine(demo, file + ".mapping.json")));
        }

        var reportFile = Path.Combine(Cli.DataDirectory, "n3.json");

        // Act
        var run = await Cli.RunAsync("run", "fake-recruitment", "--input", "job_postings=zhaopin-a", "--input", "job_postings=zhaopin-b",
            "--input", "business_registry=gsdj", "--region", "440106", "--out", reportFile);

        // Assert
        Assert.Equal(0, generated.ExitCode);
        Assert.All(imports, i => Assert.Equal(0, i.ExitCode));
        Assert.Equal(0, run.ExitCode);
        var summary = JsonNode.Parse(run.Output)!;
        var report = JsonNode.Parse(File.ReadAllText(reportFile))!;
        Assert.Equal(["job_postings", "job_postings", "business_registry"], report["inputs"]!.AsArray().Select(i => i!["role"]!.GetValue<string>()));
        var rows = report["inputs"]!.AsArray().Take(2).Sum(i => i!["rows"]!.GetValue<long>());
        Assert.Equal(rows, summary["postings"]!.GetValue<long>());
        foreach (var key in new[] { "companies_advertised", "companies_matched", "companies_unmatched", "companies_flagged" })
        {
            Assert.True(summary[key]!.GetValue<long>() > 0, key);
        }

        var bySignal = summary["by_signal"]!.AsObject();
        Assert.Equal(["not_in_registry", "deregistered", "revoked", "abnormal_list", "zero_insured", "new_mass_posting", "shared_phone", "address_cluster", "impersonation", "salary_outlier", "suspicious_text"],
            bySignal.Select(kv => kv.Key));
        Assert.All(bySignal, kv => Assert.True(kv.Value!.GetValue<long>() >= 2, kv.Key));
        var findings = report["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["subject"]!.GetValue<string>() == "广州市辉拓益电子商务有限公司" && f["signals"]!.AsArray().Count >= 4);
        // Every case the generator planted (with the seed `demo generate` uses) is a finding: companies by name, postings by id.
        var subjects = findings.Select(f => f!["subject"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Assert.All(new FakeRecruitmentDemoGenerator().Planted, p => Assert.Contains(p.Subject, subjects));
        Assert.All(findings, f => Assert.Equal(["human-resources", "market-regulation"], f!["sectors"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal)));
        // Contact phones appear masked only.
        Assert.DoesNotMatch(@"(?<!\d)1[3-9]\d{9}(?!\d)", File.ReadAllText(reportFile));
    }
}
