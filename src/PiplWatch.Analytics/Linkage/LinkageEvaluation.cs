using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using PiplWatch.Analytics.DuckDb;

namespace PiplWatch.Analytics.Linkage;

/// <summary>Precision and recall of one kind of advertised name (or of all, kind "all").</summary>
/// <param name="Kind">Generator kind.</param>
/// <param name="Records">Advertised names of the kind.</param>
/// <param name="Linked">Of them, linked to something.</param>
/// <param name="Correct">Linked to their true registry row.</param>
/// <param name="WithTruth">Of them, having a true registry row.</param>
public sealed record LinkageKindFigures(string Kind, long Records, long Linked, long Correct, long WithTruth)
{
    /// <summary>Correct links / links (1 when nothing was linked).</summary>
    public double Precision => Linked == 0 ? 1 : (double)Correct / Linked;

    /// <summary>Correct links / names with a true row (1 when none has one).</summary>
    public double Recall => WithTruth == 0 ? 1 : (double)Correct / WithTruth;
}

/// <summary>One evaluation: figures overall and by kind, counts and timings.</summary>
public sealed record LinkageEvaluationResult(LinkageKindFigures All, IReadOnlyList<LinkageKindFigures> ByKind, LinkageResult Counts, TimeSpan Generate, TimeSpan Load, TimeSpan Link, TimeSpan NormalizeRight, string FuzzyScores)
{
    /// <summary>A plain-text table of the figures.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var c = Counts;
        text.AppendLine(CultureInfo.InvariantCulture, $"left {c.Left:N0}, right {c.Right:N0}; linked by uscc {c.ByUscc:N0}, exact core {c.ByExactCore:N0}, fuzzy {c.ByFuzzy:N0}; unmatched {c.Unmatched:N0} (ambiguous {c.Ambiguous:N0}); fuzzy candidate pairs {c.CandidatePairs:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"generate and write the registry {Generate.TotalSeconds:F1} s, load the advertised names {Load.TotalSeconds:F1} s, link {Link.TotalSeconds:F1} s; pw_company_norm over the right names alone {NormalizeRight.TotalSeconds:F1} s ({(NormalizeRight.TotalSeconds == 0 ? 0 : c.Right / NormalizeRight.TotalSeconds):N0} names/s)");
        text.AppendLine("link steps: " + string.Join(", ", c.StepTimes.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value.TotalSeconds:F1} s"))));
        text.AppendLine("kind                 records  linked correct  precision recall");
        foreach (var k in ByKind.Append(All))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{k.Kind,-20} {k.Records,7} {k.Linked,7} {k.Correct,7}  {k.Precision,9:P1} {k.Recall,6:P1}");
        }

        text.Append(FuzzyScores);
        return text.ToString();
    }
}

