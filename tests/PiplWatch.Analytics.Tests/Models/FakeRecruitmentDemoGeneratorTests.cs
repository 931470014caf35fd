using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Linkage;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Models.FakeRecruitment;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Core.Findings;
using PiplWatch.Detection.Validation;
using PiplWatch.TestSupport;

namespace PiplWatch.Analytics.Tests.Models;

/// <summary>The N3 demo exports (seed 3), written once and imported once with their mappings for all tests of the class.</summary>
public sealed class N3DemoFixture : IDisposable
{
    private readonly ImportWorkspace _test = new();
    private FindingsReport? _report;

    public N3DemoFixture()
    {
        Generator = new FakeRecruitmentDemoGenerator();
        Folder = _test.Combine("n3");
        Counts = Generator.Write(Folder);
        Imported = FakeRecruitmentDemoGenerator.Import(_test.Importer, Folder, string.Empty, "test");
    }

    public FakeRecruitmentDemoGenerator Generator { get; }

    public string Folder { get; }

    public FakeRecruitmentDemoCounts Counts { get; }

    public AnalyticsWorkspace Workspace => _test.Workspace;

    /// <summary>Platform A's, platform B's and the registry's import reports.</summary>
    public IReadOnlyList<ImportReport> Imported { get; }

    public ImportReport PlatformA => Imported[0];

    public ImportReport PlatformB => Imported[1];

    public ImportReport Registry => Imported[2];

    public string Parquet(string dataset) => _test.Parquet(dataset);

    /// <summary>The model run with its defaults over the three imported exports (run once, kept).</summary>
    public FindingsReport Run() => _report ??= RunModel(_test.Workspace);

    /// <summary>Writes another seed's exports, imports them with their mappings and runs the model.</summary>
    public static FindingsReport ImportAndRun(FakeRecruitmentDemoGenerator generator)
    {
        using var test = new ImportWorkspace();
        generator.Write(test.Combine("n3"));
        FakeRecruitmentDemoGenerator.Import(test.Importer, test.Combine("n3"), string.Empty, "test");
        return RunModel(test.Workspace);
    }

