using System.Net;

namespace PiplWatch.Web.Tests;

public sealed class HostTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> GetHtmlAsync(string path)
    {
        using var client = host.CreateClient();
        return await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancel);
    }

    [Fact]
    public void Start_OnLoopback_CreatesTheDataDirectory()
    {
        Assert.Equal("127.0.0.1", host.BaseAddress.Host);
        Assert.True(Directory.Exists(host.DataDirectory));
        Assert.True(Directory.Exists(Path.Combine(host.DataDirectory, "reference")));
    }

    [Fact]
    public async Task Healthz_AnswersHealthy()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Home_IsChineseAndListsTheFourteenScenarios()
    {
        var html = await GetHtmlAsync("/");

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("数据流", html, StringComparison.Ordinal);
        foreach (var id in new[] { "N1", "N2", "N3", "N4", "N5", "N6", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8" })
        {
            Assert.Contains($"data-scenario=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("江西省 / 景德镇市", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticAssets_AreServed()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/lib/bootstrap/bootstrap.min.css", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Regions_SearchUniqueName_ShowsProcuratorateAndAgencies()
    {
        var html = await GetHtmlAsync("/reference/regions?q=" + Uri.EscapeDataString("保定市徐水区"));

        Assert.Contains("保定市徐水区人民检察院", html, StringComparison.Ordinal);
        Assert.Contains("保定市徐水区住房和城乡建设局", html, StringComparison.Ordinal);
        Assert.Contains("保定市公安局徐水区分局", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regions_AmbiguousName_ListsTheChoices()
    {
        var html = await GetHtmlAsync("/reference/regions?q=" + Uri.EscapeDataString("朝阳区"));

        Assert.Contains("110105", html, StringComparison.Ordinal);
        Assert.Contains("220104", html, StringComparison.Ordinal);
        Assert.Contains("请选择", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Law_Pipl_ListsArticlesWithVerification()
    {
        var html = await GetHtmlAsync("/reference/law?law=PIPL");

        Assert.Contains("id=\"PIPL-28\"", html, StringComparison.Ordinal);
        Assert.Contains("已核实", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reference/law?law=NOPE")]
    [InlineData("/reference/law?scheme=nope")]
    [InlineData("/reference/regions?code=999999")]
    [InlineData("/no-such-page")]
    public async Task UnknownThings_AreNotFound(string path)
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // A page in the site's language, not a bare status or JSON.
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("找不到此页面", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
