namespace PiplWatch.Cli.Infrastructure;

/// <summary>An expected failure with a one-line reason for the user; carries the exit code to return.</summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(string message, int exitCode = ExitCodes.Failed)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliFailure()
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = ExitCodes.Failed;

    /// <summary>A failure of the command line itself (exit code 2).</summary>
    public static CliFailure Usage(string message) => new(message, ExitCodes.Usage);
}
