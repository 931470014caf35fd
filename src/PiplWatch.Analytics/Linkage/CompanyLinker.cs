using System.Globalization;
using DuckDB.NET.Data;
using PiplWatch.Analytics.DuckDb;

namespace PiplWatch.Analytics.Linkage;

/// <summary>Thresholds and weights of <see cref="CompanyLinker"/>; the defaults are what BENCHMARKS.md measured.</summary>
public sealed record LinkageOptions
{
    /// <summary>Fuzzy candidates scoring below this stay unmatched.</summary>
    public double MinScore { get; init; } = 0.88;

    /// <summary>Weight of Jaro-Winkler similarity of the cores in the fuzzy score.</summary>
    public double JaroWinklerWeight { get; init; } = 0.3;

    /// <summary>Weight of 1 − edit distance / longer length (on characters).</summary>
    public double EditWeight { get; init; } = 0.4;

    /// <summary>Weight of the Dice overlap of the cores' distinct character bigrams.</summary>
    public double BigramWeight { get; init; } = 0.3;

    /// <summary>
    /// Subtracted when the two name different branches, or the right record is a branch and the left names none. A branch
    /// advertised against its registered head office is not penalised: a branch is no legal person of its own, the head
    /// office is the company.
    /// </summary>
    public double BranchPenalty { get; init; } = 0.05;

    /// <summary>Rarest bigrams of a left core used as blocking keys.</summary>
    public int BlockingKeys { get; init; } = 3;

    /// <summary>Bigrams more frequent than this among right cores are not used for blocking (too common to narrow).</summary>
    public int MaxBigramFrequency { get; init; } = 5000;

    /// <summary>Candidates per left record at most (those sharing the most blocking bigrams).</summary>
    public int MaxCandidates { get; init; } = 20;

    /// <summary>
    /// Join rows (left record, right record sharing a blocking bigram) aggregated at once when choosing candidates;
    /// bounds the memory of that step (about 50 bytes a row), not its result.
    /// </summary>
    public long BlockingBatchPairs { get; init; } = 10_000_000;

    /// <summary>Prefix of the tables written (<c>links</c>, <c>unmatched</c> and the working tables).</summary>
    public string TablePrefix { get; init; } = "linkage_";

    /// <summary>The fuzzy score of two cores with these weights, before any branch penalty: what the linker computes in SQL.</summary>
    public double FuzzyScore(string leftCore, string rightCore) =>
        (JaroWinklerWeight * StringSimilarity.JaroWinkler(leftCore, rightCore))
        + (EditWeight * StringSimilarity.EditSimilarity(leftCore, rightCore))
        + (BigramWeight * StringSimilarity.BigramDice(leftCore, rightCore));

    internal void Validate()
    {
        static void Check(bool ok, string what)
        {
            if (!ok)
            {
                throw new ArgumentException($"Linkage option {what}");
            }
        }

        Check(MinScore is > 0 and <= 1, $"MinScore must be in (0, 1], not {MinScore}");
        Check(JaroWinklerWeight >= 0 && EditWeight >= 0 && BigramWeight >= 0 && Math.Abs(JaroWinklerWeight + EditWeight + BigramWeight - 1) < 1e-9, "weights must be non-negative and add up to 1");
        Check(BranchPenalty is >= 0 and < 1, $"BranchPenalty must be in [0, 1), not {BranchPenalty}");
        Check(BlockingKeys >= 1, $"BlockingKeys must be at least 1, not {BlockingKeys}");
        Check(MaxBigramFrequency >= 1, $"MaxBigramFrequency must be at least 1, not {MaxBigramFrequency}");
        Check(MaxCandidates >= 1, $"MaxCandidates must be at least 1, not {MaxCandidates}");
        Check(BlockingBatchPairs >= 1, $"BlockingBatchPairs must be at least 1, not {BlockingBatchPairs}");
        Check(TablePrefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && TablePrefix.Length > 0, $"TablePrefix must be ASCII letters, digits and _, not '{TablePrefix}'");
    }
}

