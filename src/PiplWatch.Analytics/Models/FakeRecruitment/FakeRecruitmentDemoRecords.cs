namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>
/// One case the demo data holds on purpose: a planted case the fake-recruitment model must report, or an honest
/// look-alike it must leave alone.
/// </summary>
/// <param name="Signal">
/// The signal fired (planted) or imitated (look-alike): a company signal (<c>not_in_registry</c>, <c>deregistered</c>,
/// <c>revoked</c>, <c>abnormal_list</c>, <c>zero_insured</c>, <c>new_mass_posting</c>, <c>shared_phone</c>,
/// <c>address_cluster</c>) or a posting signal (<c>impersonation</c>, <c>salary_outlier</c>, <c>suspicious_text</c>).
/// </param>
/// <param name="Subject">
/// For a company signal the company's advertised spelling used most often, as imported (full-width letters and digits
/// folded); for a posting signal the posting id.
/// </param>
/// <param name="Detail">For <c>suspicious_text</c>: <c>id_card</c>, <c>bank_card</c>, <c>deposit</c> or <c>off_platform</c>; else null.</param>
/// <param name="Why">What the data holds, in a sentence.</param>
public sealed record PlantedCase(string Signal, string Subject, string? Detail, string Why)
{
    /// <summary><c>suspect_posting</c> for posting signals, <c>suspect_company</c> for company signals.</summary>
    public string Kind => FakeRecruitmentDemoGenerator.PostingSignals.Contains(Signal) ? "suspect_posting" : "suspect_company";
}

/// <summary>One generated job posting: the values as the platform exports them and what they mean.</summary>
public sealed record DemoPosting
{
    /// <summary><c>platform-a</c> or <c>platform-b</c>.</summary>
    public required string Platform { get; init; }

    /// <summary>The platform's posting id (A: digits, B: GW…), unique across both platforms.</summary>
    public required string PostingId { get; init; }

    /// <summary>The advertised company name as written in the export.</summary>
    public required string CompanyName { get; init; }

    /// <summary>The truth: the registry USCC of the company behind the name, or <c>unregistered:</c> and its name.</summary>
    public required string CompanyKey { get; init; }

    /// <summary>The publishing account.</summary>
    public required string AccountId { get; init; }

    /// <summary>The company the platform verified the account for; empty for an unverified account.</summary>
    public required string AccountCompany { get; init; }

    /// <summary>The unified social credit code given with the posting (platform B only; empty when not given).</summary>
    public required string Uscc { get; init; }

    /// <summary>The contact phone as written (formats vary: 138-…, +86 …, 020-…).</summary>
    public required string ContactPhone { get; init; }

    /// <summary>The contact phone as digits, +86 removed.</summary>
    public required string PhoneDigits { get; init; }

    /// <summary>The contact person (a generated surname with 女士/先生/经理).</summary>
    public required string ContactName { get; init; }

    /// <summary>The place of work.</summary>
    public required string WorkAddress { get; init; }

    /// <summary>The title as written (brackets, spaces and full-width forms vary).</summary>
    public required string Title { get; init; }

    /// <summary>The title without its bracketed parts, spaces and punctuation: what postings are compared by.</summary>
    public string TitleKey => FakeRecruitmentDemoBuilder.TitleKey(Title);

    /// <summary>Lowest monthly pay in yuan, or null (面议).</summary>
    public required double? SalaryMin { get; init; }

    /// <summary>Highest monthly pay in yuan, or null.</summary>
    public required double? SalaryMax { get; init; }

    /// <summary>Lowest pay as written (6000, 8千, 1.2万, 6k), empty when not given.</summary>
    public required string SalaryMinText { get; init; }

    /// <summary>Highest pay as written, empty when not given.</summary>
    public required string SalaryMaxText { get; init; }

    /// <summary>When it was posted (platform B exports only the date).</summary>
    public required DateTime PostedAt { get; init; }

    /// <summary>The posting time as written (B: some rows as Excel date serials).</summary>
    public required string PostedAtText { get; init; }

    /// <summary>The description (platform A: over several lines).</summary>
    public required string Description { get; init; }
}

/// <summary>One generated business-registry record: the values as exported and what they mean.</summary>
public sealed record DemoCompanyRecord
{
    /// <summary>The unified social credit code (18 characters, valid check character).</summary>
    public required string Uscc { get; init; }

    /// <summary>The registered name.</summary>
    public required string Name { get; init; }

    /// <summary>The canonical status: <c>active</c>, <c>deregistered</c>, <c>revoked</c> or <c>moved_out</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The status as exported (存续（在营、开业、在册）, 在业, 注销, 吊销，已注销, 吊销，未注销, 吊销, 迁出).</summary>
    public required string StatusText { get; init; }

    /// <summary>Date of establishment.</summary>
    public required DateOnly EstablishedOn { get; init; }

    /// <summary>Date of establishment as written (2015-06-18, 2015/6/18, 2015年6月18日).</summary>
    public required string EstablishedOnText { get; init; }

    /// <summary>Registered capital as written (100万元人民币, 100.000000万人民币, 14万美元).</summary>
    public required string Capital { get; init; }

    /// <summary>The registered address as written.</summary>
    public required string Address { get; init; }

    /// <summary>The registered address normalised as the model compares it (width folded, no spaces or punctuation, case folded).</summary>
    public string AddressKey => FakeRecruitmentDemoBuilder.AddressKey(Address);

    /// <summary>The legal representative (a generated name).</summary>
    public required string LegalRep { get; init; }

    /// <summary>The registered phone.</summary>
    public required string Phone { get; init; }

    /// <summary>Employees with social insurance; null when the export does not know (empty or '-').</summary>
    public required int? Insured { get; init; }

    /// <summary>The insured count as written: digits, empty or '-'.</summary>
    public required string InsuredText { get; init; }

    /// <summary>On the abnormal-operations list (是).</summary>
    public required bool Abnormal { get; init; }
}

/// <summary>What <see cref="FakeRecruitmentDemoGenerator.Write"/> wrote.</summary>
/// <param name="PlatformAPostings">Rows of <c>platform-a.csv</c>.</param>
/// <param name="PlatformBPostings">Rows of <c>platform-b.csv</c>.</param>
/// <param name="RegistryRecords">Rows of <c>registry.csv</c>.</param>
/// <param name="Files">The six files written (three exports, three mappings), full paths.</param>
public sealed record FakeRecruitmentDemoCounts(int PlatformAPostings, int PlatformBPostings, int RegistryRecords, IReadOnlyList<string> Files);
