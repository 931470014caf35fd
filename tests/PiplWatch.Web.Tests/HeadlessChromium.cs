using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiplWatch.TestSupport;

namespace PiplWatch.Web.Tests;

/// <summary>
/// Debian's Chromium for the browser tests, started the same way for each of them and with Playwright's limits raised
/// to <see cref="Eventually.Limit"/>: on a loaded two-core machine a cold host's first page (Razor compiled, a password
/// hashed, the demo seed running beside it) can take longer than Playwright's default 30 seconds.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private const string FontMissing =
        "No Chinese font is installed (apt-get install fonts-noto-cjk); the pages' layout checks measure Chinese text. .ci/run installs it";

    private static readonly Lazy<bool> HasChineseFont = new(FindChineseFont);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Starts the browser, or skips the test with the reason when Chromium or a Chinese font is missing.</summary>
    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var chromium = TestEnvironment.Chromium;
        Assert.SkipWhen(chromium is null, TestEnvironment.ChromiumMissing);
        Assert.SkipUnless(HasChineseFont.Value, FontMissing);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = (float)Eventually.Limit.TotalMilliseconds,
            // The machine has no internet: without these Chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A new page in its own context, with the raised limits from its first navigation on.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        var context = await _browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)Eventually.Limit.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Eventually.Limit.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>
    /// Whether a Chinese font is installed where fontconfig looks by default, by its file name (Noto/Source Han CJK,
    /// WenQuanYi, Droid Sans Fallback, AR PL): fontconfig's own tools are not always installed beside Chromium.
    /// </summary>
    private static bool FindChineseFont()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] folders = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local/share/fonts")];
        return folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .Select(Path.GetFileName)
            .Any(name => ChineseFontFile().IsMatch(name!));
    }

    [GeneratedRegex(@"cjk|sourcehan|wqy|droidsansfallback|uming|ukai", RegexOptions.IgnoreCase)]
    private static partial Regex ChineseFontFile();
}
