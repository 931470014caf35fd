namespace PiplWatch.Cli.Tests;

/// <summary>Each test class gets a runner with its own temporary data directory.</summary>
public abstract class CliTestBase : IDisposable
{
    internal CliRunner Cli { get; } = new();

    public void Dispose()
    {
        Cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
