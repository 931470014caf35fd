using System.Text;
using BenchmarkDotNet.Attributes;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Detection.Tests.Corpus;

namespace PiplWatch.Benchmarks;

/// <summary>
/// Single-thread detection throughput on mixed Chinese text: the documents of the labeled corpus (notices, résumés,
/// chats, waybills, booking logs, news …) concatenated into about 4 MB. Throughput = UTF-8 bytes of the text / mean
/// time; goals (issue 3): ≥ 150 MB/s for the structured types, ≥ 40 MB/s with every type.
/// </summary>
[MemoryDiagnoser]
public class DetectionThroughputBenchmarks
{
    private string[] _documents = [];
    private PiiDetector _structured = null!;
    private PiiDetector _all = null!;

    /// <summary>UTF-8 size of the benchmark text, printed so MB/s can be computed from the mean.</summary>
    public static long Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var reference = ReferenceData.Load(dataDirectory: null);
        var documents = new List<string>();
        long bytes = 0;
        foreach (var document in new CorpusGenerator(seed: 99, reference.Regions).Generate(20_000))
        {
            documents.Add(document.Text);
            bytes += Encoding.UTF8.GetByteCount(document.Text);
            if (bytes > 4_000_000)
            {
                break;
            }
        }

        _documents = [.. documents];
        Utf8Bytes = bytes;
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "piplwatch-bench-bytes.txt"), bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var today = new DateOnly(2026, 11, 22);
        _structured = new PiiDetector(reference.Regions, new DetectorOptions { Types = PiiTypeNames.Structured, Today = today });
        _all = new PiiDetector(reference.Regions, new DetectorOptions { Today = today });
    }

    [Benchmark(Baseline = true)]
    public int StructuredTypes()
    {
        var hits = 0;
        foreach (var document in _documents)
        {
            hits += _structured.Detect(document).Count;
        }

        return hits;
    }

    [Benchmark]
    public int AllTypes()
    {
        var hits = 0;
        foreach (var document in _documents)
        {
            hits += _all.Detect(document).Count;
        }

        return hits;
    }
}
