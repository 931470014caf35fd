using System.Diagnostics;

namespace PiplWatch.TestSupport;

/// <summary>
/// Waits for something a background task does. The limit is wall-clock time and generous: CI runs every test
/// assembly at once on two cores, so a step that takes milliseconds alone can wait seconds for a thread there.
/// The limit only bounds a hang; it asserts nothing about speed.
/// </summary>
internal static class Eventually
{
    /// <summary>How long a background step may take before the test gives up on it.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Polls <paramref name="probe"/> until it gives a value, then returns it; fails naming <paramref name="what"/> after <see cref="Limit"/>.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? poll = null)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        var interval = poll ?? TimeSpan.FromMilliseconds(50);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (clock.Elapsed > Limit)
            {
                throw new Xunit.Sdk.XunitException($"{what}: not done after {Limit.TotalMinutes:0} minutes");
            }

            await Task.Delay(interval, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails naming <paramref name="what"/> after <see cref="Limit"/>.</summary>
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? poll = null) =>
        ValueAsync(() => Task.FromResult(condition() ? "done" : null), what, poll);
}
