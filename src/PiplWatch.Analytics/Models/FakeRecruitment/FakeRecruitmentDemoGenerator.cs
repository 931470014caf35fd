using System.Text;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Core;

namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// Generates what a Tianhe-district procuratorate (Guangzhou, 440106; scenario N3) receives for the fake-recruitment
/// model: two job platforms' exports with their own headers and formats, and a business-registry export — invented
/// companies and people only. Around a few thousand ordinary postings it plants cases of every signal of the model
/// (<see cref="Planted"/>) and honest look-alikes that must stay clean (<see cref="LookAlikes"/>); everything else is
/// clean under the model's default parameters: every phone belongs to one company, every registered address to one,
/// every salary stays under 1.5 × its title's usual pay, and descriptions mention no ID card, bank card, fee or chat app.
/// The same seed gives the same files.
/// </summary>
public sealed class FakeRecruitmentDemoGenerator
{
    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 3;

    /// <summary>Tianhe district, Guangzhou.</summary>
    public const string RegionCode = "440106";

    /// <summary>Platform of <see cref="PlatformAFile"/>.</summary>
    public const string PlatformA = "platform-a";

    /// <summary>Platform of <see cref="PlatformBFile"/>.</summary>
    public const string PlatformB = "platform-b";

    /// <summary>Job platform A's export.</summary>
    public const string PlatformAFile = "platform-a.csv";

    /// <summary>Job platform B's export.</summary>
    public const string PlatformBFile = "platform-b.csv";

    /// <summary>The business-registry export.</summary>
    public const string RegistryFile = "registry.csv";

    /// <summary>The mapping of <see cref="PlatformAFile"/>.</summary>
    public const string PlatformAMappingFile = "platform-a.mapping.json";

    /// <summary>The mapping of <see cref="PlatformBFile"/>.</summary>
    public const string PlatformBMappingFile = "platform-b.mapping.json";

    /// <summary>The mapping of <see cref="RegistryFile"/>.</summary>
    public const string RegistryMappingFile = "registry.mapping.json";

    /// <summary>The company signals of the model, each planted.</summary>
    public static IReadOnlyList<string> CompanySignals { get; } = [.. FakeRecruitmentModel.CompanySignals.Select(s => s.Key)];

    /// <summary>The posting signals of the model, each planted.</summary>
    public static IReadOnlyList<string> PostingSignals { get; } = [.. FakeRecruitmentModel.PostingSignals.Select(s => s.Key)];

    /// <summary>What a suspicious description asks for (<see cref="RecruitmentText.Categories"/>), each planted.</summary>
    public static IReadOnlyList<string> TextKinds => RecruitmentText.Categories;

    /// <summary>First day of postings.</summary>
    public static DateOnly FirstDay { get; } = new(2025, 9, 1);

    /// <summary>Last day of postings.</summary>
    public static DateOnly LastDay { get; } = new(2025, 11, 30);

    /// <summary>Headers of platform A's export.</summary>
    public static IReadOnlyList<string> PlatformAHeaders { get; } =
        ["职位ID", "招聘单位", "认证企业", "发布账号", "联系电话", "联系人", "工作地点", "职位名称", "最低薪资", "最高薪资", "发布时间", "职位描述"];

    /// <summary>Headers of platform B's export.</summary>
    public static IReadOnlyList<string> PlatformBHeaders { get; } =
        ["岗位编号", "公司名称", "账号认证公司", "账号", "HR电话", "HR", "地址", "岗位", "薪资下限", "薪资上限", "发布日期", "岗位描述", "统一社会信用代码"];

    /// <summary>Headers of the registry export.</summary>
    public static IReadOnlyList<string> RegistryHeaders { get; } =
        ["统一社会信用代码", "企业名称", "登记状态", "成立日期", "注册资本", "住所", "法定代表人", "联系电话", "参保人数", "是否经营异常"];

    /// <summary>
    /// Platform A's headers to <c>job_postings</c> roles. No value maps: the export has no enumerated column.
    /// </summary>
    public static DatasetMapping PlatformAMapping { get; } = Mapping("job_postings", PlatformAHeaders,
        ["posting_id", "company_name", "account_company", "account_id", "contact_phone", "contact_name", "work_address", "title", "salary_min", "salary_max", "posted_at", "description"]);

    /// <summary>Platform B's headers to <c>job_postings</c> roles.</summary>
    public static DatasetMapping PlatformBMapping { get; } = Mapping("job_postings", PlatformBHeaders,
        ["posting_id", "company_name", "account_company", "account_id", "contact_phone", "contact_name", "work_address", "title", "salary_min", "salary_max", "posted_at", "description", "uscc"]);

    /// <summary>
    /// The registry's headers to <c>business_registry</c> roles. No value maps: the catalog already knows every status
    /// written (存续（在营、开业、在册）, 在业, 注销, 吊销，已注销, 吊销，未注销, 吊销, 迁出) and 是/否.
    /// </summary>
    public static DatasetMapping RegistryMapping { get; } = Mapping("business_registry", RegistryHeaders,
        ["uscc", "name", "status", "established_on", "registered_capital", "address", "legal_rep", "phone", "insured_count", "abnormal"]);

