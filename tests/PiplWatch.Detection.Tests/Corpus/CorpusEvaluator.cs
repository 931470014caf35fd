using System.Globalization;
using System.Text;

namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>Scores a detector against labeled documents, per type.</summary>
public static class CorpusEvaluator
{
    private const int ContextChars = 20;
    private const int MaxSampleErrors = 60;
    private const int MaxSamplesPerKind = 4;

    /// <summary>
    /// A prediction is a true positive when it overlaps a true span of the same type; each true span and each prediction
    /// is matched at most once. Predictions of any type that overlap a decoy are counted by type in
    /// <see cref="EvaluationReport.DecoyHits"/>.
    /// </summary>
    public static EvaluationReport Evaluate(IEnumerable<LabeledDocument> documents, Func<string, IReadOnlyList<PiiHit>> detect)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(detect);
        var types = PiiTypeNames.All;
        var tp = new int[types.Count];
        var fp = new int[types.Count];
        var fn = new int[types.Count];
        var exact = new int[types.Count];
        var decoyHits = new int[types.Count];
        var samples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var errorCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastDocument = new Dictionary<string, string>(StringComparer.Ordinal);
        var documentCount = 0;
        long characters = 0;

        // Samples are kept per kind of error and genre, one per document, so that the few lines shown cover many causes.
        void Sample(string kind, LabeledDocument doc, string line)
        {
            var key = kind + " " + doc.Genre;
            errorCounts[key] = errorCounts.GetValueOrDefault(key) + 1;
            if (!samples.TryGetValue(key, out var list))
            {
                samples[key] = list = [];
            }

            if (list.Count < MaxSamplesPerKind && lastDocument.GetValueOrDefault(key) != doc.Id)
            {
                list.Add(line);
                lastDocument[key] = doc.Id;
            }
        }

        foreach (var doc in documents)
        {
            documentCount++;
            characters += doc.Text.Length;
            var hits = detect(doc.Text);
            var hitMatched = new bool[hits.Count];
            var truthMatched = new bool[doc.Spans.Count];

            // Exact matches first, then any overlap, so that a near-miss never steals an exact partner.
            for (var pass = 0; pass < 2; pass++)
            {
                for (var h = 0; h < hits.Count; h++)
                {
                    if (hitMatched[h])
                    {
                        continue;
                    }

                    var hit = hits[h];
                    for (var t = 0; t < doc.Spans.Count; t++)
                    {
                        var truth = doc.Spans[t];
                        var match = pass == 0 ? truth.Start == hit.Start && truth.End == hit.End : truth.Overlaps(hit.Start, hit.End);
                        if (!truthMatched[t] && truth.Type == hit.Type && match)
                        {
                            truthMatched[t] = hitMatched[h] = true;
                            tp[(int)hit.Type]++;
                            exact[(int)hit.Type] += pass == 0 ? 1 : 0;
                            break;
                        }
                    }
                }
            }

            for (var h = 0; h < hits.Count; h++)
            {
                var hit = hits[h];
                var decoy = doc.Decoys.FirstOrDefault(d => d.Overlaps(hit.Start, hit.End));
                if (decoy is not null)
                {
                    decoyHits[(int)hit.Type]++;
                }

                if (!hitMatched[h])
                {
                    fp[(int)hit.Type]++;
                    var truth = doc.Spans.FirstOrDefault(s => s.Overlaps(hit.Start, hit.End));
                    var note = truth is not null ? $" (truth here: {truth.Type.ToPublicName()} {Quote(doc.Text, truth.Start, truth.End)})"
                        : decoy is not null ? $" (on a {decoy.Type.ToPublicName()} decoy)"
                        : string.Empty;
                    Sample("FP " + hit.Type.ToPublicName(), doc, $"FP {hit.Type.ToPublicName()} doc={doc.Id} [{hit.Explanation.Pattern}] {Context(doc.Text, hit.Start, hit.End)}{note}");
                }
            }

            for (var t = 0; t < doc.Spans.Count; t++)
            {
                if (truthMatched[t])
                {
                    continue;
                }

                var truth = doc.Spans[t];
                fn[(int)truth.Type]++;
                var other = hits.FirstOrDefault(h => truth.Overlaps(h.Start, h.End));
                var note = other is null ? string.Empty : $" (predicted here: {other.Type.ToPublicName()} {Quote(doc.Text, other.Start, other.End)})";
                Sample("FN " + truth.Type.ToPublicName(), doc, $"FN {truth.Type.ToPublicName()} doc={doc.Id} {Context(doc.Text, truth.Start, truth.End)}{note}");
            }
        }