    /// <summary>An in-memory DuckDB connection with views a, b and reg over the imported datasets.</summary>
    public DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE VIEW a AS SELECT * FROM read_parquet('{Parquet("platform-a")}');
            CREATE VIEW b AS SELECT * FROM read_parquet('{Parquet("platform-b")}');
            CREATE VIEW reg AS SELECT * FROM read_parquet('{Parquet("registry")}');
            """;
        command.ExecuteNonQuery();
        return connection;
    }

    public void Dispose() => _test.Dispose();

    private static FindingsReport RunModel(AnalyticsWorkspace workspace) => new ModelRunner().Run(
        new FakeRecruitmentModel(),
        [.. FakeRecruitmentDemoGenerator.DatasetNames.Select(workspace.InputOf)],
        new Dictionary<string, string>(),
        FakeRecruitmentDemoGenerator.RegionCode);
}

public sealed class FakeRecruitmentDemoGeneratorTests(N3DemoFixture n3) : IClassFixture<N3DemoFixture>
{
    [Fact]
    public void Write_ThreeExportsWithTheirMappings_ImportEveryRowWithTheGivenMapping()
    {
        Assert.Equal(6, n3.Counts.Files.Count);
        Assert.All(n3.Counts.Files, f => Assert.True(File.Exists(f), f));
        Assert.Equal(n3.Counts.PlatformAPostings + n3.Counts.PlatformBPostings, n3.Generator.Postings.Count);
        Assert.InRange(n3.Generator.Postings.Count, 2000, 6000);
        Assert.InRange(n3.Counts.RegistryRecords, 400, 1500);
        foreach (var (report, rows) in new[] { (n3.PlatformA, n3.Counts.PlatformAPostings), (n3.PlatformB, n3.Counts.PlatformBPostings), (n3.Registry, n3.Counts.RegistryRecords) })
        {
            Assert.False(report.MappingSuggested);
            Assert.Equal(rows, report.Rows);
            Assert.Equal(0, report.SkippedRows);
            Assert.Empty(report.UnknownValues);
        }

        // Every header of every export is mapped, and the mapping files say what the generator says.
        Assert.Equal(FakeRecruitmentDemoGenerator.PlatformAHeaders.Order(), n3.PlatformA.Mapping.Columns.Values.Order());
        Assert.Equal(FakeRecruitmentDemoGenerator.PlatformBHeaders.Order(), n3.PlatformB.Mapping.Columns.Values.Order());
        Assert.Equal(FakeRecruitmentDemoGenerator.RegistryHeaders.Order(), n3.Registry.Mapping.Columns.Values.Order());
        var bytes = File.ReadAllBytes(Path.Combine(n3.Folder, FakeRecruitmentDemoGenerator.PlatformAFile));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    [Fact]
    public void Exports_HaveTheFormsRealExportsHave()
    {
        var postings = n3.Generator.Postings;
        var a = postings.Where(p => p.Platform == FakeRecruitmentDemoGenerator.PlatformA).ToList();
        var b = postings.Where(p => p.Platform == FakeRecruitmentDemoGenerator.PlatformB).ToList();
        Assert.All(a, p => Assert.Contains('\n', p.Description));
        Assert.Contains(a, p => p.SalaryMaxText.EndsWith('千'));
        Assert.Contains(a, p => p.SalaryMaxText.EndsWith('万'));
        Assert.Contains(a, p => p.SalaryMaxText.Length > 0 && p.SalaryMaxText.All(char.IsAsciiDigit));
        Assert.Contains(b, p => p.PostedAtText.Length == 5 && p.PostedAtText.All(char.IsAsciiDigit));
        Assert.Contains(b, p => p.CompanyName.Any(c => c is >= '\uFF21' and <= '\uFF3A'));
        Assert.Contains(postings, p => p.ContactPhone.StartsWith("+86", StringComparison.Ordinal));
        Assert.Contains(postings, p => p.Title.Contains('（', StringComparison.Ordinal) || p.Title.Contains('【', StringComparison.Ordinal));

        var registry = n3.Generator.Registry;
        Assert.Equal(["存续（在营、开业、在册）", "在业", "注销", "吊销，已注销", "吊销，未注销", "吊销", "迁出"], registry.Select(r => r.StatusText).Distinct().OrderBy(s => StatusOrder(s)));
        Assert.Contains(registry, r => r.Capital.EndsWith("万元人民币", StringComparison.Ordinal));
        Assert.Contains(registry, r => r.Capital.EndsWith(".000000万人民币", StringComparison.Ordinal));
        Assert.Contains(registry, r => r.Capital.EndsWith("万美元", StringComparison.Ordinal));
        Assert.Contains(registry, r => r.InsuredText == "-");
        Assert.Contains(registry, r => r.InsuredText.Length == 0);

        // Codes: 18 characters with the right check character, unique in the registry; B's codes are well-formed too.
        Assert.All(registry, r => Assert.True(UnifiedSocialCreditCode.IsValid(r.Uscc), r.Uscc));
        Assert.Equal(registry.Count, registry.Select(r => r.Uscc).Distinct().Count());
        Assert.All(b.Where(p => p.Uscc.Length > 0), p => Assert.True(UnifiedSocialCreditCode.IsValid(p.Uscc), p.Uscc));
        Assert.Equal(postings.Count, postings.Select(p => p.PostingId).Distinct().Count());

        static int StatusOrder(string s) => s switch { "存续（在营、开业、在册）" => 0, "在业" => 1, "注销" => 2, "吊销，已注销" => 3, "吊销，未注销" => 4, "吊销" => 5, _ => 6 };
    }

    [Fact]
    public void Import_Postings_ReadBackAsTheGeneratorMeantThem()
    {
        using var connection = n3.Open();
        var read = new Dictionary<string, (string Company, string? Account, string? Uscc, string Phone, string Title, double? Min, double? Max, DateTime Posted, string Description)>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT posting_id, company_name, account_company, NULL AS uscc, contact_phone, title, salary_min, salary_max, posted_at, description FROM a
                UNION ALL
                SELECT posting_id, company_name, account_company, uscc, contact_phone, title, salary_min, salary_max, posted_at, description FROM b
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                read.Add(reader.GetString(0), (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetDouble(7), reader.GetDateTime(8), reader.GetString(9)));
            }
        }

        Assert.Equal(n3.Generator.Postings.Count, read.Count);
        foreach (var p in n3.Generator.Postings)
        {
            var r = read[p.PostingId];
            Assert.Equal(ValueParsers.CleanText(p.CompanyName), r.Company);
            Assert.Equal(p.AccountCompany.Length == 0 ? null : p.AccountCompany, r.Account);
            Assert.Equal(p.Uscc.Length == 0 ? null : p.Uscc, r.Uscc);
            Assert.Equal(p.PhoneDigits, Digits(r.Phone));
            Assert.Equal(p.TitleKey, TitleKey(r.Title));
            AssertClose(p.SalaryMin, r.Min, p.PostingId);
            AssertClose(p.SalaryMax, r.Max, p.PostingId);
            Assert.Equal(p.PostedAt, r.Posted);
            Assert.Equal(p.Description, r.Description.Replace("\r", string.Empty, StringComparison.Ordinal));
        }

        static void AssertClose(double? expected, double? actual, string id)
        {
            Assert.True(expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) < 0.01, $"{id}: {expected} read as {actual}");
        }
    }

    [Fact]
    public void Import_Registry_StatusesAbnormalAndInsuredMapAsIntended()
    {
        using var connection = n3.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT uscc, name, status, abnormal, insured_count, established_on, address FROM reg";
        using var reader = command.ExecuteReader();
        var read = new Dictionary<string, (string Name, string Status, bool Abnormal, long? Insured, DateOnly Established, string Address)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            read.Add(reader.GetString(0), (reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetInt64(4), DateOnly.FromDateTime(reader.GetDateTime(5)), reader.GetString(6)));
        }

        Assert.Equal(n3.Generator.Registry.Count, read.Count);
        foreach (var r in n3.Generator.Registry)
        {
            var got = read[r.Uscc];
            Assert.Equal(r.Name, got.Name);
            Assert.Equal(r.Status, got.Status);
            Assert.Equal(r.Abnormal, got.Abnormal);
            Assert.Equal(r.Insured, got.Insured);
            Assert.Equal(r.EstablishedOn, got.Established);
            Assert.Equal(r.AddressKey, FakeRecruitmentDemoBuilder.AddressKey(got.Address));
        }

        Assert.Equal(["active", "deregistered", "moved_out", "revoked"], read.Values.Select(v => v.Status).Distinct().Order(StringComparer.Ordinal));
        // '-' and empty are unknown (NULL), never zero.
        Assert.Equal(n3.Generator.Registry.Count(r => r.InsuredText is "-" or ""), read.Values.Count(v => v.Insured is null));
        Assert.Contains(read.Values, v => v.Insured == 0);
    }

    [Fact]
    public void Linkage_EveryAdvertisedNameLinksToTheCompanyBehindIt()
    {
        var truth = n3.Generator.Postings.GroupBy(p => ValueParsers.CleanText(p.CompanyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Assert.Single(g.Select(p => p.CompanyKey).Distinct()), StringComparer.Ordinal);
        using var connection = n3.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                CREATE TABLE ads AS
                SELECT company_name AS id, company_name AS name, mode(uscc) AS uscc
                FROM (SELECT company_name, NULL::VARCHAR AS uscc FROM a UNION ALL SELECT company_name, uscc FROM b) GROUP BY company_name;
                CREATE TABLE registry AS SELECT uscc AS key, name, uscc FROM reg;
                """;
            command.ExecuteNonQuery();
        }

        var result = new CompanyLinker().Link(connection, "ads", "registry");

        Assert.Equal(truth.Count, result.Left);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT left_id, right_key FROM linkage_links";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                links.Add(reader.GetString(0), reader.GetString(1));
            }
        }

        foreach (var (name, key) in truth)
        {
            if (key.StartsWith("unregistered:", StringComparison.Ordinal))
            {
                Assert.False(links.ContainsKey(name), $"{name} is invented but linked to {links.GetValueOrDefault(name)}");
            }
            else
            {
                Assert.True(links.TryGetValue(name, out var linked) && linked == key, $"{name} should link to {key}, linked to {links.GetValueOrDefault(name) ?? "nothing"}");
            }
        }

        // Only the invented names stay unmatched (their best candidates score far below 0.88).
        Assert.Equal(truth.Count(kv => kv.Value.StartsWith("unregistered:", StringComparison.Ordinal)), result.Unmatched);
    }

    [Fact]
    public void PlantedAndLookAlikes_AreDisjointAndCoverEverySignal()
    {
        var planted = n3.Generator.Planted;
        var lookAlikes = n3.Generator.LookAlikes;

        Assert.Empty(planted.Select(p => p.Subject).Intersect(lookAlikes.Select(l => l.Subject), StringComparer.Ordinal));
        Assert.Equal(planted.Count, planted.Distinct().Count());
        foreach (var signal in FakeRecruitmentDemoGenerator.CompanySignals)
        {
            Assert.True(planted.Count(p => p.Signal == signal) >= 2, $"fewer than two companies planted for {signal}");
        }

        Assert.True(planted.Count(p => p.Signal == "impersonation") >= 2);
        Assert.True(planted.Count(p => p.Signal == "salary_outlier") >= 2);
        foreach (var kind in FakeRecruitmentDemoGenerator.TextKinds)
        {
            Assert.True(planted.Count(p => p.Signal == "suspicious_text" && p.Detail == kind) >= 2, $"fewer than two postings planted for suspicious_text/{kind}");
        }

        Assert.All(planted.Concat(lookAlikes), p => Assert.Contains(p.Signal, FakeRecruitmentDemoGenerator.CompanySignals.Concat(FakeRecruitmentDemoGenerator.PostingSignals)));
        Assert.All(planted.Concat(lookAlikes), p => Assert.Equal(p.Signal == "suspicious_text", p.Detail is not null));

        // A shell carries several signals; companies and postings are subjects of their own kind.
        Assert.Contains(planted.GroupBy(p => p.Subject), g => g.Select(p => p.Signal).Distinct().Count() >= 4);
        var postingIds = n3.Generator.Postings.Select(p => p.PostingId).ToHashSet(StringComparer.Ordinal);
        var names = n3.Generator.Postings.Select(p => ValueParsers.CleanText(p.CompanyName)).ToHashSet(StringComparer.Ordinal);
        Assert.All(planted.Concat(lookAlikes), p => Assert.Contains(p.Subject, p.Kind == "suspect_posting" ? postingIds : names));

        // The look-alikes the brief names are all there.
        foreach (var signal in (string[])["not_in_registry", "zero_insured", "new_mass_posting", "shared_phone", "address_cluster", "deregistered", "impersonation", "salary_outlier"])
        {
            Assert.Contains(lookAlikes, l => l.Signal == signal);
        }

        foreach (var kind in (string[])["id_card", "bank_card", "deposit"])
        {
            Assert.Contains(lookAlikes, l => l.Detail == kind);
        }

        Assert.True(lookAlikes.Count(l => l.Signal == "not_in_registry") >= 4);
    }

    [Fact]
    public void Titles_AboutThirtyWithEnoughPeersForTheMedian()
    {
        var byTitle = n3.Generator.Postings.GroupBy(p => p.TitleKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.InRange(byTitle.Count(kv => kv.Value >= 20), 28, 40);
        // The only title with fewer than 20 postings is the rare-title look-alike.
        Assert.Equal(["首席技术官"], byTitle.Where(kv => kv.Value < 20).Select(kv => kv.Key));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(2026)]
    public void Model_OnTheGeneratedData_FindsExactlyThePlantedSet(int seed)
    {
        var generator = seed == FakeRecruitmentDemoGenerator.DefaultSeed ? n3.Generator : new FakeRecruitmentDemoGenerator(seed);
        var report = seed == FakeRecruitmentDemoGenerator.DefaultSeed ? n3.Run() : N3DemoFixture.ImportAndRun(generator);
        var expected = generator.Planted.Select(c => Key(c.Signal, c.Detail, c.Subject)).Order(StringComparer.Ordinal).ToList();
        var found = report.Findings.SelectMany(f => f.Signals.SelectMany(signal => signal == "suspicious_text"
                ? f.Evidence[0]["text_requests"]!.GetValue<string>().Split("; ").Select(r => Key(signal, r.Split(':')[0], f.Subject))
                : [Key(signal, null, f.Subject)]))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(expected.SequenceEqual(found), $"seed {seed}: planted but not found [{string.Join("; ", expected.Except(found))}], found but not planted [{string.Join("; ", found.Except(expected))}]");
        Assert.Empty(generator.LookAlikes.Select(l => l.Subject).Intersect(generator.Planted.Select(p => p.Subject), StringComparer.Ordinal));

        // No honest description so much as mentions what suspicious ones ask for.
        var cases = generator.Planted.Concat(generator.LookAlikes).Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
        var mentions = new Regex("身份证|银行卡|押金|保证金|服装费|培训费|体检费|报名费|工装费|资料费|介绍费|微信|薇信|威信|VX|wx|QQ|扣扣|私聊|开户|办卡", RegexOptions.IgnoreCase);
        Assert.All(generator.Postings.Where(p => mentions.IsMatch(p.Description)), p => Assert.Contains(p.PostingId, cases));

        static string Key(string signal, string? detail, string subject) => $"{signal}/{detail}: {subject}";
    }

    [Fact]
    public void Model_Summary_CountsCompaniesAndSignals()
    {
        var summary = n3.Run().Summary;
        var planted = n3.Generator.Planted;

        Assert.Equal(n3.Generator.Postings.Count, summary["postings"]!.GetValue<long>());
        Assert.Equal(summary["companies_advertised"]!.GetValue<long>(), summary["companies_matched"]!.GetValue<long>() + summary["companies_unmatched"]!.GetValue<long>());
        Assert.Equal(planted.Count(p => p.Signal == "not_in_registry"), summary["companies_unmatched"]!.GetValue<long>());
        Assert.Equal(planted.Where(p => p.Kind == "suspect_company").Select(p => p.Subject).Distinct().Count(), summary["companies_flagged"]!.GetValue<long>());
        foreach (var signal in FakeRecruitmentDemoGenerator.CompanySignals.Concat(FakeRecruitmentDemoGenerator.PostingSignals))
        {
            Assert.Equal(planted.Where(p => p.Signal == signal).Select(p => p.Subject).Distinct().Count(), summary["by_signal"]![signal]!.GetValue<long>());
        }
    }

    [Fact]
    public void SameSeed_WritesTheSameFiles_AnotherSeedOthers()
    {
        using var temp = new TemporaryDirectory();
        var again = new FakeRecruitmentDemoGenerator().Write(temp.Combine("again"));
        var other = new FakeRecruitmentDemoGenerator(4).Write(temp.Combine("other"));

        for (var i = 0; i < n3.Counts.Files.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(n3.Counts.Files[i]), File.ReadAllBytes(again.Files[i]));
        }

        Assert.NotEqual(File.ReadAllBytes(n3.Counts.Files[0]), File.ReadAllBytes(other.Files[0]));
        Assert.Equal(n3.Generator.Planted.Select(p => (p.Signal, p.Subject)), new FakeRecruitmentDemoGenerator().Planted.Select(p => (p.Signal, p.Subject)));
        Assert.Empty(Directory.GetFiles(temp.Combine("again"), "*.tmp"));
    }

    private static string Digits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13 ? digits[2..] : digits;
    }

    private static string TitleKey(string title) => FakeRecruitmentDemoBuilder.TitleKey(title);
}
