using System.Globalization;
using BenchmarkDotNet.Running;
using PiplWatch.Benchmarks;

// Kernels of PiplWatch measured with BenchmarkDotNet; figures and the commands that produced them are in BENCHMARKS.md.
// `eval-detection --seed N --docs N` prints the labeled-corpus evaluation instead (precision, recall, F1, F2 per type).
if (args.Length > 0 && args[0] == "eval-detection")
{
    var seed = ArgValue(args, "--seed", 20261122);
    var docs = ArgValue(args, "--docs", 3000);
    await Console.Out.WriteLineAsync(DetectionEvaluation.Run(seed, docs));
    return;
}

if (args.Length > 0 && args[0] == "eval-linkage")
{
    // eval-linkage --seed N --companies N --ads N [--min-score X] [--work DIR] [--memory-limit 4GB] [--batch-pairs N]:
    // precision/recall and timing of company-name linkage on generated data. Thresholds were chosen on seed 1; report
    // other seeds. --work streams the registry to Parquet in DIR and lets DuckDB spill there (both deleted afterwards).
    var defaults = new PiplWatch.Analytics.Linkage.LinkageOptions();
    var at = Array.IndexOf(args, "--min-score");
    var options = defaults with
    {
        MinScore = at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : defaults.MinScore,
        BlockingBatchPairs = ArgValue(args, "--batch-pairs", (int)defaults.BlockingBatchPairs),
    };
    var result = PiplWatch.Analytics.Linkage.LinkageEvaluation.Run(
        ArgValue(args, "--seed", 20261123), ArgValue(args, "--companies", 100_000), ArgValue(args, "--ads", 20_000), options, ArgText(args, "--work"), ArgText(args, "--memory-limit"));
    await Console.Out.WriteLineAsync(result.Format());
    return;
}

if (args.Length > 0 && args[0] == "eval-ner")
{
    var root = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "benchmarks", "ner");
    if (!Directory.Exists(root))
    {
        await Console.Error.WriteLineAsync($"NER benchmark sets not found at {Path.GetFullPath(root)}; pass their folder.");
        return;
    }

    await Console.Out.WriteLineAsync(NerEvaluation.Run(root));
    return;
}

if (args.Length > 2 && args[0] == "reservation-scale")
{
    await ReservationScaleBenchmark.RunAsync(args);
    return;
}

if (args.Length > 2 && args[0] == "recruitment-scale")
{
    await RecruitmentScaleBenchmark.RunAsync(args);
    return;
}

if (args.Length > 1 && args[0] == "store-scale")
{
    StoreScaleGenerator.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10, args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args.Length > 2 && args[0] == "make-scan-folder")
{
    // make-scan-folder DIR MEGABYTES: generated documents for the end-to-end `piplwatch scan` measurement.
    ScanFolderGenerator.Run(args[1], long.Parse(args[2], CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

static int ArgValue(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string? ArgText(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
