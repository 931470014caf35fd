using Microsoft.Extensions.Logging.Abstractions;
using PiplWatch.TestSupport;
using PiplWatch.Web.Jobs;

namespace PiplWatch.Web.Tests;

public sealed class BackgroundJobsTests
{
    [Fact]
    public async Task A_finished_job_is_kept_an_hour_then_forgotten()
    {
        var clock = new Clock { Now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero) };
        using var jobs = new BackgroundJobs(NullLogger<BackgroundJobs>.Instance, clock);
        var first = jobs.Start("import", "analyst", _ => "/datasets/a");
        await Eventually.TrueAsync(() => first.Status == "done", "the first job", TimeSpan.FromMilliseconds(10));
        Assert.Equal(clock.Now, first.FinishedAt);
        Func<JobState, string> fails = _ => throw new InvalidDataException("bad input");
        var failed = jobs.Start("run", "analyst", fails);
        await Eventually.TrueAsync(() => failed.Status == "failed", "the failing job", TimeSpan.FromMilliseconds(10));
        Assert.Equal("bad input", failed.Error);

        clock.Now += TimeSpan.FromMinutes(59);
        jobs.Start("second", "analyst", _ => "/runs/b");
        Assert.Same(first, jobs.Get(first.Id, "analyst"));
        Assert.Null(jobs.Get(first.Id, "procurator"));

        clock.Now += TimeSpan.FromMinutes(2);
        var third = jobs.Start("third", "analyst", _ => "/runs/c");
        Assert.Null(jobs.Get(first.Id, "analyst"));
        Assert.Null(jobs.Get(failed.Id, "analyst"));
        Assert.Same(third, jobs.Get(third.Id, "analyst"));
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
