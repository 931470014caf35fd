using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

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
        text.AppendLine(CultureInfo.InvariantCulture, $"generate {Generate.TotalSeconds:F1} s, load {Load.TotalSeconds:F1} s, link {Link.TotalSeconds:F1} s; pw_company_norm over the right names alone {NormalizeRight.TotalSeconds:F1} s ({(NormalizeRight.TotalSeconds == 0 ? 0 : c.Right / NormalizeRight.TotalSeconds):N0} names/s)");
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
    public static LinkageEvaluationResult Run(int seed, int companies, int advertised, LinkageOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        var (registry, ads) = new LinkageDataGenerator(seed).Generate(companies, advertised);
        var generate = clock.Elapsed;

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        clock.Restart();
        Execute(connection, "CREATE TABLE registry (key VARCHAR, name VARCHAR, uscc VARCHAR)");
        Execute(connection, "CREATE TABLE ads (id VARCHAR, name VARCHAR, uscc VARCHAR, truth VARCHAR, kind VARCHAR)");
        using (var appender = connection.CreateAppender("registry"))
        {
            foreach (var row in registry)
            {
                appender.CreateRow().AppendValue(row.Uscc).AppendValue(row.Name).AppendValue(row.Uscc).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("ads"))
        {
            foreach (var ad in ads)
            {
                appender.CreateRow().AppendValue(ad.Id).AppendValue(ad.Name).AppendValue(ad.Uscc).AppendValue(ad.TruthKey).AppendValue(ad.Kind).EndRow();
            }
        }

        var load = clock.Elapsed;
        LinkageFunctions.Register(connection);
        clock.Restart();
        Execute(connection, "CREATE TEMP TABLE norm_timing AS SELECT pw_company_norm(name) AS n FROM registry");
        var normalize = clock.Elapsed;
        Execute(connection, "DROP TABLE norm_timing");

        clock.Restart();
        var counts = new CompanyLinker(options).Link(connection, "ads", "registry");
        var link = clock.Elapsed;
        var prefix = (options ?? new LinkageOptions()).TablePrefix;

        var figures = new List<LinkageKindFigures>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT coalesce(a.kind, 'all') AS kind, count(*), count(l.right_key), count(*) FILTER (WHERE l.right_key = a.truth), count(a.truth)
                FROM ads a LEFT JOIN {prefix}links l ON l.left_id = a.id
                GROUP BY ROLLUP (a.kind) ORDER BY a.kind NULLS LAST
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                figures.Add(new LinkageKindFigures(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }

        var scores = new StringBuilder("best fuzzy score by kind (p10 / p50 / p90; true candidate or not):\n");
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT a.kind, s.key = a.truth AS true_candidate, count(*), quantile_cont(s.score, 0.1), quantile_cont(s.score, 0.5), quantile_cont(s.score, 0.9)
                FROM (SELECT * FROM {prefix}scored QUALIFY row_number() OVER (PARTITION BY id ORDER BY score DESC, key) = 1) s
                JOIN ads a ON a.id = s.id GROUP BY ALL ORDER BY 1, 2
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                scores.AppendLine(CultureInfo.InvariantCulture, $"  {reader.GetString(0),-20} {(reader.IsDBNull(1) ? "none" : reader.GetBoolean(1) ? "true" : "false"),-5} {reader.GetInt64(2),6}  {reader.GetDouble(3):F3} / {reader.GetDouble(4):F3} / {reader.GetDouble(5):F3}");
            }
        }

        return new LinkageEvaluationResult(figures[^1], figures[..^1], counts, generate, load, link, normalize, scores.ToString());
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
