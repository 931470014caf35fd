using System.Net;

namespace PiplWatch.Web.Tests;

/// <summary>Pages are in Chinese unless the user switches to English; the switch returns to the same page and nowhere else.</summary>
public sealed class LanguageTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Pages_are_Chinese_first_and_switch_to_English_and_back()
    {
        using var session = host.Session();
        await session.SignInAsync("procurator");
        var chinese = await session.GetHtmlAsync("/cases");
        Assert.Contains("<html lang=\"zh-CN\">", chinese, StringComparison.Ordinal);
        Assert.Contains(">线索</a>", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain(">Clues</a>", chinese, StringComparison.Ordinal);

        using (var switched = await session.GetAsync("/lang?to=en&back=" + Uri.EscapeDataString("/cases?page=1")))
        {
            Assert.Equal("/cases", switched.RequestMessage!.RequestUri!.AbsolutePath);
            var english = await switched.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
            Assert.Contains(">Clues</a>", english, StringComparison.Ordinal);
            Assert.DoesNotContain(">线索</a>", english, StringComparison.Ordinal);
        }

        // The choice is kept: the next page is English too.
        Assert.Contains(">Sign out</button>", await session.GetHtmlAsync("/dashboard"), StringComparison.Ordinal);

        using (var back = await session.GetAsync("/lang?to=zh&back=/dashboard"))
        {
            Assert.Contains(">退出</button>", await back.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Public_pages_messages_and_refusals_follow_the_switch()
    {
        using var session = host.Session();
        var chinese = await session.GetHtmlAsync("/report");
        Assert.Contains("举报个人信息保护问题", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("Report a personal-information problem", chinese, StringComparison.Ordinal);

        using (var switched = await session.GetAsync("/lang?to=en&back=/report"))
        {
            var english = await switched.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("Report a personal-information problem", english, StringComparison.Ordinal);
            Assert.DoesNotContain("举报个人信息保护问题", english, StringComparison.Ordinal);
        }

        // The reporter's status, the home page's flow, the reference pages: English only.
        var status = await session.GetHtmlAsync("/report/status?code=NOSUCHCODE");
        Assert.Contains("No report has this tracking code.", status, StringComparison.Ordinal);
        Assert.DoesNotContain("没有这个查询码", status, StringComparison.Ordinal);
        var home = await session.GetHtmlAsync("/");
        Assert.Contains("Flow of data", home, StringComparison.Ordinal);
        Assert.DoesNotContain("数据流", home, StringComparison.Ordinal);
        Assert.Contains("Checked", await session.GetHtmlAsync("/reference/law?law=PIPL"), StringComparison.Ordinal);

        // Messages the page models set, and the status pages.
        using (var wrong = await session.PostFormAsync("/account/login", "/account/login", [new("UserName", "procurator"), new("Password", "not-the-password")]))
        {
            var html = await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("Wrong user name or password", html, StringComparison.Ordinal);
            Assert.DoesNotContain("用户名或密码不正确", html, StringComparison.Ordinal);
        }

        using var missing = await session.GetAsync("/reference/regions?code=999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("//example.org/")]
    [InlineData("/\\example.org")]
    public async Task The_switch_never_sends_the_user_to_another_site(string back)
    {
        using var session = host.Session();
        using var response = await session.GetAsync("/lang?to=en&back=" + Uri.EscapeDataString(back));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(host.BaseAddress.Host, response.RequestMessage!.RequestUri!.Host);
        Assert.Equal("/", response.RequestMessage.RequestUri.AbsolutePath);
    }
}
