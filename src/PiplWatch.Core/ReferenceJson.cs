using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiplWatch.Core;

/// <summary>The one JSON convention of PiplWatch: snake_case names, enums as snake_case strings, Chinese kept readable.</summary>
public static class ReferenceJson
{
    /// <summary>Options for every file and API payload PiplWatch reads or writes.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>The same options without indentation, for JSON lines.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            WriteIndented = indented,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Chinese names and offsets like +08:00 stay legible in files a procurator may open. These are data
            // files and API payloads, never inlined into HTML, where the relaxed escaping would not be safe.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
