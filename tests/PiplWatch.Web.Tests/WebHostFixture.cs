using Microsoft.AspNetCore.Builder;
using PiplWatch.TestSupport;
using PiplWatch.Web.Hosting;

namespace PiplWatch.Web.Tests;

/// <summary>
/// The real web host on 127.0.0.1 with a free port and its own data directory — the same host `dotnet run` starts,
/// so browser tests and HTTP tests see exactly what a user sees.
/// </summary>
public class WebHostFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _data = new();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Whether the first run's demo data is prepared (seconds of work; one test class asks for it).</summary>
    private protected virtual bool SeedDemo => false;

    /// <summary>The password of every seeded account in tests.</summary>
    public const string SeedPassword = "test-password-2026";

    public string DataDirectory => _data.Combine("data");

    /// <summary>The host's services, to put data in the store as an analyst's run would.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>A browser-like session: cookies kept, redirects followed.</summary>
    public WebSession Session() => new(BaseAddress);

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask InitializeAsync()
    {
        _app = PiplWatchWebHost.Build(["--data", DataDirectory, "--urls", "http://127.0.0.1:0", "--environment", "Production", "--seed-password", SeedPassword, "--seed-demo", SeedDemo ? "true" : "false"]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
