using System.Globalization;
using System.Text;
using System.Text.Json;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Detection.Tests.Corpus;

namespace PiplWatch.Benchmarks;

/// <summary>
/// PERSON_NAME and ADDRESS measured on the public Chinese NER sets in ../shared/benchmarks/ner (read in place, never
/// copied). These label news and social text with every person and place name; PiplWatch labels personal names where
/// context marks a record and postal addresses below district level, so the figures show the genre gap, not a goal.
/// Dev/test splits only; nothing was tuned on them.
/// </summary>
internal static class NerEvaluation
{
    public static string Run(string root)
    {
        var reference = ReferenceData.Load(dataDirectory: null);
        var detector = new PiiDetector(reference.Regions, new DetectorOptions { Types = [PiiType.PersonName, PiiType.Address] });
        var sets = new (string Name, Func<IEnumerable<LabeledDocument>> Load)[]
        {
            ("CLUENER2020 dev (name, address)", () => Cluener(Path.Combine(root, "cluener2020", "dev.json"))),
            ("MSRA test (PER, LOC)", () => Bio(Path.Combine(root, "msra", "msra_test_bio.txt"), tag => tag switch { "PER" => PiiType.PersonName, "LOC" => PiiType.Address, _ => null })),
            ("People's Daily test (PER, LOC)", () => Bio(Path.Combine(root, "peoples_daily", "example.test.txt"), tag => tag switch { "PER" => PiiType.PersonName, "LOC" => PiiType.Address, _ => null })),
            ("Weibo test (PER.NAM, LOC/GPE.NAM)", () => Bio(Path.Combine(root, "weibo", "weiboNER_2nd_conll.test.txt"), tag => tag switch { "PER.NAM" => PiiType.PersonName, "LOC.NAM" or "GPE.NAM" => PiiType.Address, _ => null })),
            ("Resume test (NAME, LOC)", () => Bio(Path.Combine(root, "resume", "test.char.bmes.txt"), tag => tag switch { "NAME" => PiiType.PersonName, "LOC" => PiiType.Address, _ => null })),
        };

        var output = new StringBuilder("| dataset | type | truth | TP | FP | FN | precision | recall | F1 |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (name, load) in sets)
        {
            var report = CorpusEvaluator.Evaluate(load(), text => detector.Detect(text));
            foreach (var type in new[] { PiiType.PersonName, PiiType.Address })
            {
                var s = report[type];
                output.Append(CultureInfo.InvariantCulture, $"| {name} | {type.ToPublicName()} | {s.TruePositives + s.FalseNegatives} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} |\n");
            }
        }

        return output.ToString();
    }

    private static IEnumerable<LabeledDocument> Cluener(string path)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;
            var spans = new List<LabeledSpan>();
            if (json.RootElement.TryGetProperty("label", out var labels))
            {
                foreach (var (label, type) in new[] { ("name", PiiType.PersonName), ("address", PiiType.Address) })
                {
                    if (!labels.TryGetProperty(label, out var entities))
                    {
                        continue;
                    }

                    foreach (var entity in entities.EnumerateObject())
                    {
                        foreach (var range in entity.Value.EnumerateArray())
                        {
                            spans.Add(new LabeledSpan(type, range[0].GetInt32(), range[1].GetInt32() + 1));
                        }
                    }
                }
            }

            yield return new LabeledDocument($"cluener-{n++}", "ner", text, spans, []);
        }
    }

    /// <summary>One character per line with a BIO/BMES tag; sentences are separated by blank lines.</summary>
    private static IEnumerable<LabeledDocument> Bio(string path, Func<string, PiiType?> map)
    {
        var text = new StringBuilder();
        var spans = new List<LabeledSpan>();
        (PiiType Type, int Start)? open = null;
        var n = 0;
        foreach (var raw in File.ReadLines(path).Append(string.Empty))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Close();
                if (text.Length > 0)
                {
                    yield return new LabeledDocument($"ner-{n++}", "ner", text.ToString(), spans.ToList(), []);
                }

                text.Clear();
                spans.Clear();
                continue;
            }

            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var tag = parts.Length > 1 ? parts[^1] : "O";
            var prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            var type = prefix == 'O' ? null : map(tag[2..]);
            if (prefix is 'B' or 'S' or 'O' || type is null || open?.Type != type)
            {
                Close();
            }

            if (type is { } t && (prefix is 'B' or 'S' || open is null))
            {
                open = (t, text.Length);
            }

            text.Append(parts[0][0]);
            if (prefix is 'E' or 'S')
            {
                Close();
            }
        }

        void Close()
        {
            if (open is { } o && text.Length > o.Start)
            {
                spans.Add(new LabeledSpan(o.Type, o.Start, text.Length));
            }

            open = null;
        }
    }
}
