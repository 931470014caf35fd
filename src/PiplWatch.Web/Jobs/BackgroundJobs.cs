using System.Collections.Concurrent;
using PiplWatch.Core;

namespace PiplWatch.Web.Jobs;

/// <summary>Where a background job stands.</summary>
public sealed class JobState
{
    /// <summary>Id in URLs.</summary>
    public required string Id { get; init; }

    /// <summary>What it does, in words.</summary>
    public required string Title { get; init; }

    /// <summary>Who started it (only they see it).</summary>
    public required string User { get; init; }

    /// <summary>queued, running, done or failed.</summary>
    public string Status { get; set; } = "queued";

    /// <summary>Share done, when the work can tell.</summary>
    public double? Fraction { get; set; }

    /// <summary>Rows or steps done, in words.</summary>
    public string? Progress { get; set; }

    /// <summary>Where the result is shown, once done.</summary>
    public string? ResultUrl { get; set; }

    /// <summary>What went wrong, in words.</summary>
    public string? Error { get; set; }

    /// <summary>When it finished (done or failed); null while queued or running.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>
/// Imports and model runs started from the pages run here, one at a time (the machine has two cores and DuckDB uses
/// both), while the page polls their progress. Jobs are kept in memory: a restart forgets running jobs, not results,
/// which the workspace and the case store hold.
/// </summary>
public sealed partial class BackgroundJobs(ILogger<BackgroundJobs> logger, TimeProvider time) : IDisposable
{
    /// <summary>How long a finished job is kept for its page to show (its result is in the workspace or the store).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, JobState> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Queues <paramref name="work"/>; it reports progress and returns the result URL.</summary>
    public JobState Start(string title, string user, Func<JobState, string> work) =>
        Start(title, user, state => Task.FromResult(work(state)));

    /// <summary>Queues asynchronous <paramref name="work"/> (a crawl, say); it reports progress and returns the result URL.</summary>
    public JobState Start(string title, string user, Func<JobState, Task<string>> work)
    {
        Prune();
        var job = new JobState { Id = Guid.NewGuid().ToString("N")[..12], Title = title, User = user };
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            await _oneAtATime.WaitAsync();
            try
            {
                job.Status = "running";
                job.ResultUrl = await work(job);
                Finish(job, "done");
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or InvalidOperationException or KeyNotFoundException or UnauthorizedAccessException)
            {
                job.Error = ErrorText.Of(ex);
                Finish(job, "failed");
                JobFailed(logger, job.Title, ex);
            }
            finally
            {
                // An exception the job does not report leaves its status as it was; the time still lets it be pruned.
                job.FinishedAt ??= time.GetUtcNow();
                _oneAtATime.Release();
            }
        });
        return job;
    }

    /// <summary>The job, if <paramref name="user"/> started it.</summary>
    public JobState? Get(string id, string user) => _jobs.TryGetValue(id, out var job) && job.User == user ? job : null;

    /// <summary>Jobs known now (finished ones for <see cref="KeptFor"/>).</summary>
    public int Count => _jobs.Count;

    /// <inheritdoc/>
    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>
    /// The finishing time is set before the status that announces it: a reader that sees "done" or "failed" (the job
    /// page, the pruning of old jobs) then always sees when.
    /// </summary>
    private void Finish(JobState job, string status)
    {
        job.FinishedAt = time.GetUtcNow();
        job.Status = status;
    }

    // Each import, run or audit leaves a small record; a platform that runs for months forgets them an hour after they end.
    private void Prune()
    {
        var before = time.GetUtcNow() - KeptFor;
        foreach (var (id, job) in _jobs)
        {
            if (job.FinishedAt is { } finished && finished < before)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background job {Title} failed")]
    private static partial void JobFailed(ILogger logger, string title, Exception exception);
}
