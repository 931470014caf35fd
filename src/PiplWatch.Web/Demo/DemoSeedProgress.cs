namespace PiplWatch.Web.Demo;

/// <summary>
/// Whether the first run's demo data is ready. The seed runs in the background after start-up; a run appears in the
/// workspace before its findings reach the clues, so whoever needs the whole seed (a test, a smoke check) waits on
/// <see cref="Finished"/> rather than on what the seed writes.
/// </summary>
public sealed class DemoSeedProgress
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the seed has finished, failed or was not asked for; never faults (a failure is logged).</summary>
    public Task Finished => _finished.Task;

    internal void Finish() => _finished.TrySetResult();
}
