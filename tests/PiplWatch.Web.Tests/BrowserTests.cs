using Microsoft.Playwright;

namespace PiplWatch.Web.Tests;

/// <summary>
/// Drives Debian's Chromium through Playwright against the real host and writes screenshots of the main pages to
/// <c>screenshots/</c> in the test output (look at them). Skipped, with the reason, where Chromium is absent.
/// </summary>
public sealed class BrowserTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/", "home", "" },
        { "/reference/law?law=PIPL", "law-pipl", "" },
        { "/reference/regions?q=%E4%BF%9D%E5%AE%9A%E5%B8%82%E5%BE%90%E6%B0%B4%E5%8C%BA", "regions-xushui", "" },
        { "/account/login", "login", "" },
        { "/report", "volunteer-report", "" },
        { "/report/status?code=NOSUCHCODE", "volunteer-status", "" },
        { "/agency", "agency", "regulator" },
        { "/dashboard", "dashboard", "procurator" },
        { "/clues", "clues", "procurator" },
        { "/clues/{clue}", "clue-detail", "procurator" },
        { "/cases", "cases", "procurator" },
        { "/cases/{case}", "case-detail", "procurator" },
        { "/audits", "audits", "procurator" },
        { "/audits/{audit}", "audit-detail", "procurator" },
        { "/runs/{run}", "run-fake-recruitment", "analyst" },
        { "/clues/{recruitment-clue}", "clue-fake-recruitment", "procurator" },
        { "/audit", "audit-log", "auditor" },
        { "/admin/users", "admin-users", "admin" },
        { "/admin/calendar?show=2026", "admin-calendar", "admin" },
        { "/admin/rules", "admin-rules", "admin" },

        // In English, with the longest menu (the administrator's).
        { "/dashboard", "dashboard-en", "admin@en" },
        { "/clues/{clue}", "clue-detail-en", "procurator@en" },
        { "/cases/{case}", "case-detail-en", "procurator@en" },
        { "/audits/{audit}", "audit-detail-en", "procurator@en" },
        { "/runs/{run}?signal=shared_phone", "run-fake-recruitment-en", "analyst@en" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_RendersWithoutErrors_AtDesktopAndPhoneWidths(string path, string name, string user)
    {
        var english = user.EndsWith("@en", StringComparison.Ordinal);
        user = english ? user[..^3] : user;
        await using var chromium = await HeadlessChromium.LaunchAsync();

        // Signed-in pages show the fixture's clue and case (the dashboard draws its charts from them).
        if (path.Contains('{', StringComparison.Ordinal) || user.Length > 0)
        {
            var (clue, record) = CaseFixtureData.Ensure(host);
            path = path.Replace("{clue}", clue.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{case}", record.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{recruitment-clue}", StringComparison.Ordinal))
        {
            path = path.Replace("{recruitment-clue}", RunFixtureData.EnsureClue(host).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{run}", StringComparison.Ordinal))
        {
            path = path.Replace("{run}", RunFixtureData.Ensure(host), StringComparison.Ordinal);
        }

        if (path.Contains("{audit}", StringComparison.Ordinal))
        {
            path = path.Replace("{audit}", AuditFixtureData.Ensure(host).Second, StringComparison.Ordinal);
        }

        foreach (var (width, height, suffix) in new[] { (1366, 768, "desktop"), (390, 844, "phone") })
        {
            var page = await chromium.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
            if (user.Length > 0)
            {
                await page.GotoAsync(new Uri(host.BaseAddress, "/account/login").ToString());
                await page.FillAsync("#UserName", user);
                await page.FillAsync("#Password", WebHostFixture.SeedPassword);
                await page.ClickAsync("button[type=submit]");
                await page.WaitForURLAsync("**/dashboard");
                if (english)
                {
                    await page.GotoAsync(new Uri(host.BaseAddress, "/lang?to=en&back=/dashboard").ToString());
                }
            }

            var consoleErrors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    consoleErrors.Add(message.Text);
                }
            };
            var failedResources = new List<string>();
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    failedResources.Add($"{response.Status} {response.Url}");
                }
            };

            var response = await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
            if (name.StartsWith("dashboard", StringComparison.Ordinal))
            {
                // ECharts draws every chart and the map (its file fetched after load): a canvas in each container.
                await page.WaitForFunctionAsync("() => { const c = [...document.querySelectorAll('.chart')]; return c.length === 6 && c.every(e => e.querySelector('canvas')); }");
            }

            Assert.Equal(200, response!.Status);
            Assert.Empty(failedResources);
            Assert.Empty(consoleErrors);
            // Bootstrap loaded: the navbar is styled, not a bare list.
            var navbarColor = await page.EvalOnSelectorAsync<string>("nav.navbar", "e => getComputedStyle(e).backgroundColor");
            Assert.Equal("rgb(29, 63, 114)", navbarColor);
            // Nothing wider than the viewport (pages work at phone width).
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{path} overflows horizontally at {width}px");
            if (suffix == "desktop")
            {
                // The menu keeps to one row at 1366 px, whatever the language and the role.
                var navbarHeight = await page.EvalOnSelectorAsync<double>("nav.navbar", "e => e.getBoundingClientRect().height");
                Assert.True(navbarHeight < 80, $"{path}: the menu wraps ({navbarHeight}px high) at {width}px");
            }

            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}-{suffix}.png"), FullPage = suffix == "desktop" });
            await page.CloseAsync();
        }
    }

    private static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");
}