/// <summary>Counts of one linkage run.</summary>
public sealed record LinkageResult(long Left, long Right, long ByUscc, long ByExactCore, long ByFuzzy, long Unmatched, long Ambiguous, long CandidatePairs)
{
    /// <summary>Wall time of each SQL step, in order (the table each creates or fills).</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> StepTimes { get; init; } = [];
}

/// <summary>
/// Links left records (e.g. advertised companies) to right records (e.g. the business registry), in DuckDB SQL.
/// Left: a relation with columns <c>id</c>, <c>name</c>, <c>uscc</c> (may be NULL); right: <c>key</c>, <c>name</c>,
/// <c>uscc</c>. Methods, in order, each only for left records the earlier ones did not link:
/// <list type="number">
/// <item><c>uscc</c>: the left record's valid unified social credit code equals the right one's (score 1).</item>
/// <item><c>exact_core</c>: equal normalised cores; candidates whose places (both present) have none in common are
/// different companies and dropped; the best by equal branch, then head office over another branch, then shared place, wins (score 1, minus
/// <see cref="LinkageOptions.BranchPenalty"/> when the branches differ; a branch advertised and only its head office
/// registered links unpenalised); several equally
/// good candidates leave the record unmatched as ambiguous.</item>
/// <item><c>fuzzy</c>: blocking on the rarest character bigrams of the core (at most <see cref="LinkageOptions.BlockingKeys"/>,
/// each shared by at most <see cref="LinkageOptions.MaxBigramFrequency"/> right cores), at most
/// <see cref="LinkageOptions.MaxCandidates"/> candidates a record; score = weighted Jaro-Winkler, edit similarity and
/// bigram Dice of the cores, minus the branch penalty; place conflicts dropped; the best at or above
/// <see cref="LinkageOptions.MinScore"/> wins unless another candidate ties it.</item>
/// </list>
/// Writes <c>{prefix}links</c> (left_id, right_key, method, score, jaro_winkler, edit_similarity, bigram_dice, reason)
/// and <c>{prefix}unmatched</c> (left_id, name, core, reason).
/// <para>
/// Memory: the normalised right side is a temp table (about 100 bytes a row before compression); every other working
/// table is bounded by the left side. With a large right side (millions of rows) set the connection's
/// <c>memory_limit</c> below what the process may use (DuckDB's default is 80 % of RAM, and it spills only past the
/// limit) and its <c>temp_directory</c> to a disk with room for the right side (an in-memory database spills to
/// <c>./.tmp</c> by default). ModelRunner sets both.
/// </para>
/// </summary>
public sealed class CompanyLinker(LinkageOptions? options = null)
{
    private readonly LinkageOptions _options = options ?? new LinkageOptions();

