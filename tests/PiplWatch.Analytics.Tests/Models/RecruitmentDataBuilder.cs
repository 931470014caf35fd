using DuckDB.NET.Data;
using PiplWatch.Analytics.Models;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Tests.Models;

/// <summary>Builds small job-posting and registry Parquet files (generated companies, no real people) for model tests.</summary>
internal sealed class RecruitmentDataBuilder
{
    private readonly List<object?[]> _postings = [];
    private readonly List<object?[]> _registry = [];
    private int _nextPosting = 1;
    private bool _namesOnly;

    public static string Code(int n) => Code17(n) + UnifiedSocialCreditCode.CheckChar(Code17(n));

    public RecruitmentDataBuilder Company(int code, string name, string status = "active", DateOnly? established = null, long? insured = 20, bool abnormal = false, string? address = null)
    {
        _registry.Add([Code(code), name, status, established ?? new DateOnly(2012, 5, 1), address ?? $"广州市天河区体育东路{code}号", insured, abnormal]);
        return this;
    }

    public RecruitmentDataBuilder Posting(string company, string? phone = null, string title = "行政专员", double pay = 6000, DateTime? at = null, string description = "负责日常行政事务。", string? accountCompany = null, string? id = null, string platform = "A")
    {
        var postingId = id ?? $"P{_nextPosting++:D5}";
        _postings.Add([postingId, platform, company, "acc-" + postingId, accountCompany, phone ?? $"1390000{_postings.Count:D4}", title, pay * 0.8, pay, at ?? new DateTime(2026, 3, 1, 9, 0, 0), description]);
        return this;
    }

    public RecruitmentDataBuilder Postings(int count, string company, string? phone = null, string title = "行政专员", double pay = 6000, DateTime? from = null, int daysApart = 1)
    {
        var start = from ?? new DateTime(2026, 3, 1, 9, 0, 0);
        for (var i = 0; i < count; i++)
        {
            Posting(company, phone, title, pay, start.AddDays(i * daysApart));
        }

        return this;
    }

    /// <summary>Writes the registry with its two required columns only, as a minimal mapping would.</summary>
    public RecruitmentDataBuilder RegistryNamesOnly()
    {
        _namesOnly = true;
        return this;
    }

    /// <summary>Writes both files and returns the inputs of a run.</summary>
    public IReadOnlyList<ModelInput> Write(string folder)
    {
        var postings = Path.Combine(folder, "postings.parquet");
        var registry = Path.Combine(folder, "registry.parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Write(connection, postings, "posting_id VARCHAR, platform VARCHAR, company_name VARCHAR, account_id VARCHAR, account_company VARCHAR, contact_phone VARCHAR, title VARCHAR, salary_min DOUBLE, salary_max DOUBLE, posted_at TIMESTAMP, description VARCHAR", _postings);
        if (_namesOnly)
        {
            Write(connection, registry, "uscc VARCHAR, name VARCHAR", [.. _registry.Select(r => r[..2])]);
        }
        else
        {
            Write(connection, registry, "uscc VARCHAR, name VARCHAR, status VARCHAR, established_on DATE, address VARCHAR, insured_count BIGINT, abnormal BOOLEAN", _registry);
        }

        return
        [
            new ModelInput("job_postings", "postings", postings, "0", _postings.Count, 0),
            new ModelInput("business_registry", "registry", registry, "0", _registry.Count, 0),
        ];
    }

    private static string Code17(int n) => $"914401067{n:D8}";

    private static void Write(DuckDBConnection connection, string file, string columns, List<object?[]> rows)
    {
        var table = "t" + Guid.NewGuid().ToString("N");
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {table} ({columns})";
            create.ExecuteNonQuery();
        }

        using (var appender = connection.CreateAppender(table))
        {
            foreach (var row in rows)
            {
                var appended = appender.CreateRow();
                foreach (var value in row)
                {
                    _ = value switch
                    {
                        null => appended.AppendNullValue(),
                        string s => appended.AppendValue(s),
                        DateOnly d => appended.AppendValue(d),
                        DateTime t => appended.AppendValue(t),
                        double d => appended.AppendValue(d),
                        long l => appended.AppendValue(l),
                        bool b => appended.AppendValue(b),
                        _ => throw new InvalidOperationException("unexpected value"),
                    };
                }

                appended.EndRow();
            }
        }

        using var copy = connection.CreateCommand();
        copy.CommandText = $"COPY {table} TO '{file}' (FORMAT PARQUET)";
        copy.ExecuteNonQuery();
    }
}