/// <summary>Generates data with <see cref="LinkageDataGenerator"/>, links it in an in-memory DuckDB and scores the links against the truth.</summary>
public static class LinkageEvaluation
{
    /// <summary>Runs one evaluation.</summary>
    /// <param name="seed">Generator seed.</param>
    /// <param name="companies">Base companies of the registry (it gets about 13 % more rows).</param>
    /// <param name="advertised">Advertised names.</param>
    /// <param name="options">Linker options; null for the defaults.</param>
    /// <param name="workDirectory">
    /// Null: everything in memory. Otherwise the registry is streamed to a Parquet file there (through a DuckDB file)
    /// and read as a view, as models read their inputs, and DuckDB spills to a folder there; both are deleted at the end.
    /// </param>
    /// <param name="memoryLimit">DuckDB <c>memory_limit</c> (e.g. <c>4GB</c>), or null for DuckDB's default.</param>
    public static LinkageEvaluationResult Run(int seed, int companies, int advertised, LinkageOptions? options = null, string? workDirectory = null, string? memoryLimit = null)
    {
        if (memoryLimit is not null && !System.Text.RegularExpressions.Regex.IsMatch(memoryLimit, "^[0-9]+(\\.[0-9]+)?\\s*[KMGT]i?B$"))
        {
            throw new ArgumentException($"memory limit '{memoryLimit}' is not a size such as 4GB", nameof(memoryLimit));
        }

        var generator = new LinkageDataGenerator(seed);
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        IReadOnlyList<GeneratedAdvertisedName> ads;
        string? parquet = null;
        string? spill = null;
        try
        {
            if (workDirectory is null)
            {
                Sql.Execute(connection, "CREATE TABLE registry (key VARCHAR, name VARCHAR, uscc VARCHAR)");
                using var appender = connection.CreateAppender("registry");
                ads = generator.Generate(companies, advertised, row => appender.CreateRow().AppendValue(row.Uscc).AppendValue(row.Name).AppendValue(row.Uscc).EndRow());
            }
            else
            {
                Directory.CreateDirectory(workDirectory);
                var database = Path.Combine(workDirectory, $"linkage-registry-{seed}.duckdb");
                parquet = Path.Combine(workDirectory, $"linkage-registry-{seed}.parquet");
                spill = Path.Combine(workDirectory, $"linkage-spill-{seed}");
                try
                {
                    using var file = new DuckDBConnection($"DataSource={database}");
                    file.Open();
                    if (memoryLimit is not null)
                    {
                        Sql.Execute(file, $"SET memory_limit = {Sql.Literal(memoryLimit)}");
                    }

                    Sql.Execute(file, "CREATE TABLE registry (key VARCHAR, name VARCHAR, uscc VARCHAR)");
                    using (var appender = file.CreateAppender("registry"))
                    {
                        ads = generator.Generate(companies, advertised, row => appender.CreateRow().AppendValue(row.Uscc).AppendValue(row.Name).AppendValue(row.Uscc).EndRow());
                    }

                    Sql.Execute(file, $"COPY registry TO {Sql.Literal(parquet)} (FORMAT parquet)");
                }
                finally
                {
                    File.Delete(database);
                    File.Delete(database + ".wal");
                }

                Sql.Execute(connection, "SET preserve_insertion_order = false");
                Sql.Execute(connection, $"SET temp_directory = {Sql.Literal(spill)}");
                if (memoryLimit is not null)
                {
                    Sql.Execute(connection, $"SET memory_limit = {Sql.Literal(memoryLimit)}");
                }

                Sql.Execute(connection, $"CREATE VIEW registry AS SELECT * FROM read_parquet({Sql.Literal(parquet)})");
            }

            var generate = clock.Elapsed;
            clock.Restart();
            Sql.Execute(connection, "CREATE TABLE ads (id VARCHAR, name VARCHAR, uscc VARCHAR, truth VARCHAR, kind VARCHAR)");
            using (var appender = connection.CreateAppender("ads"))
            {
                foreach (var ad in ads)
                {
                    appender.CreateRow().AppendValue(ad.Id).AppendValue(ad.Name).AppendValue(ad.Uscc).AppendValue(ad.TruthKey).AppendValue(ad.Kind).EndRow();
                }
            }

            var load = clock.Elapsed;
            return Evaluate(connection, options, generate, load);
        }
        finally
        {
            if (parquet is not null)
            {
                connection.Close();
                File.Delete(parquet);
                if (Directory.Exists(spill))
                {
                    Directory.Delete(spill, recursive: true);
                }
            }
        }
    }

    private static LinkageEvaluationResult Evaluate(DuckDBConnection connection, LinkageOptions? options, TimeSpan generate, TimeSpan load)
    {
        var clock = Stopwatch.StartNew();
        LinkageFunctions.Register(connection);
        clock.Restart();
        Sql.Execute(connection, "SELECT sum(length(pw_company_norm(name))) FROM registry");
        var normalize = clock.Elapsed;

        clock.Restart();
        var counts = new CompanyLinker(options).Link(connection, "ads", "registry");
        var link = clock.Elapsed;
        var prefix = (options ?? new LinkageOptions()).TablePrefix;

        var figures = Sql.Query(connection, $"""
            SELECT coalesce(a.kind, 'all') AS kind, count(*), count(l.right_key), count(*) FILTER (WHERE l.right_key = a.truth), count(a.truth)
            FROM ads a LEFT JOIN {prefix}links l ON l.left_id = a.id
            GROUP BY ROLLUP (a.kind) ORDER BY a.kind NULLS LAST
            """).Select(r => new LinkageKindFigures((string)r[0]!, Sql.Long(r[1]), Sql.Long(r[2]), Sql.Long(r[3]), Sql.Long(r[4]))).ToList();

        var scores = new StringBuilder("best fuzzy score by kind (p10 / p50 / p90; true candidate or not):\n");
        foreach (var r in Sql.Query(connection, $"""
            SELECT a.kind, s.key = a.truth AS true_candidate, count(*), quantile_cont(s.score, 0.1), quantile_cont(s.score, 0.5), quantile_cont(s.score, 0.9)
            FROM {prefix}best s
            JOIN ads a ON a.id = s.id GROUP BY ALL ORDER BY 1, 2
            """))
        {
            var candidate = r[1] is bool isTrue ? (isTrue ? "true" : "false") : "none";
            scores.AppendLine(CultureInfo.InvariantCulture, $"  {(string)r[0]!,-20} {candidate,-5} {Sql.Long(r[2]),6}  {(double)r[3]!:F3} / {(double)r[4]!:F3} / {(double)r[5]!:F3}");
        }

        return new LinkageEvaluationResult(figures[^1], figures[..^1], counts, generate, load, link, normalize, scores.ToString());
    }
}
