namespace PiplWatch.Detection;

/// <summary>Opens the data files compiled into this assembly (Data/README.md gives origin and licence).</summary>
internal static class DetectionData
{
    public static Stream Open(string file) =>
        typeof(DetectionData).Assembly.GetManifestResourceStream("PiplWatch.Detection.Data." + file)
        ?? throw new InvalidOperationException($"Embedded detection data '{file}' is missing; the build is incomplete.");
}
