using System.Text.RegularExpressions;
using PiplWatch.TestSupport;

namespace PiplWatch.Web.Tests;

/// <summary>The fake-recruitment model started from the runs page with two job-posting datasets, as an analyst does.</summary>
public sealed partial class FakeRecruitmentRunPageTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task RunForm_TwoPlatformsAndTheRegistry_RunsInTheBackgroundAndShowsTheFindings()
    {
        RunFixtureData.Ensure(host);
        using var analyst = host.Session();
        await analyst.SignInAsync("analyst");
        var form = await analyst.GetHtmlAsync("/runs?model=fake-recruitment");
        Assert.Contains("name=\"input:job_postings\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"param:salary_ratio\"", form, StringComparison.Ordinal);

        var job = await Start(analyst, "3");
        var done = await Finished(analyst, job);
        var run = ResultLink().Match(done).Groups[1].Value;
        var page = await analyst.GetHtmlAsync(run);

        Assert.Contains("job_postings：tianhe-platform-a", page, StringComparison.Ordinal);
        Assert.Contains("job_postings：tianhe-platform-b", page, StringComparison.Ordinal);
        Assert.Contains("<code>companies_flagged</code>", page, StringComparison.Ordinal);
        Assert.Contains("suspect_company", page, StringComparison.Ordinal);
        Assert.Contains("suspect_posting", page, StringComparison.Ordinal);
        Assert.Contains("?signal=salary_outlier", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\d)1[3-9]\d{9}(?!\d)", page);
    }

    [Fact]
    public async Task RunForm_BadParameter_TheJobSaysWhich()
    {
        RunFixtureData.Ensure(host);
        using var analyst = host.Session();
        await analyst.SignInAsync("analyst");

        var done = await Finished(analyst, await Start(analyst, "many"));

        Assert.Contains("alert-danger", done, StringComparison.Ordinal);
        Assert.Contains("salary_ratio", done, StringComparison.Ordinal);
    }

    private static async Task<string> Start(WebSession analyst, string salaryRatio)
    {
        using var response = await analyst.PostFormAsync("/runs?model=fake-recruitment", "/runs",
        [
            new("Model", "fake-recruitment"), new("input:job_postings", "tianhe-platform-a"), new("input:job_postings", "tianhe-platform-b"),
            new("input:business_registry", "tianhe-registry"), new("Region", "360203"), new("param:salary_ratio", salaryRatio),
        ]);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/jobs/", path, StringComparison.Ordinal);
        return path;
    }

    private static Task<string> Finished(WebSession analyst, string job) =>
        Eventually.ValueAsync(async () =>
        {
            var html = await analyst.GetHtmlAsync(job);
            return html.Contains("alert-success", StringComparison.Ordinal) || html.Contains("alert-danger", StringComparison.Ordinal) ? html : null;
        }, job);

    [GeneratedRegex("href=\"(/runs/fake-recruitment-[^\"]+)\"")]
    private static partial Regex ResultLink();
}
