using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Linkage;
using PiplWatch.Analytics.Models.FakeRecruitment;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Detection.Validation;
using PiplWatch.TestSupport;

namespace PiplWatch.Analytics.Tests.Models;

/// <summary>The N3 demo exports (seed 3), written once and imported once with their mappings for all tests of the class.</summary>
public sealed class N3DemoFixture : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public N3DemoFixture()
    {
        var reference = ReferenceData.Load(dataDirectory: null);
        Generator = new FakeRecruitmentDemoGenerator();
        Folder = _temp.Combine("n3");
        Counts = Generator.Write(Folder);
        Workspace = new AnalyticsWorkspace(_temp.Combine("data"));
        var importer = new DatasetImporter(Workspace, new PiiDetector(reference.Regions, new DetectorOptions { Today = new DateOnly(2026, 11, 22) }));
        ImportReport Import(string file, string mappingFile, string name) => importer.Import(new ImportRequest
        {
            File = Path.Combine(Folder, file),
            Name = name,
            Mappings = DatasetMapping.Parse(File.ReadAllText(Path.Combine(Folder, mappingFile)), mappingFile),
            User = "test",
        });

        PlatformA = Import(FakeRecruitmentDemoGenerator.PlatformAFile, FakeRecruitmentDemoGenerator.PlatformAMappingFile, "platform-a");
        PlatformB = Import(FakeRecruitmentDemoGenerator.PlatformBFile, FakeRecruitmentDemoGenerator.PlatformBMappingFile, "platform-b");
        Registry = Import(FakeRecruitmentDemoGenerator.RegistryFile, FakeRecruitmentDemoGenerator.RegistryMappingFile, "registry");
    }

    public FakeRecruitmentDemoGenerator Generator { get; }

    public string Folder { get; }

    public FakeRecruitmentDemoCounts Counts { get; }

    public AnalyticsWorkspace Workspace { get; }

    public ImportReport PlatformA { get; }

    public ImportReport PlatformB { get; }

    public ImportReport Registry { get; }

    public string Parquet(string dataset) => Workspace.PathOf(Workspace.Find(dataset)!);

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

    public void Dispose() => _temp.Dispose();
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
    public void SpecRules_OnTheGeneratedData_FindExactlyThePlantedSet(int seed)
    {
        var generator = seed == FakeRecruitmentDemoGenerator.DefaultSeed ? n3.Generator : new FakeRecruitmentDemoGenerator(seed);
        var expected = generator.Planted.Select(Key).Order(StringComparer.Ordinal).ToList();

        // Where the spec can be read two ways (a window's end inclusive or not, peers counted with or without a pay,
        // the advertised name's core or the registry name's), the data gives the same answer either way.
        foreach (var reading in new[] { new Reading(false, false, false), new Reading(true, true, true) })
        {
            var found = SpecOracle.Findings(generator, reading).Select(Key).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(found), $"seed {seed}, {reading}: planted but not found [{string.Join("; ", expected.Except(found))}], found but not planted [{string.Join("; ", found.Except(expected))}]");
        }

        Assert.Empty(generator.LookAlikes.Select(l => l.Subject).Intersect(generator.Planted.Select(p => p.Subject), StringComparer.Ordinal));

        // No honest description so much as mentions what suspicious ones ask for.
        var cases = generator.Planted.Concat(generator.LookAlikes).Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
        var mentions = new Regex("身份证|银行卡|押金|保证金|服装费|培训费|体检费|报名费|工装费|资料费|介绍费|微信|薇信|威信|VX|wx|QQ|扣扣|私聊|开户|办卡", RegexOptions.IgnoreCase);
        Assert.All(generator.Postings.Where(p => mentions.IsMatch(p.Description)), p => Assert.Contains(p.PostingId, cases));

        static string Key(PlantedCase c) => $"{c.Signal}/{c.Detail}: {c.Subject}";
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

    /// <param name="Inclusive">Window ends (90 days, 30 days) inclusive.</param>
    /// <param name="PeersWithPay">Count only postings with a pay as peers of a title.</param>
    /// <param name="RegistryCore">Compare the account company with the registry name's core (else the advertised name's).</param>
    private sealed record Reading(bool Inclusive, bool PeersWithPay, bool RegistryCore);

    /// <summary>
    /// The spec's rules (helper-notes/fake-recruitment-spec.md) at their defaults, applied to the generator's truth
    /// (the linkage test shows the linker finds the same companies): a check of the data, not the model.
    /// </summary>
    private static class SpecOracle
    {
        private static readonly string[] Negations = ["不", "无", "免", "没有", "无需", "不需", "拒绝", "绝不"];
        private static readonly string[] Fees = ["押金", "保证金", "服装费", "培训费", "体检费", "报名费", "工装费", "资料费", "介绍费"];
        private static readonly Regex IdCard = new("(发|提供|上传|拍|押|扣)[^，。；\n]{0,3}身份证|身份证(照片|号|正反面|复印件发)");
        private static readonly Regex BankCard = new("提供银行卡号|银行卡密码|办理银行卡|办卡|开户|(出租|出借|出售)[^，。；\n]{0,4}银行卡|银行卡寄");
        private static readonly Regex OffPlatform = new(@"加\s*(微信|VX|V|wx|QQ)|薇信|威信|QQ群|扣扣|私聊", RegexOptions.IgnoreCase);

        public static List<PlantedCase> Findings(FakeRecruitmentDemoGenerator g, Reading reading)
        {
            var found = new List<PlantedCase>();
            var registry = g.Registry.ToDictionary(r => r.Uscc, StringComparer.Ordinal);
            var byCompany = g.Postings.GroupBy(p => p.CompanyKey, StringComparer.Ordinal).ToList();
            var phoneCompanies = g.Postings.GroupBy(p => p.PhoneDigits, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Select(p => p.CompanyKey).Distinct().Count(), StringComparer.Ordinal);
            var addressRecords = g.Registry.GroupBy(r => r.AddressKey, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Select(r => r.Uscc).Distinct().Count(), StringComparer.Ordinal);

            foreach (var company in byCompany)
            {
                var subject = company.GroupBy(p => ValueParsers.CleanText(p.CompanyName), StringComparer.Ordinal).OrderByDescending(x => x.Count()).First().Key;
                void Add(string signal) => found.Add(new PlantedCase(signal, subject, null, string.Empty));
                var record = registry.GetValueOrDefault(company.Key);
                if (record is null)
                {
                    Add("not_in_registry");
                }
                else
                {
                    if (record.Status == "deregistered")
                    {
                        Add("deregistered");
                    }

                    if (record.Status == "revoked")
                    {
                        Add("revoked");
                    }

                    if (record.Abnormal)
                    {
                        Add("abnormal_list");
                    }

                    if (record.Insured == 0 && company.Count() >= 10)
                    {
                        Add("zero_insured");
                    }

                    var first = company.Min(p => p.PostedAt);
                    var age = DateOnly.FromDateTime(first).DayNumber - record.EstablishedOn.DayNumber;
                    var burst = company.Count(p => reading.Inclusive ? p.PostedAt - first <= TimeSpan.FromDays(30) : p.PostedAt - first < TimeSpan.FromDays(30));
                    if ((reading.Inclusive ? age <= 90 : age < 90) && burst >= 20)
                    {
                        Add("new_mass_posting");
                    }

                    if (addressRecords[record.AddressKey] >= 10)
                    {
                        Add("address_cluster");
                    }
                }

                if (company.Select(p => p.PhoneDigits).Distinct().Any(phone => phoneCompanies[phone] >= 3))
                {
                    Add("shared_phone");
                }
            }

            var normalizer = CompanyNameNormalizer.Default;
            var titles = g.Postings.GroupBy(p => p.TitleKey, StringComparer.Ordinal).ToDictionary(
                x => x.Key,
                x => (Peers: reading.PeersWithPay ? x.Count(p => Pay(p) is not null) : x.Count(), Median: Median(x.Select(Pay).OfType<double>().ToList())),
                StringComparer.Ordinal);
            foreach (var p in g.Postings)
            {
                void Add(string signal, string? detail = null) => found.Add(new PlantedCase(signal, p.PostingId, detail, string.Empty));
                var record = registry.GetValueOrDefault(p.CompanyKey);
                if (p.AccountCompany.Length > 0)
                {
                    var advertised = normalizer.Normalize(reading.RegistryCore && record is not null ? record.Name : ValueParsers.CleanText(p.CompanyName)).Core;
                    var staffing = new[] { "人力资源", "劳务派遣", "劳务服务", "人才服务", "猎头" }.Any(w => p.AccountCompany.Contains(w, StringComparison.Ordinal));
                    if (StringSimilarity.EditSimilarity(normalizer.Normalize(p.AccountCompany).Core, advertised) < 0.8 && !(staffing && record?.Status == "active"))
                    {
                        Add("impersonation");
                    }
                }

                var title = titles[p.TitleKey];
                if (Pay(p) is { } pay && title.Peers >= 20 && pay >= 2.5 * title.Median)
                {
                    Add("salary_outlier");
                }

                if (IdCard.IsMatch(p.Description))
                {
                    Add("suspicious_text", "id_card");
                }

                if (BankCard.IsMatch(p.Description))
                {
                    Add("suspicious_text", "bank_card");
                }

                if (AsksForFee(p.Description))
                {
                    Add("suspicious_text", "deposit");
                }

                if (OffPlatform.IsMatch(p.Description))
                {
                    Add("suspicious_text", "off_platform");
                }
            }

            return found;
        }

        private static double? Pay(DemoPosting p) => p.SalaryMax ?? p.SalaryMin;

        private static double Median(List<double> values)
        {
            values.Sort();
            return values.Count == 0 ? double.NaN : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        }

        private static bool AsksForFee(string text)
        {
            foreach (var fee in Fees)
            {
                for (var at = text.IndexOf(fee, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fee, at + 1, StringComparison.Ordinal))
                {
                    var before = text[Math.Max(0, at - 6)..at];
                    if (!Negations.Any(n => before.Contains(n, StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
