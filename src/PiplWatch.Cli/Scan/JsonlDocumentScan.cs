using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core;
using PiplWatch.Detection;

namespace PiplWatch.Cli.Scan;

/// <summary>
/// Reads one JSON document per line and writes one line per document, documents without hits included:
/// <c>{"id": …, "spans": [{"start", "end", "type", "score"}]}</c>, offsets in UTF-16 code units of the text field.
/// </summary>
internal static class JsonlDocumentScan
{
    public static async Task<long> RunAsync(PiiDetector detector, string input, string idField, string textField, string? output, CliContext context, CancellationToken cancellationToken)
    {
        if (!File.Exists(input))
        {
            throw new CliFailure($"--jsonl-in '{input}' does not exist");
        }

        long count = 0;
        await OutputTarget.WriteAsync(output, context, async writer =>
        {
            using var reader = new StreamReader(input, Encoding.UTF8);
            long line = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } text)
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                JsonObject document;
                try
                {
                    document = JsonNode.Parse(text)?.AsObject() ?? throw new JsonException("not an object");
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException)
                {
                    throw new CliFailure($"{input} line {line}: not a JSON object ({ex.Message})");
                }

                if (document[textField] is not JsonValue textValue || !textValue.TryGetValue<string>(out var body))
                {
                    throw new CliFailure($"{input} line {line}: field \"{textField}\" is missing or not a string");
                }

                var spans = new JsonArray();
                foreach (var hit in detector.Detect(body))
                {
                    spans.Add(new JsonObject { ["start"] = hit.Start, ["end"] = hit.End, ["type"] = hit.Type.ToPublicName(), ["score"] = hit.Score });
                }

                var result = new JsonObject { ["id"] = document[idField]?.DeepClone(), ["spans"] = spans };
                await writer.WriteLineAsync(result.ToJsonString(ReferenceJson.Compact));
                count++;
            }
        }, cancellationToken);
        return count;
    }
}
