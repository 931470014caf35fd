namespace PiplWatch.Core.Hosting;

/// <summary>
/// Where PiplWatch keeps its data. Both hosts resolve it the same way: <c>--data DIR</c>, else the environment
/// variable <c>PIPLWATCH_DATA</c>, else <c>./data</c>; the folder is created on first use.
/// Layout: <c>piplwatch.db</c> (case store), <c>workspace/</c> (datasets), <c>reference/</c> (administrator's
/// reference data: office-names.json, functional-zones.json).
/// </summary>
public static class DataDirectory
{
    /// <summary>The environment variable consulted when no option is given.</summary>
    public const string EnvironmentVariable = "PIPLWATCH_DATA";

    /// <summary>Folder name used when neither the option nor the variable is set.</summary>
    public const string DefaultFolder = "data";

    /// <summary>The data directory as an absolute path, without touching the disk.</summary>
    public static string Resolve(string? option, Func<string, string?> environment, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentException.ThrowIfNullOrEmpty(currentDirectory);
        var chosen = !string.IsNullOrWhiteSpace(option) ? option
            : environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment
            : DefaultFolder;
        return Path.GetFullPath(chosen, currentDirectory);
    }

    /// <summary>Resolves the data directory from the process environment and creates it if needed.</summary>
    /// <exception cref="IOException">The folder cannot be created; the message names it.</exception>
    public static string ResolveAndCreate(string? option)
    {
        var path = Resolve(option, Environment.GetEnvironmentVariable, Environment.CurrentDirectory);
        try
        {
            Directory.CreateDirectory(path);
            Directory.CreateDirectory(ReferenceFolder(path));
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new IOException($"Cannot create the data directory '{path}': {ex.Message}", ex);
        }

        return path;
    }

    /// <summary>The folder of the administrator's reference data inside <paramref name="dataDirectory"/>.</summary>
    public static string ReferenceFolder(string dataDirectory) => Path.Combine(dataDirectory, "reference");

    /// <summary>The file of configured office names (procuratorates and agencies).</summary>
    public static string OfficeNamesFile(string dataDirectory) => Path.Combine(ReferenceFolder(dataDirectory), "office-names.json");

    /// <summary>The administrator's functional-zone file.</summary>
    public static string FunctionalZonesFile(string dataDirectory) => Path.Combine(ReferenceFolder(dataDirectory), "functional-zones.json");
}