        var scores = types.Select(t => new TypeScore(t, tp[(int)t], fp[(int)t], fn[(int)t]) { ExactBoundaries = exact[(int)t] }).ToList();
        var decoys = types.Where(t => decoyHits[(int)t] > 0).ToDictionary(t => t, t => decoyHits[(int)t]);
        return new EvaluationReport(scores, documentCount, characters, RoundRobin(samples, errorCounts)) { DecoyHits = decoys };
    }

    /// <summary>The text around a span with the span marked: «…before⟦value⟧after…», on one line.</summary>
    public static string Context(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Max(0, start - ContextChars);
        var to = Math.Min(text.Length, end + ContextChars);
        // Never cut an emoji in half: a lone surrogate cannot be written as UTF-8.
        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from--;
        }

        if (to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to++;
        }
        var sb = new StringBuilder("«");
        sb.Append(from > 0 ? "…" : string.Empty)
            .Append(OneLine(text[from..start])).Append('⟦').Append(OneLine(text[start..end])).Append('⟧').Append(OneLine(text[end..to]))
            .Append(to < text.Length ? "…" : string.Empty).Append('»');
        return sb.ToString();
    }

    private static string Quote(string text, int start, int end) => "⟦" + OneLine(text[start..end]) + "⟧";

    private static string OneLine(string s) => s.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "⏎", StringComparison.Ordinal).Replace("\t", "⇥", StringComparison.Ordinal);

    /// <summary>Takes samples kind by kind in turn, most frequent kind first, so that every kind shows up before any shows twice.</summary>
    private static List<string> RoundRobin(Dictionary<string, List<string>> samples, Dictionary<string, int> errorCounts)
    {
        var kinds = samples.Keys.OrderByDescending(k => errorCounts[k]).ThenBy(k => k, StringComparer.Ordinal).ToList();
        var result = new List<string>();
        for (var round = 0; result.Count < MaxSampleErrors; round++)
        {
            var added = false;
            foreach (var kind in kinds)
            {
                if (round < samples[kind].Count && result.Count < MaxSampleErrors)
                {
                    result.Add(samples[kind][round]);
                    added = true;
                }
            }

            if (!added)
            {
                break;
            }
        }

        return result;
    }
}

/// <summary>Counts and scores of one type. Undefined ratios are 0, except that no predictions and no truths score 1.</summary>
public sealed record TypeScore(PiiType Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>True positives whose span matches the truth exactly (the rest only overlap).</summary>
    public int ExactBoundaries { get; init; }

    public int Truths => TruePositives + FalseNegatives;

    public int Predictions => TruePositives + FalsePositives;

    public double Precision => Predictions == 0 ? (Truths == 0 ? 1 : 0) : (double)TruePositives / Predictions;

    public double Recall => Truths == 0 ? (Predictions == 0 ? 1 : 0) : (double)TruePositives / Truths;

    public double F1 => FBeta(1);

    public double F2 => FBeta(2);

    private double FBeta(double beta)
    {
        var p = Precision;
        var r = Recall;
        var b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / ((b2 * p) + r);
    }
}

/// <summary>The result of an evaluation: per-type scores and examples of errors.</summary>
public sealed record EvaluationReport(IReadOnlyList<TypeScore> Scores, int Documents, long Characters, IReadOnlyList<string> SampleErrors)
{
    /// <summary>Predicted hits, by predicted type, that overlap a decoy (a masked value, an invalid ID, a product code …).</summary>
    public IReadOnlyDictionary<PiiType, int> DecoyHits { get; init; } = new Dictionary<PiiType, int>();

    public TypeScore this[PiiType type] => Scores.Single(s => s.Type == type);

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"Documents: {Documents}, characters: {Characters}.").Append("\n\n");
        sb.Append("| type | truth spans | TP | FP | FN | precision | recall | F1 | F2 |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var s in Scores)
        {
            sb.Append(c, $"| {s.Type.ToPublicName()} | {s.Truths} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.F2:0.000} |\n");
        }

        var total = new TypeScore(PiiType.IdCard, Scores.Sum(s => s.TruePositives), Scores.Sum(s => s.FalsePositives), Scores.Sum(s => s.FalseNegatives));
        sb.Append(c, $"| **all** | {total.Truths} | {total.TruePositives} | {total.FalsePositives} | {total.FalseNegatives} | {total.Precision:0.000} | {total.Recall:0.000} | {total.F1:0.000} | {total.F2:0.000} |\n");

        sb.Append("\nExact boundaries among true positives: ");
        sb.AppendJoin(", ", Scores.Where(s => s.TruePositives > 0).Select(s => string.Create(c, $"{s.Type.ToPublicName()} {(double)s.ExactBoundaries / s.TruePositives:0.000}")));
        sb.Append(".\n\nPredicted hits on decoys: ");
        sb.Append(DecoyHits.Count == 0 ? "none" : string.Join(", ", DecoyHits.OrderBy(kv => kv.Key).Select(kv => string.Create(c, $"{kv.Key.ToPublicName()} {kv.Value}"))));
        sb.Append(".\n");
        if (SampleErrors.Count > 0)
        {
            sb.Append("\n## Sample errors\n\n");
            foreach (var line in SampleErrors)
            {
                sb.Append("- ").Append(line.Replace("|", "\\|", StringComparison.Ordinal)).Append('\n');
            }
        }

        return sb.ToString();
    }
}
