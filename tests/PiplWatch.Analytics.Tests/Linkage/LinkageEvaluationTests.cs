using PiplWatch.Analytics.Linkage;

namespace PiplWatch.Analytics.Tests.Linkage;

public sealed class LinkageEvaluationTests
{
    // Seed 1 chose the thresholds; this seed was not looked at before the floors were set.
    private static readonly Lazy<LinkageEvaluationResult> Result = new(() => LinkageEvaluation.Run(seed: 7, companies: 3000, advertised: 2000));

    [Fact]
    public void PrecisionAndRecallOnGeneratedTruthStayAboveTheFloor()
    {
        var all = Result.Value.All;
        // On seed 1: precision 99.9 %, recall 88.5 %. Recall is capped by design: one-character typos (9 % of the names)
        // cannot be told from look-alike fakes and stay unmatched at the default threshold. A regression in any one rule
        // (each kind is 4–14 % of the names) or links of look-alikes (7 %) takes the figures below these floors.
        Assert.True(all.Precision >= 0.98, $"precision {all.Precision:P1}");
        Assert.True(all.Recall >= 0.85, $"recall {all.Recall:P1}");
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("uscc")]
    [InlineData("full_width")]
    [InlineData("legal_form")]
    [InlineData("abbreviation")]
    [InlineData("place_in_brackets")]
    [InlineData("no_city")]
    [InlineData("branch_registered")]
    [InlineData("sibling_one_char")]
    [InlineData("twin_other_city")]
    public void EveryNormalisationRuleRecoversItsKind(string kind)
    {
        var figures = Result.Value.ByKind.Single(k => k.Kind == kind);
        Assert.True(figures.Records > 20, $"{kind}: only {figures.Records} names");
        Assert.True(figures.Recall >= 0.97 && figures.Precision >= 0.99, $"{kind}: precision {figures.Precision:P1}, recall {figures.Recall:P1}");
    }

    [Fact]
    public void NamesThatExistNowhereAreNotLinked()
    {
        Assert.Equal(0, Result.Value.ByKind.Single(k => k.Kind == "absent").Linked);
        var lookalikes = Result.Value.ByKind.Single(k => k.Kind == "lookalike_absent");
        Assert.True(lookalikes.Linked <= lookalikes.Records / 20, $"{lookalikes.Linked} of {lookalikes.Records} look-alikes linked");
    }
}
