using System.Reflection;

namespace PiplWatch.Core;

/// <summary>Opens the reference data files compiled into this assembly (see each Data/README.md for origin and licence).</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Opens <paramref name="path"/>, relative to the project folder, e.g. <c>Regions/Data/mumuy_list.json</c>.</summary>
    public static Stream Open(string path)
    {
        var name = "PiplWatch.Core." + path;
        return Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded reference data '{path}' is missing from {Assembly.GetName().Name}; the build is incomplete.");
    }

    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }
}
