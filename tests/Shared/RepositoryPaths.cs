namespace PiplWatch.TestSupport;

/// <summary>Locates the repository from a test's output folder, so tests can read shipped data files and project files.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PiplWatch.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No PiplWatch.slnx above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    public static string Source(params string[] parts) => Path.Combine([Root, "src", .. parts]);
}
