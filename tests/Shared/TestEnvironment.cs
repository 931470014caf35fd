namespace PiplWatch.TestSupport;

/// <summary>
/// What this machine offers to tests that need more than the .NET SDK. `.ci/run` installs and starts these and sets
/// the variables; on a developer's machine without them the tests report themselves skipped with the reason.
/// </summary>
internal static class TestEnvironment
{
    /// <summary>Debian's Chromium, or the browser named by PIPLWATCH_TEST_CHROMIUM.</summary>
    public static string? Chromium
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("PIPLWATCH_TEST_CHROMIUM");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return File.Exists(configured) ? configured : null;
            }

            return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        }
    }

    public const string ChromiumMissing =
        "Chromium is not installed (apt-get install chromium, or set PIPLWATCH_TEST_CHROMIUM); .ci/run installs it";

    /// <summary>Connection string of a PostgreSQL server for integration tests (PIPLWATCH_TEST_POSTGRES).</summary>
    public static string? Postgres => Environment.GetEnvironmentVariable("PIPLWATCH_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public const string PostgresMissing =
        "PostgreSQL is not configured (set PIPLWATCH_TEST_POSTGRES to a connection string); .ci/run installs and starts it";
}
