using PiplWatch.Core.Agencies;
using PiplWatch.Core.Legal;
using PiplWatch.Core.Regions;

namespace PiplWatch.Core.Findings;

/// <summary>Checks a report against the contract and the catalogs before it is written or turned into clues.</summary>
public static class FindingsReportValidator
{
    /// <summary>Problems with <paramref name="report"/>, each naming the finding it concerns; empty when the report is sound.</summary>
    public static IReadOnlyList<string> Validate(FindingsReport report, LegalCatalog legal, SectorCatalog sectors)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(legal);
        ArgumentNullException.ThrowIfNull(sectors);
        var problems = new List<string>();
        if (report.FinishedAt < report.StartedAt)
        {
            problems.Add($"finished_at {report.FinishedAt:O} is before started_at {report.StartedAt:O}");
        }

        foreach (var input in report.Inputs)
        {
            if (input.Sha256.Length != 64 || !input.Sha256.All(char.IsAsciiHexDigit))
            {
                problems.Add($"input {input.Role}={input.Dataset}: sha256 must be 64 hex digits");
            }
        }

        foreach (var duplicate in report.Findings.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"finding id {duplicate.Key} appears {duplicate.Count()} times");
        }

        foreach (var finding in report.Findings)
        {
            var at = $"finding {finding.Id} ({finding.Kind})";
            if (finding.Score is < 0 or > 1 || double.IsNaN(finding.Score))
            {
                problems.Add($"{at}: score {finding.Score} is outside 0–1");
            }

            if (!RegionCodes.IsWellFormed(finding.Region))
            {
                problems.Add($"{at}: region '{finding.Region}' is not a six-digit code");
            }

            foreach (var id in legal.UnknownArticles(finding.LegalBasis))
            {
                problems.Add($"{at}: legal basis '{id}' is not in the legal catalog");
            }

            foreach (var sector in finding.Sectors.Where(s => sectors.Find(s) is null))
            {
                problems.Add($"{at}: sector '{sector}' is unknown");
            }

            if (string.IsNullOrWhiteSpace(finding.Subject) || string.IsNullOrWhiteSpace(finding.Reason))
            {
                problems.Add($"{at}: subject and reason are required");
            }
        }

        return problems;
    }
}
