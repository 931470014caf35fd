using PiplWatch.Detection.Audit;

namespace PiplWatch.Detection.Tests.Audit;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        User-agent: Googlebot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Allow: /private/public-notice.html
        Disallow: /tmp # trailing comment
        """;

    [Theory]
    [InlineData("/index.html", true)]
    [InlineData("/private/list.xlsx", false)]
    [InlineData("/private/public-notice.html", true)]
    [InlineData("/tmp/x.html", false)]
    public void Allows_LongestMatchWinsAllowOnTies(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "PiplWatch-Audit").Allows(path));

    [Fact]
    public void Parse_OwnGroupBeatsStar() =>
        Assert.False(RobotsRules.Parse("User-agent: piplwatch\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "PiplWatch-Audit").Allows("/a"));

    [Fact]
    public void AllowAll_AllowsEverything() => Assert.True(RobotsRules.AllowAll.Allows("/anything"));
}
