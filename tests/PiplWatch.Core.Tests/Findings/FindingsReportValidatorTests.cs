using PiplWatch.Core.Findings;

namespace PiplWatch.Core.Tests.Findings;

public sealed class FindingsReportValidatorTests(CatalogFixture fixture) : IClassFixture<CatalogFixture>
{
    [Fact]
    public void Validate_SoundReport_HasNoProblems()
    {
        var report = new FindingsReportBuilder().WithInput("reservations", "a").WithFinding("identity_overuse", "360202********123X").Build();

        Assert.Empty(FindingsReportValidator.Validate(report, fixture.Reference.Legal, fixture.Reference.Sectors));
    }

    [Fact]
    public void Validate_BadFindings_NamesEachProblem()
    {
        var report = new FindingsReportBuilder()
            .WithFinding("identity_overuse", "x", region: "3602", score: 1.5, tweak: t =>
            {
                t.LegalBasis = ["PIPL-999"];
                t.Sectors = ["banking"];
            })
            .Build();

        var problems = FindingsReportValidator.Validate(report, fixture.Reference.Legal, fixture.Reference.Sectors);

        Assert.Contains(problems, p => p.Contains("score 1.5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("region '3602'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("PIPL-999", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("banking", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateFindingIds_Reported()
    {
        var report = new FindingsReportBuilder().WithFinding("k", "same").WithFinding("k", "same").Build();

        Assert.Contains(FindingsReportValidator.Validate(report, fixture.Reference.Legal, fixture.Reference.Sectors), p => p.Contains("appears 2 times", StringComparison.Ordinal));
    }
}
