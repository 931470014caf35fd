using System.Diagnostics;

namespace PiplWatch.Cli.Tests;

public sealed class RootCommandTests : CliTestBase
{
    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("regions", result.Output, StringComparison.Ordinal);
        Assert.Contains("law", result.Output, StringComparison.Ordinal);
        Assert.Contains("agency", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        var result = await CliRunner.RunExactlyAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output.Trim());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("regions", "lookup")]
    [InlineData("regions", "lookup", "130609", "--no-such-option")]
    public async Task BadCommandLine_IsBadUsageWithOneLine(params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        result.AssertOneLineError();
    }

    [Fact]
    public async Task Executable_ExitCodesAndStreams_AsScriptsSeeThem()
    {
        // The built tool as a script runs it: a real process, real exit code, real stderr.
        var tool = Path.Combine(AppContext.BaseDirectory, "piplwatch.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { tool, "regions", "lookup", "999999", "--data", Cli.DataDirectory })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        Assert.Empty(stdout);
        new CliResult(process.ExitCode, stdout, stderr).AssertOneLineError();
    }
}
