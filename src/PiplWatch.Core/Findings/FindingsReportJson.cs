using System.Text.Json;

namespace PiplWatch.Core.Findings;

/// <summary>Reads and writes report files. Writes go to a temporary name and are renamed, so a reader never sees half a report.</summary>
public static class FindingsReportJson
{
    /// <summary>The report as JSON text.</summary>
    public static string Serialize(FindingsReport report) => JsonSerializer.Serialize(report, ReferenceJson.Options);

    /// <summary>
    /// The SHA-256 (lower-case hex) of <see cref="Serialize"/>: what a clue records as the report its finding came from
    /// when the report was never a file.
    /// </summary>
    public static string Sha256(FindingsReport report) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Serialize(report))));

    /// <summary>Parses a report; the exception names what is wrong.</summary>
    /// <exception cref="InvalidDataException">Not a report in the contract's shape.</exception>
    public static FindingsReport Deserialize(string json, string source = "report")
    {
        try
        {
            return JsonSerializer.Deserialize<FindingsReport>(json, ReferenceJson.Options)
                ?? throw new InvalidDataException($"{source}: empty report");
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? string.Empty : $" at {ex.Path}";
            throw new InvalidDataException($"{source}: not a findings report{where} (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
    }

    /// <summary>Reads a report file.</summary>
    public static async Task<FindingsReport> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var json = await File.ReadAllTextAsync(path, cancellationToken);
        return Deserialize(json, path);
    }

    /// <summary>Writes a report file atomically (temporary file, then rename).</summary>
    public static async Task WriteAsync(FindingsReport report, string path, CancellationToken cancellationToken = default)
    {
        await AtomicFile.WriteAllTextAsync(path, Serialize(report), cancellationToken);
    }
}
