using PiplWatch.TestSupport;

namespace PiplWatch.Cli.Tests;

/// <summary>Runs a real command line in-process against a temporary data directory and captures both streams.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    public string DataDirectory => _data.Path;

    public Task<CliResult> RunAsync(params string[] args) => RunExactlyAsync([.. args, "--data", _data.Path]);

    /// <summary>Runs the arguments as given, without pointing at the temporary data directory (for --version alone).</summary>
    public static async Task<CliResult> RunExactlyAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => _data.Dispose();
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Errors are one line with a reason, never a stack trace.</summary>
    public void AssertOneLineError()
    {
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("piplwatch: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
    }
}