    /// <summary>Generates the data for <paramref name="seed"/> (in memory; <see cref="Write"/> writes it).</summary>
    public FakeRecruitmentDemoGenerator(int seed = DefaultSeed)
    {
        Seed = seed;
        var builder = new FakeRecruitmentDemoBuilder(seed);
        builder.Build();
        Postings = builder.Postings;
        Registry = builder.Registry;
        Planted = builder.Planted;
        LookAlikes = builder.LookAlikes;
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The postings of both platforms (A first), in export order.</summary>
    public IReadOnlyList<DemoPosting> Postings { get; }

    /// <summary>The registry records, in export order.</summary>
    public IReadOnlyList<DemoCompanyRecord> Registry { get; }

    /// <summary>
    /// What the model must report under its default parameters, one entry per signal and subject (a company or posting
    /// with several signals has several entries); nothing else may be reported.
    /// </summary>
    public IReadOnlyList<PlantedCase> Planted { get; }

    /// <summary>Honest cases that imitate a signal and must not be reported; no subject is also in <see cref="Planted"/>.</summary>
    public IReadOnlyList<PlantedCase> LookAlikes { get; }

    /// <summary>
    /// Writes the three exports (UTF-8 with BOM, CRLF rows, multi-line descriptions quoted) and their mappings into
    /// <paramref name="folder"/> (created when missing), replacing files of the same names. Each file is written to a
    /// temporary name first, so a failure leaves no half-written export.
    /// </summary>
    public FakeRecruitmentDemoCounts Write(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var a = Postings.Where(p => p.Platform == PlatformA).ToList();
        var b = Postings.Where(p => p.Platform == PlatformB).ToList();
        var files = new (string Name, string Text)[]
        {
            (PlatformAFile, Csv(PlatformAHeaders, a.Select(p => (IReadOnlyList<string>)[p.PostingId, p.CompanyName, p.AccountCompany, p.AccountId, p.ContactPhone, p.ContactName, p.WorkAddress, p.Title, p.SalaryMinText, p.SalaryMaxText, p.PostedAtText, p.Description]))),
            (PlatformBFile, Csv(PlatformBHeaders, b.Select(p => (IReadOnlyList<string>)[p.PostingId, p.CompanyName, p.AccountCompany, p.AccountId, p.ContactPhone, p.ContactName, p.WorkAddress, p.Title, p.SalaryMinText, p.SalaryMaxText, p.PostedAtText, p.Description, p.Uscc]))),
            (RegistryFile, Csv(RegistryHeaders, Registry.Select(r => (IReadOnlyList<string>)[r.Uscc, r.Name, r.StatusText, r.EstablishedOnText, r.Capital, r.Address, r.LegalRep, r.Phone, r.InsuredText, r.Abnormal ? "是" : "否"]))),
            (PlatformAMappingFile, DatasetMapping.Serialize([PlatformAMapping])),
            (PlatformBMappingFile, DatasetMapping.Serialize([PlatformBMapping])),
            (RegistryMappingFile, DatasetMapping.Serialize([RegistryMapping])),
        };

        // Each file whole or not at all; the CSVs with a BOM, as Excel writes them.
        var written = new List<string>();
        foreach (var (name, text) in files)
        {
            var target = Path.GetFullPath(Path.Combine(folder, name));
            AtomicFile.WriteAllText(target, text, new UTF8Encoding(name.EndsWith(".csv", StringComparison.Ordinal)));
            written.Add(target);
        }

        return new FakeRecruitmentDemoCounts(a.Count, b.Count, Registry.Count, written);
    }

    /// <summary>The dataset names <see cref="Import"/> gives the exports (after its prefix), in import order: the registry last.</summary>
    public static IReadOnlyList<string> DatasetNames { get; } = [PlatformA, PlatformB, "registry"];

    /// <summary>
    /// Imports the exports <see cref="Write"/> put in <paramref name="folder"/>, each with its mapping file, as the datasets
    /// <paramref name="prefix"/> + <see cref="DatasetNames"/>, in that order; returns their import reports.
    /// </summary>
    public static IReadOnlyList<ImportReport> Import(DatasetImporter importer, string folder, string prefix, string user)
    {
        ArgumentNullException.ThrowIfNull(importer);
        (string File, string Mapping)[] exports = [(PlatformAFile, PlatformAMappingFile), (PlatformBFile, PlatformBMappingFile), (RegistryFile, RegistryMappingFile)];
        return [.. exports.Select((e, i) => importer.Import(new ImportRequest
        {
            File = Path.Combine(folder, e.File),
            Name = prefix + DatasetNames[i],
            Mappings = DatasetMapping.Parse(File.ReadAllText(Path.Combine(folder, e.Mapping)), e.Mapping),
            User = user,
        }))];
    }

    private static DatasetMapping Mapping(string role, IReadOnlyList<string> headers, string[] columns) =>
        new(role, columns.Select((c, i) => KeyValuePair.Create(c, headers[i])).ToDictionary(StringComparer.Ordinal), new Dictionary<string, IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode?>>(StringComparer.Ordinal));

    private static string Csv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', headers.Select(h => CsvText.Field(h))).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(c => CsvText.Field(c))).Append("\r\n");
        }

        return text.ToString();
    }
}
