using DuckDB.NET.Data;
using PiplWatch.Analytics.DuckDb;
using PiplWatch.Analytics.Linkage;
using PiplWatch.Detection.Text;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Tests.Linkage;

public sealed class CompanyLinkerTests : IDisposable
{
    private static readonly string K1 = Code("91440101MA5CXXX1A");
    private static readonly string K2 = Code("91440300MA5CXXX2B");
    private static readonly string K3 = Code("91440101MA5CXXX3C");
    private static readonly string K4 = Code("91440101MA5CXXX4D");
    private static readonly string K5 = Code("91440101MA5CXXX5E");

    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public CompanyLinkerTests()
    {
        _connection.Open();
        Execute($"""
            CREATE TABLE registry AS SELECT * FROM (VALUES
              ('{K1}', '广州市华澜科技有限公司', '{K1}'),
              ('{K2}', '深圳市华澜科技有限公司', '{K2}'),
              ('{K3}', '广州市华岚科技有限公司', '{K3}'),
              ('{K4}', '广州市华澜科技有限公司天河分公司', '{K4}'),
              ('{K5}', '广州市锦瑞翔宇国际供应链管理服务有限公司', '{K5}')) t(key, name, uscc)
            """);
        Execute($"""
            CREATE TABLE ads AS SELECT * FROM (VALUES
              ('a1', '深圳华澜科技', NULL),
              ('a2', '华澜科技有限公司', NULL),
              ('a3', '广州华澜科技有限公司天河分公司', NULL),
              ('a4', '广州华澜科技有限公司番禺分公司', NULL),
              ('a5', '广州锦瑞翔字国际供应链管理服务公司', NULL),
              ('a6', '广州华岚科技有限公司', NULL),
              ('a7', '杭州星穹动力有限公司', NULL),
              ('a8', '某某招聘', '{K5.ToLowerInvariant()} '),
              ('a9', '广州华岚科技', '{K1[..^1]}{(K1[^1] == '0' ? '1' : '0')}'),
              ('a10', '', NULL)) t(id, name, uscc)
            """);
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void TheUsccRuleWantsAValidCheckCharacter()
    {
        Assert.Equal(K5, LinkageFunctions.ValidUscc($" {K5.ToLowerInvariant()} "));
        Assert.Null(LinkageFunctions.ValidUscc(K5[..^1] + (K5[^1] == '0' ? '1' : '0')));
        Assert.Null(LinkageFunctions.ValidUscc("91440101MA5CXXX5"));
        Assert.Null(LinkageFunctions.ValidUscc(null));
        // Full width and groups written apart, as ads copy a licence.
        var wide = CharFold.Widen(K5);
        Assert.Equal(K5, LinkageFunctions.ValidUscc(wide));
        Assert.Equal(K5, LinkageFunctions.ValidUscc($"{K5[..8]} {K5[8..]}"));
    }

    [Fact]
    public void EachRecordIsLinkedByTheRightMethodAndExplained()
    {
        var result = new CompanyLinker().Link(_connection, "ads", "registry");
        var links = Links();

        Assert.Equal((K2, "exact_core", 1.0), (links["a1"].Key, links["a1"].Method, links["a1"].Score));
        Assert.Contains("same place 深圳", links["a1"].Reason, StringComparison.Ordinal);
        Assert.Equal((K4, "exact_core", 1.0), (links["a3"].Key, links["a3"].Method, links["a3"].Score));
        Assert.Equal((K1, "exact_core", 1.0), (links["a4"].Key, links["a4"].Method, links["a4"].Score));
        Assert.Contains("branch 番禺分公司 linked to its head office", links["a4"].Reason, StringComparison.Ordinal);
        Assert.Equal(K3, links["a6"].Key);
        Assert.Contains("left removed [legal_form:有限公司; place:广州]", links["a6"].Reason, StringComparison.Ordinal);
        Assert.Equal((K5, "uscc"), (links["a8"].Key, links["a8"].Method));
        Assert.Contains(K5, links["a8"].Reason, StringComparison.Ordinal);
        // An invalid code is ignored: the name decides.
        Assert.Equal((K3, "exact_core"), (links["a9"].Key, links["a9"].Method));

        var unmatched = Unmatched();
        Assert.StartsWith("ambiguous: 2 right records with core 华澜科技", unmatched["a2"], StringComparison.Ordinal);
        Assert.Equal("empty name", unmatched["a10"]);
        Assert.True(unmatched.ContainsKey("a7"));
        Assert.Equal((10L, 5L, 1L, 5L, 1L, 3L, 1L), (result.Left, result.Right, result.ByUscc, result.ByExactCore, result.ByFuzzy, result.Unmatched, result.Ambiguous));
    }

    [Fact]
    public void AOneCharacterTypoInALongNameIsAFuzzyLinkWithItsComponentScores()
    {
        var result = new CompanyLinker().Link(_connection, "ads", "registry");
        var a5 = Links()["a5"];
        Assert.Equal((K5, "fuzzy"), (a5.Key, a5.Method));
        Assert.StartsWith("fuzzy: 锦瑞翔字国际供应链管理服务 ~ 锦瑞翔宇国际供应链管理服务 (jaro_winkler", a5.Reason, StringComparison.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT jaro_winkler, edit_similarity, bigram_dice, score FROM linkage_links WHERE left_id = 'a5'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var (jw, edit, dice, score) = (reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
        Assert.Equal(Math.Round(12.0 / 13, 4), edit, 4);
        Assert.Equal(Math.Round(2.0 * 10 / 24, 4), dice, 4);
        Assert.Equal(Math.Round((0.3 * jw) + (0.4 * edit) + (0.3 * dice), 4), score, 3);
        // The C# score (what the demo generator checks invented names against) is the SQL one.
        Assert.Equal(new LinkageOptions().FuzzyScore("锦瑞翔字国际供应链管理服务", "锦瑞翔宇国际供应链管理服务"), score, 3);
        Assert.Equal(1, result.ByFuzzy);
    }

    [Fact]
    public void ATradeNameThatIsAlsoAPlaceElsewhereStaysInTheCore()
    {
        // 华安 and 振兴 are also county and district names (in Fujian and Liaoning): after 深圳 they are trade names, so
        // these are two companies, not one company "科技" in Shenzhen.
        Execute($"""
            CREATE TABLE registry_p AS SELECT * FROM (VALUES ('{K1}', '深圳市振兴科技有限公司', '{K1}'), ('{K2}', '广州市天河区华澜科技有限公司', '{K2}')) t(key, name, uscc);
            CREATE TABLE ads_p AS SELECT * FROM (VALUES ('p1', '深圳华安科技有限公司', NULL), ('p2', '广州天河华澜科技有限公司', NULL)) t(id, name, uscc);
            """);
        new CompanyLinker(new LinkageOptions { TablePrefix = "p_" }).Link(_connection, "ads_p", "registry_p");

        // 天河 lies inside 广州, so it is a place there: p2 is the registered company in Tianhe.
        Assert.Equal([("p2", K2)], Links("p_").Select(kv => (kv.Key, kv.Value.Key)));
    }

    [Fact]
    public void ThresholdIsAParameterAndTheNearMissIsExplained()
    {
        var result = new CompanyLinker(new LinkageOptions { MinScore = 0.95 }).Link(_connection, "ads", "registry");
        Assert.Equal(0, result.ByFuzzy);
        Assert.StartsWith($"best candidate {K5} (锦瑞翔宇国际供应链管理服务) scored 0.9", Unmatched()["a5"], StringComparison.Ordinal);
        Assert.EndsWith("< 0.95", Unmatched()["a5"], StringComparison.Ordinal);
    }

    [Fact]
    public void BlockingComparesOnlyRecordsSharingRareBigramsUpToTheCap()
    {
        new CompanyLinker(new LinkageOptions { MaxCandidates = 1 }).Link(_connection, "ads", "registry");
        var perId = Sql.Query(_connection, "SELECT id, count(*) FROM linkage_candidates GROUP BY id").ToDictionary(r => (string)r[0]!, r => Sql.Long(r[1]));

        // Only a5 and a7 reach the fuzzy step; a7 (星穹动力) shares no bigram with any registry core.
        Assert.Equal(new Dictionary<string, long> { ["a5"] = 1 }, perId);
        Assert.StartsWith("no candidate", Unmatched()["a7"], StringComparison.Ordinal);
    }

    [Fact]
    public void BatchingTheCandidateSearchChangesNothing()
    {
        // One pending record a batch (BlockingBatchPairs 1) against all at once: same candidates, links and reasons.
        Execute("CREATE TABLE ads2 AS SELECT * FROM ads UNION ALL SELECT 'a11', '广州锦瑞翔宇国际供应链管理服务中心', NULL");
        new CompanyLinker(new LinkageOptions { BlockingBatchPairs = 1, TablePrefix = "one_" }).Link(_connection, "ads2", "registry");
        new CompanyLinker().Link(_connection, "ads2", "registry");
        foreach (var table in new[] { "candidates", "links", "unmatched" })
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"""
                SELECT (SELECT count(*) FROM one_{table}),
                       (SELECT count(*) FROM (SELECT * FROM one_{table} EXCEPT ALL SELECT * FROM linkage_{table})),
                       (SELECT count(*) FROM (SELECT * FROM linkage_{table} EXCEPT ALL SELECT * FROM one_{table}))
                """;
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            Assert.True(reader.GetInt64(0) > 0, table);
            Assert.Equal((0L, 0L), (reader.GetInt64(1), reader.GetInt64(2)));
        }

        using var batches = _connection.CreateCommand();
        batches.CommandText = "SELECT count(DISTINCT batch) FROM one_batches";
        Assert.Equal(2L, Convert.ToInt64(batches.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void BadOptionsAreRefusedWithTheirName()
    {
        var error = Assert.Throws<ArgumentException>(() => new CompanyLinker(new LinkageOptions { EditWeight = 0.9 }).Link(_connection, "ads", "registry"));
        Assert.Contains("weights", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CompanyLinker(new LinkageOptions { TablePrefix = "x; DROP" }).Link(_connection, "ads", "registry"));
    }

    [Fact]
    public void TheNormaliserRunsInsideDuckDb()
    {
        LinkageFunctions.Register(_connection);
        LinkageFunctions.Register(_connection);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT split_part(pw_company_norm('广州市华澜科技有限公司天河分公司'), chr(31), 1), split_part(pw_company_norm('广州市华澜科技有限公司天河分公司'), chr(31), 2), pw_company_norm(NULL)";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("华澜科技", reader.GetString(0));
        Assert.Equal("天河分公司", reader.GetString(1));
        Assert.True(reader.IsDBNull(2));
    }

    private Dictionary<string, (string Key, string Method, double Score, string Reason)> Links(string prefix = "linkage_") =>
        Sql.Query(_connection, $"SELECT left_id, right_key, method, score, reason FROM {prefix}links")
            .ToDictionary(r => (string)r[0]!, r => ((string)r[1]!, (string)r[2]!, Convert.ToDouble(r[3], System.Globalization.CultureInfo.InvariantCulture), (string)r[4]!));

    private Dictionary<string, string> Unmatched() =>
        Sql.Query(_connection, "SELECT left_id, reason FROM linkage_unmatched").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

    private void Execute(string sql) => Sql.Execute(_connection, sql);

    private static string Code(string first17) => first17 + UnifiedSocialCreditCode.CheckChar(first17);
}
