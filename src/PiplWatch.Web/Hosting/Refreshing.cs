namespace PiplWatch.Web.Hosting;

/// <summary>
/// A value computed once, then recomputed in the background when it is older than its lifetime: requests keep getting
/// the previous value meanwhile instead of all waiting for the new one (the dashboard's figures take a few hundred
/// milliseconds over a hundred thousand clues). Only the first computation is waited for, and it throws to its caller.
/// </summary>
public sealed class Refreshing<T>(Func<T> compute, TimeSpan lifetime, TimeProvider time, Action<Exception> failed)
{
    private readonly Lazy<Snapshot> _first = new(() => new Snapshot(compute(), time.GetUtcNow()), LazyThreadSafetyMode.ExecutionAndPublication);
    private Snapshot? _latest;
    private int _refreshing;

    /// <summary>The latest value; starts a recomputation when it is older than the lifetime and none is running.</summary>
    public T Value
    {
        get
        {
            var latest = Volatile.Read(ref _latest) ?? _first.Value;
            if (time.GetUtcNow() - latest.At >= lifetime && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
            {
                _ = Task.Run(() =>
                {
                    try
                    {
                        Volatile.Write(ref _latest, new Snapshot(compute(), time.GetUtcNow()));
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        // The old value stays; the next request after the lifetime tries again.
                        failed(ex);
                    }
                    finally
                    {
                        Volatile.Write(ref _refreshing, 0);
                    }
                });
            }

            return latest.Value;
        }
    }

    private sealed record Snapshot(T Value, DateTimeOffset At);
}
