using PiplWatch.TestSupport;
using PiplWatch.Web.Hosting;

namespace PiplWatch.Web.Tests;

/// <summary>The dashboard's figures: computed once, then refreshed in the background while the old value is served.</summary>
public sealed class RefreshingTests
{
    [Fact]
    public async Task An_old_value_is_served_while_one_recomputation_runs_and_a_failure_keeps_it()
    {
        var clock = new Clock();
        var computed = 0;
        var release = new ManualResetEventSlim(true);
        var fail = false;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var value = new Refreshing<int>(() =>
        {
            release.Wait(TestContext.Current.CancellationToken);
            return fail ? throw new InvalidOperationException("store gone") : Interlocked.Increment(ref computed);
        }, TimeSpan.FromSeconds(15), clock, failures.Enqueue);

        Assert.Equal(1, value.Value);
        clock.Now += TimeSpan.FromSeconds(14);
        Assert.Equal(1, value.Value);
        Assert.Equal(1, computed);

        // Expired: the caller gets the old value at once, however long the new one takes; one recomputation only.
        release.Reset();
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Equal(1, value.Value);
        Assert.Equal(1, value.Value);
        release.Set();
        await Eventually.TrueAsync(() => value.Value == 2, "the recomputation", TimeSpan.FromMilliseconds(10));
        Assert.Equal(2, computed);

        // A failed recomputation leaves the last value and is reported.
        fail = true;
        clock.Now += TimeSpan.FromSeconds(16);
        Assert.Equal(2, value.Value);
        // Each poll asks for the value again: the reading above may have come while the last recomputation was still
        // marking itself finished, and then started none.
        await Eventually.TrueAsync(() => value.Value == 2 && !failures.IsEmpty, "the failed recomputation", TimeSpan.FromMilliseconds(10));
        Assert.All(failures, failure => Assert.Equal("store gone", failure.Message));
        Assert.Equal(2, value.Value);
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8));

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
