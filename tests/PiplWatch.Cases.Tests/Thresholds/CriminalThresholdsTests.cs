using PiplWatch.Cases.Thresholds;
using PiplWatch.Core.Legal;

namespace PiplWatch.Cases.Tests.Thresholds;

public sealed class CriminalThresholdsTests
{
    [Theory]
    [InlineData(49, 0, 0, 0, false, ThresholdLevel.Below)]
    [InlineData(50, 0, 0, 0, false, ThresholdLevel.Serious)]
    [InlineData(25, 0, 0, 0, true, ThresholdLevel.Serious)] // insiders: half of 50
    [InlineData(0, 499, 0, 0, false, ThresholdLevel.Below)]
    [InlineData(0, 500, 0, 0, false, ThresholdLevel.Serious)]
    [InlineData(0, 0, 4999, 0, false, ThresholdLevel.Below)]
    [InlineData(0, 0, 2500, 0, true, ThresholdLevel.Serious)]
    [InlineData(0, 0, 0, 5000, false, ThresholdLevel.Serious)]
    [InlineData(0, 0, 0, 2500, true, ThresholdLevel.Serious)]
    [InlineData(25, 250, 0, 0, false, ThresholdLevel.Serious)] // below each threshold, half + half reaches one
    [InlineData(500, 0, 0, 0, false, ThresholdLevel.EspeciallySerious)]
    [InlineData(0, 0, 60000, 0, false, ThresholdLevel.EspeciallySerious)] // O6: 60,000+ orders
    public void Figures_are_held_against_article_five(long sensitive, long important, long other, int gains, bool insider, ThresholdLevel expected)
    {
        var assessment = CriminalThresholds.Assess(new ThresholdFigures { Sensitive = sensitive, Important = important, Other = other, Gains = gains, Insider = insider });
        Assert.Equal(expected, assessment.Level);
        Assert.Equal(expected != ThresholdLevel.Below, assessment.ConsiderReferral);
    }

    [Fact]
    public void The_reasons_say_which_item_and_that_the_sum_is_practice()
    {
        var assessment = CriminalThresholds.Assess(new ThresholdFigures { Sensitive = 25, Important = 250, Insider = false });
        Assert.Contains(assessment.Reasons, r => r.Contains("第三项", StringComparison.Ordinal));
        Assert.Contains(assessment.Reasons, r => r.Contains("第六项", StringComparison.Ordinal) && r.Contains("未经核实", StringComparison.Ordinal));
        Assert.Equal(1.0, assessment.Score);
    }

    [Fact]
    public void The_article_is_in_the_legal_catalog_as_checked_text()
    {
        Assert.Equal(Confidence.Text, LegalCatalog.LoadEmbedded().FindArticle(ThresholdAssessment.LegalId)!.Confidence);
    }

    [Fact]
    public void Negative_figures_are_refused() =>
        Assert.Throws<ArgumentException>(() => CriminalThresholds.Assess(new ThresholdFigures { Other = -1 }));
}
