using PiplWatch.Core.Findings;

namespace PiplWatch.Core.Tests.Findings;

public sealed class FindingIdTests
{
    [Fact]
    public void For_SameInputs_SameIdAcrossRuns() =>
        Assert.Equal(FindingId.For("m", "k", "主体", "130609"), FindingId.For("m", "k", "主体", "130609"));

    [Theory]
    [InlineData("m2", "k", "s", "130609")]
    [InlineData("m", "k2", "s", "130609")]
    [InlineData("m", "k", "s2", "130609")]
    [InlineData("m", "k", "s", "130600")]
    public void For_AnyInputDiffers_IdDiffers(string model, string kind, string subject, string region) =>
        Assert.NotEqual(FindingId.For("m", "k", "s", "130609"), FindingId.For(model, kind, subject, region));

    [Fact]
    public void For_FieldBoundariesMatter() =>
        Assert.NotEqual(FindingId.For("ab", "c", "s", "130609"), FindingId.For("a", "bc", "s", "130609"));

    [Fact]
    public void For_FullWidthAndHalfWidthSubject_SameId() =>
        Assert.Equal(FindingId.For("m", "k", "ＡＢＣ公司", "130609"), FindingId.For("m", "k", "ABC公司", "130609"));

    [Fact]
    public void For_HasAStableShape() => Assert.Matches("^F[0-9a-f]{20}$", FindingId.For("m", "k", "s", "130609"));
}
