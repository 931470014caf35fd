using System.Text;
using System.Text.Json;

namespace PiplWatch.Detection.Scanning.Readers;

/// <summary>
/// JSON lines (and single JSON documents): every string and number value is a segment whose column header is its
/// property name and whose element is its path (<c>$.user.phone</c>). Lines that are not JSON are scanned as text.
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    /// <inheritdoc/>
    public string Format => "jsonl";

    /// <inheritdoc/>
    public IEnumerable<TextSegment> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = TextDecoding.OpenText(stream, "JSON file");
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var whole = reader.ReadToEnd();
            foreach (var segment in Parse(whole, path, line: null))
            {
                yield return segment;
            }

            yield break;
        }

        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                foreach (var segment in Parse(text, path, line))
                {
                    yield return segment;
                }
            }
        }
    }

    private static IEnumerable<TextSegment> Parse(string text, string path, long? line)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        }
        catch (JsonException)
        {
            // Not JSON: still text that may hold personal data.
        }

        if (document is null)
        {
            yield return new TextSegment(text, new ScanLocation(path) { Line = line });
            yield break;
        }

        using (document)
        {
            var found = new List<TextSegment>();
            Walk(document.RootElement, new StringBuilder("$"), null, path, line, found);
            foreach (var segment in found)
            {
                yield return segment;
            }
        }
    }

    private static void Walk(JsonElement element, StringBuilder jsonPath, string? property, string path, long? line, List<TextSegment> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var length = jsonPath.Length;
                    jsonPath.Append('.').Append(member.Name);
                    Walk(member.Value, jsonPath, member.Name, path, line, found);
                    jsonPath.Length = length;
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var length = jsonPath.Length;
                    jsonPath.Append('[').Append(index++).Append(']');
                    Walk(item, jsonPath, property, path, line, found);
                    jsonPath.Length = length;
                }

                break;
            case JsonValueKind.String:
            case JsonValueKind.Number:
                var value = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
                if (value.Length > 0)
                {
                    found.Add(new TextSegment(value, new ScanLocation(path) { Line = line, Element = jsonPath.ToString() }, property));
                }

                break;
            default:
                break;
        }
    }
}
