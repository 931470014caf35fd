using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Detection.Tests.Corpus;

namespace PiplWatch.Benchmarks;

/// <summary>Runs the detector over the labeled corpus of one seed and renders the per-type table.</summary>
internal static class DetectionEvaluation
{
    public static string Run(int seed, int documents)
    {
        var reference = ReferenceData.Load(dataDirectory: null);
        var detector = new PiiDetector(reference.Regions, new DetectorOptions { Today = ValueFactory.ReferenceToday });
        var corpus = new CorpusGenerator(seed, reference.Regions).Generate(documents);
        return CorpusEvaluator.Evaluate(corpus, text => detector.Detect(text)).ToMarkdown();
    }
}