    /// <summary>Runs the linkage of <paramref name="leftRelation"/> to <paramref name="rightRelation"/> (table or view names).</summary>
    public LinkageResult Link(DuckDBConnection connection, string leftRelation, string rightRelation)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(leftRelation);
        ArgumentException.ThrowIfNullOrWhiteSpace(rightRelation);
        _options.Validate();
        LinkageFunctions.Register(connection);
        var p = _options.TablePrefix;
        var o = _options;
        string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        var times = new List<KeyValuePair<string, TimeSpan>>();
        void Step(string sql)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Sql.Execute(connection, sql);
            var words = sql.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            var into = Array.FindIndex(words, w => w is "TABLE" or "INTO");
            times.Add(KeyValuePair.Create(into >= 0 && into + 1 < words.Length ? (words[into] == "INTO" ? "insert " : string.Empty) + words[into + 1] : words[0], clock.Elapsed));
        }

        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}left AS
            SELECT id, name, uscc, split_part(n, chr(31), 1) AS core, split_part(n, chr(31), 2) AS branch,
                   string_split(nullif(split_part(n, chr(31), 3), ''), ',') AS places, pw_company_explain(name) AS removed
            FROM (SELECT CAST(id AS VARCHAR) AS id, CAST(name AS VARCHAR) AS name, pw_uscc(CAST(uscc AS VARCHAR)) AS uscc,
                         coalesce(pw_company_norm(CAST(name AS VARCHAR)), '') AS n FROM {leftRelation})
            """);
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}right AS
            SELECT key, name, uscc, split_part(n, chr(31), 1) AS core, split_part(n, chr(31), 2) AS branch,
                   string_split(nullif(split_part(n, chr(31), 3), ''), ',') AS places
            FROM (SELECT CAST(key AS VARCHAR) AS key, CAST(name AS VARCHAR) AS name, pw_uscc(CAST(uscc AS VARCHAR)) AS uscc,
                         coalesce(pw_company_norm(CAST(name AS VARCHAR)), '') AS n FROM {rightRelation})
            """);

        // A pair whose places are both known and share none is two companies (华澜科技 of 广州 and of 深圳).
        const string PlaceConflict = "(l.places IS NOT NULL AND r.places IS NOT NULL AND NOT list_has_any(l.places, r.places))";
        // The one rule for the branch penalty (LinkageOptions.BranchPenalty), over columns lbranch and rbranch.
        const string BranchDiffers = "NOT (lbranch = rbranch OR (rbranch = '' AND lbranch <> ''))";
        // What the normaliser removed from both names, for the reason of a link: the right side's only for the pairs kept.
        const string Removed = "'; left removed [' || lremoved || ']; right removed [' || pw_company_explain(rname) || ']'";

        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}links AS
            SELECT l.id AS left_id, r.key AS right_key, 'uscc' AS method, 1.0::DOUBLE AS score,
                   NULL::DOUBLE AS jaro_winkler, NULL::DOUBLE AS edit_similarity, NULL::DOUBLE AS bigram_dice,
                   'uscc: same unified social credit code ' || l.uscc AS reason
            FROM {p}left l JOIN {p}right r ON l.uscc = r.uscc
            QUALIFY row_number() OVER (PARTITION BY l.id ORDER BY r.key) = 1
            """);

        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}exact AS
            WITH pairs AS (
              SELECT l.id, r.key, l.core, l.branch AS lbranch, r.branch AS rbranch, l.removed AS lremoved, r.name AS rname,
                     (l.branch = r.branch) AS same_branch,
                     coalesce(list_has_any(l.places, r.places), false) AS same_place,
                     'exact_core: core ' || l.core
                       || CASE WHEN l.branch = r.branch THEN '' WHEN r.branch = '' THEN '; branch ' || l.branch || ' linked to its head office'
                               ELSE '; branch ' || coalesce(nullif(l.branch, ''), '(none)') || ' vs ' || coalesce(nullif(r.branch, ''), '(none)') END
                       || CASE WHEN list_has_any(l.places, r.places) THEN '; same place ' || array_to_string(list_intersect(l.places, r.places), ',') ELSE '' END AS reason
              FROM {p}left l JOIN {p}right r ON l.core = r.core
              WHERE l.core <> '' AND l.id NOT IN (SELECT left_id FROM {p}links) AND NOT {PlaceConflict}),
            ranked AS (
              SELECT *, rank() OVER (PARTITION BY id ORDER BY same_branch DESC, rbranch = '' DESC, same_place DESC) AS rk FROM pairs)
            SELECT id, key, core, lbranch, rbranch, lremoved, rname, reason, count(*) OVER (PARTITION BY id) AS tied FROM ranked WHERE rk = 1
            """);
        Step($"""
            INSERT INTO {p}links
            SELECT id, key, 'exact_core', CASE WHEN {BranchDiffers} THEN 1.0 - {F(o.BranchPenalty)} ELSE 1.0 END, NULL, NULL, NULL, reason || {Removed}
            FROM {p}exact WHERE tied = 1
            """);

        // Blocking without materialising every right core's bigrams (50 M rows at 10 M registry rows): bigram
        // frequencies are counted in one streaming pass, only for bigrams some pending core contains; then only the
        // right rows' blocking bigrams are kept (each at most MaxBigramFrequency rows).
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}pending AS
            SELECT l.*, {Grams("l.core")} AS grams
            FROM {p}left l
            WHERE l.core <> '' AND l.id NOT IN (SELECT left_id FROM {p}links) AND l.id NOT IN (SELECT id FROM {p}exact)
            """);
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}df AS
            SELECT g, count(*) AS df
            FROM (SELECT unnest({Grams("core")}) AS g FROM {p}right WHERE core <> '')
            WHERE g IN (SELECT DISTINCT unnest(grams) FROM {p}pending)
            GROUP BY g
            """);
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}lkeys AS
            SELECT id, g, df FROM (SELECT id, unnest(grams) AS g FROM {p}pending) JOIN {p}df USING (g)
            WHERE df <= {o.MaxBigramFrequency}
            QUALIFY row_number() OVER (PARTITION BY id ORDER BY df, g) <= {o.BlockingKeys}
            """);
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}rblock AS
            SELECT key, g
            FROM (SELECT key, unnest({Grams("core")}) AS g FROM {p}right WHERE core <> '')
            WHERE g IN (SELECT DISTINCT g FROM {p}lkeys)
            """);

        // Candidates: right rows sharing the most blocking bigrams, ties by key. The join has sum(df) rows (up to
        // BlockingKeys × MaxBigramFrequency a record), nearly all sharing one bigram; it is aggregated on integers
        // (kord numbers the keys in key order, lid the left ids) in batches of about BlockingBatchPairs join rows, and
        // the best MaxCandidates of a record are the smallest of (BlockingKeys + 1 − shared) · 2^40 + kord.
        Step($"CREATE OR REPLACE TEMP TABLE {p}rkeys AS SELECT key, row_number() OVER (ORDER BY key) AS kord FROM (SELECT DISTINCT key FROM {p}rblock)");
        Step($"CREATE OR REPLACE TEMP TABLE {p}rgrams AS SELECT b.g, k.kord FROM {p}rblock b JOIN {p}rkeys k ON k.key = b.key");
        Sql.Execute(connection, $"DROP TABLE {p}rblock");
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}batches AS
            SELECT id, row_number() OVER (ORDER BY id) AS lid,
                   CAST((sum(sum(df)) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) - 1) // {o.BlockingBatchPairs} AS BIGINT) AS batch
            FROM {p}lkeys GROUP BY id
            """);
        Step($"CREATE OR REPLACE TEMP TABLE {p}cand (lid BIGINT, v BIGINT)");
        var batches = Sql.Scalar(connection, $"SELECT coalesce(max(batch) + 1, 0) FROM {p}batches");

        const long Shift = 1L << 40;
        var batchClock = System.Diagnostics.Stopwatch.StartNew();
        for (var batch = 0L; batch < batches; batch++)
        {
            Sql.Execute(connection, $"""
                INSERT INTO {p}cand
                SELECT lid, unnest(min(({o.BlockingKeys + 1} - shared) * {Shift} + kord, {o.MaxCandidates}))
                FROM (SELECT k.lid, r.kord, count(*) AS shared
                      FROM (SELECT b.lid, k.g FROM {p}lkeys k JOIN {p}batches b ON b.id = k.id WHERE b.batch = {batch}) k
                      JOIN {p}rgrams r ON r.g = k.g
                      GROUP BY k.lid, r.kord)
                GROUP BY lid
                """);
        }

        times.Add(KeyValuePair.Create(string.Create(CultureInfo.InvariantCulture, $"insert {p}cand ({batches} batches)"), batchClock.Elapsed));
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}candidates AS
            SELECT b.id, k.key, {o.BlockingKeys + 1} - c.v // {Shift} AS shared
            FROM {p}cand c JOIN {p}batches b ON b.lid = c.lid JOIN {p}rkeys k ON k.kord = c.v % {Shift}
            """);
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}scored AS
            WITH pairs AS (
              SELECT l.id, r.key, l.core AS lcore, r.core AS rcore, l.branch AS lbranch, r.branch AS rbranch, l.removed AS lremoved, r.name AS rname,
                     pw_jaro_winkler(l.core, r.core) AS jw,
                     pw_edit_similarity(l.core, r.core) AS ed,
                     2.0 * length(list_intersect(l.grams, rg.grams)) / (length(l.grams) + length(rg.grams)) AS dice
              FROM {p}candidates c
              JOIN {p}pending l ON l.id = c.id
              JOIN {p}right r ON r.key = c.key
              CROSS JOIN LATERAL (SELECT {Grams("r.core")} AS grams) rg
              WHERE NOT {PlaceConflict})
            SELECT *, {F(o.JaroWinklerWeight)} * jw + {F(o.EditWeight)} * ed + {F(o.BigramWeight)} * dice
                      - CASE WHEN {BranchDiffers} THEN {F(o.BranchPenalty)} ELSE 0 END AS score
            FROM pairs
            """);
        // Each left record's best candidate and how many candidates share its score: the link, or why there is none.
        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}best AS
            SELECT *, count(*) OVER (PARTITION BY id, score) AS ties FROM {p}scored
            QUALIFY row_number() OVER (PARTITION BY id ORDER BY score DESC, key) = 1
            """);
        Step($"""
            INSERT INTO {p}links
            SELECT id, key, 'fuzzy', round(score, 4), round(jw, 4), round(ed, 4), round(dice, 4),
                   'fuzzy: ' || lcore || ' ~ ' || rcore || ' (jaro_winkler ' || round(jw, 3) || ', edit ' || round(ed, 3) || ', bigram_dice ' || round(dice, 3)
                   || ', score ' || round(score, 3) || ' >= ' || {F(o.MinScore)} || ')'
                   || CASE WHEN lbranch = rbranch THEN '' ELSE '; branch ' || coalesce(nullif(lbranch, ''), '(none)') || ' vs ' || coalesce(nullif(rbranch, ''), '(none)') END
                   || {Removed}
            FROM {p}best
            WHERE ties = 1 AND score >= {F(o.MinScore)}
            """);

        Step($"""
            CREATE OR REPLACE TEMP TABLE {p}unmatched AS
            SELECT l.id AS left_id, l.name, l.core,
                   CASE WHEN l.core = '' THEN 'empty name'
                        WHEN e.tied > 1 THEN 'ambiguous: ' || e.tied || ' right records with core ' || l.core || ' are equally good'
                        WHEN b.id IS NULL THEN 'no candidate: no right record shares a blocking bigram of ' || l.core
                        WHEN b.ties > 1 AND b.score >= {F(o.MinScore)} THEN 'ambiguous: ' || b.ties || ' candidates tie at score ' || round(b.score, 3)
                        ELSE 'best candidate ' || b.key || ' (' || b.rcore || ') scored ' || round(b.score, 3) || ' < ' || {F(o.MinScore)}
                             || CASE WHEN b.ties > 1 THEN ' (' || b.ties || ' candidates tie there)' ELSE '' END END AS reason
            FROM {p}left l
            LEFT JOIN (SELECT DISTINCT id, tied FROM {p}exact) e ON e.id = l.id
            LEFT JOIN {p}best b ON b.id = l.id
            WHERE l.id NOT IN (SELECT left_id FROM {p}links)
            """);

        var c = Sql.Query(connection, $"""
            SELECT (SELECT count(*) FROM {p}left), (SELECT count(*) FROM {p}right),
                   (SELECT count(*) FROM {p}links WHERE method = 'uscc'), (SELECT count(*) FROM {p}links WHERE method = 'exact_core'),
                   (SELECT count(*) FROM {p}links WHERE method = 'fuzzy'), (SELECT count(*) FROM {p}unmatched),
                   (SELECT count(*) FROM {p}unmatched WHERE reason LIKE 'ambiguous%'), (SELECT count(*) FROM {p}candidates)
            """)[0];
        return new LinkageResult(Sql.Long(c[0]), Sql.Long(c[1]), Sql.Long(c[2]), Sql.Long(c[3]), Sql.Long(c[4]), Sql.Long(c[5]), Sql.Long(c[6]), Sql.Long(c[7]))
        {
            StepTimes = times,
        };
    }

    /// <summary>SQL for the distinct character bigrams of <paramref name="core"/> (a one-character core: itself).</summary>
    private static string Grams(string core) =>
        $"list_distinct(list_transform(range(greatest(length({core}) - 1, 1)), i -> substr({core}, i + 1, 2)))";
}
