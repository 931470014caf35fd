using System.Net;
using System.Text.RegularExpressions;

namespace PiplWatch.Web.Tests;

/// <summary>An HTTP session as a browser has it: a cookie jar, redirects followed, forms posted with their antiforgery token.</summary>
public sealed partial class WebSession(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = baseAddress };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async Task<HttpResponseMessage> GetAsync(string path) => await _client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

    public async Task<string> GetHtmlAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} → {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    /// <summary>Loads <paramref name="formPage"/>, takes its antiforgery token and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await GetHtmlAsync(formPage);
        var token = Token().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token.Groups[1].Value)]);
        return await _client.PostAsync(new Uri(action, UriKind.Relative), content, Cancel);
    }

    /// <summary>Posts a multipart form (fields and files) with the antiforgery token of <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Field, string FileName, byte[] Content)> files)
    {
        var html = await GetHtmlAsync(formPage);
        var token = Token().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(token.Groups[1].Value), "__RequestVerificationToken");
        foreach (var (field, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), field, fileName);
        }

        return await _client.PostAsync(new Uri(action, UriKind.Relative), content, Cancel);
    }

    public async Task SignInAsync(string user, string password = WebHostFixture.SeedPassword)
    {
        using var response = await PostFormAsync("/account/login", "/account/login", [new("UserName", user), new("Password", password)]);
        Assert.Equal("/dashboard", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
