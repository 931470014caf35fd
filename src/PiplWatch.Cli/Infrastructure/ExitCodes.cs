namespace PiplWatch.Cli.Infrastructure;

/// <summary>Exit codes scripts depend on.</summary>
internal static class ExitCodes
{
    /// <summary>The command completed.</summary>
    public const int Success = 0;

    /// <summary>The command could not do what was asked (unknown code, unreadable file, …).</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
