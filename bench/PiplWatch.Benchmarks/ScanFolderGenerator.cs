using System.Globalization;
using System.Text;
using PiplWatch.Core;
using PiplWatch.Detection.Tests.Corpus;

namespace PiplWatch.Benchmarks;

/// <summary>
/// Writes a folder of generated documents for the end-to-end scan measurement: text, CSV, HTML and JSON-lines files of
/// about 4 MB each, filled with the labeled corpus's genres, until the folder reaches the requested size.
/// </summary>
internal static class ScanFolderGenerator
{
    public static void Run(string folder, long megabytes)
    {
        Directory.CreateDirectory(folder);
        var reference = ReferenceData.Load(dataDirectory: null);
        var generator = new CorpusGenerator(seed: 4242, reference.Regions);
        var documents = generator.Generate(int.MaxValue).GetEnumerator();
        long written = 0;
        var target = megabytes * 1024 * 1024;
        for (var file = 0; written < target; file++)
        {
            var extension = (file % 4) switch { 0 => ".txt", 1 => ".csv", 2 => ".html", _ => ".jsonl" };
            var path = Path.Combine(folder, $"part-{file / 100:000}", string.Create(CultureInfo.InvariantCulture, $"doc-{file:00000}{extension}"));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var builder = new StringBuilder(4_300_000);
            builder.Append(extension switch { ".csv" => "id,genre,text\n", ".html" => "<html><body>\n", _ => string.Empty });
            var line = 0;
            while (builder.Length < 1_400_000 && documents.MoveNext())
            {
                var doc = documents.Current;
                line++;
                builder.Append(extension switch
                {
                    ".csv" => string.Create(CultureInfo.InvariantCulture, $"{line},{doc.Genre},\"{doc.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n"),
                    ".html" => "<div><p>" + System.Net.WebUtility.HtmlEncode(doc.Text).Replace("\n", "<br>", StringComparison.Ordinal) + "</p></div>\n",
                    ".jsonl" => "{\"id\":" + line.ToString(CultureInfo.InvariantCulture) + ",\"text\":" + System.Text.Json.JsonSerializer.Serialize(doc.Text) + "}\n",
                    _ => doc.Text + "\n\n",
                });
            }

            builder.Append(extension == ".html" ? "</body></html>\n" : string.Empty);
            var bytes = Encoding.UTF8.GetBytes(builder.ToString());
            File.WriteAllBytes(path, bytes);
            written += bytes.Length;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {written / 1024 / 1024} MB to {folder}"));
    }
}
