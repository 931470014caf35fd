namespace PiplWatch.Analytics.Models.FakeRecruitment;

/// <summary>The fake-recruitment model's parameters, read and checked once.</summary>
internal sealed record RecruitmentParameters(
    int ZeroInsuredPostings,
    int NewCompanyDays,
    int BurstPostings,
    int BurstDays,
    int SharedPhoneCompanies,
    int AddressCompanies,
    double SalaryRatio,
    int SalaryMinPeers,
    double MinLinkScore,
    int MaxFindings)
{
    public static RecruitmentParameters From(ModelRunContext context)
    {
        var parameters = new RecruitmentParameters(
            context.Whole("zero_insured_postings"),
            context.Whole("new_company_days"),
            context.Whole("burst_postings"),
            context.Whole("burst_days"),
            context.Whole("shared_phone_companies"),
            context.Whole("address_companies"),
            context.Number("salary_ratio"),
            context.Whole("salary_min_peers"),
            context.Number("min_link_score"),
            context.Whole("max_findings_per_kind"));
        Check(parameters.ZeroInsuredPostings >= 1, "zero_insured_postings must be at least 1");
        Check(parameters.NewCompanyDays >= 0, "new_company_days must not be negative");
        Check(parameters.BurstPostings >= 1 && parameters.BurstDays >= 1, "burst_postings and burst_days must be at least 1");
        Check(parameters.SharedPhoneCompanies >= 2, "shared_phone_companies must be at least 2");
        Check(parameters.AddressCompanies >= 2, "address_companies must be at least 2");
        Check(parameters.SalaryRatio > 1, "salary_ratio must be above 1");
        Check(parameters.SalaryMinPeers >= 2, "salary_min_peers must be at least 2");
        Check(parameters.MinLinkScore is > 0 and <= 1, "min_link_score must be in (0, 1]");
        Check(parameters.MaxFindings >= 0, "max_findings_per_kind must not be negative");
        return parameters;
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException("parameter " + message);
        }
    }
}
