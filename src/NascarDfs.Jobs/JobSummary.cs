namespace NascarDfs.Jobs;

/// <summary>
/// One job without its payloads: what grids, <c>status</c>, claims and rescue read (SPEC §6 fields, times UTC). The config and
/// result can be large (a config embeds the slate), so they are read only with the full <see cref="JobRecord"/>, by id.
/// </summary>
public record JobSummary
{
    /// <summary>Short unique id, shown as <c>#abc123</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Monotonic submission sequence (ties of priority run in this order).</summary>
    public long Sequence { get; init; }

    /// <summary>The handler kind, e.g. <c>optimize</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The user's name for the job.</summary>
    public required string Name { get; init; }

    /// <summary>Current state.</summary>
    public JobState State { get; init; }

    /// <summary>Higher runs first.</summary>
    public int Priority { get; init; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the latest attempt started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Progress, 0–100 (as last written to the store).</summary>
    public int Progress { get; init; }

    /// <summary>Short progress message.</summary>
    public string? ProgressMessage { get; init; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; init; }

    /// <summary>Attempts counted so far (counted at claim, refunded on clean shutdown).</summary>
    public int Attempt { get; init; }

    /// <summary>Interruptions tolerated before the job fails.</summary>
    public int MaxAttempts { get; init; }

    /// <summary>When a cancel was requested for the running job.</summary>
    public DateTimeOffset? CancelRequestedAt { get; init; }

    /// <summary>The runner holding the lease.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>The host of the runner holding the lease.</summary>
    public string? LeaseHost { get; init; }

    /// <summary>When the lease runs out unless renewed.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>The job this one re-runs.</summary>
    public string? RerunOf { get; init; }

    /// <summary>The host that ran (or runs) the latest attempt; kept after the job finishes.</summary>
    public string? RanOn { get; init; }

    /// <summary>Asked for a GPU (<c>--prefer-gpu</c>): a runner with one takes it while one is connected (see <see cref="JobClaim.Gpu"/>).</summary>
    public bool PreferGpu { get; init; }

    /// <summary>
    /// For a completed job that fell short of what was asked (fewer lineups, a missed minimum): why, in a sentence. Such a job
    /// is <em>completed with warnings</em> wherever its state shows; null otherwise (cleared when the job runs again).
    /// </summary>
    public string? Warning { get; init; }

    /// <summary>Completed, but short of the request (<see cref="Warning"/>): the one test every front end uses.</summary>
    public bool HasWarnings => IsCompletedWithWarnings(State, Warning);

    /// <summary>The state as every front end words it: <c>completed with warnings</c> when <see cref="HasWarnings"/>, else the state in lowercase.</summary>
    public string StateText => StateTextOf(State, Warning);

    /// <summary>The words of a completed job with a warning.</summary>
    public const string CompletedWithWarnings = "completed with warnings";

    /// <summary>The state as every front end words it, from the state and the warning (for events, which carry no summary).</summary>
    public static string StateTextOf(JobState state, string? warning) => IsCompletedWithWarnings(state, warning) ? CompletedWithWarnings : StateName(state);

    /// <summary>A state's one name (<c>queued</c>, <c>running</c>, <c>completed</c>, <c>failed</c>, <c>cancelled</c>): the API, the
    /// exports, the CLI and the pages all use this one.</summary>
    public static string StateName(JobState state) => state.ToString().ToLowerInvariant();

    /// <summary>Whether the job has reached a final state.</summary>
    public bool IsFinished => JobTransitions.IsFinished(State);

    /// <summary>The definition of <em>completed with warnings</em>: completed, and a warning was stored with the result.</summary>
    public static bool IsCompletedWithWarnings(JobState state, string? warning) => state == JobState.Completed && !string.IsNullOrEmpty(warning);

    /// <summary>Run time of the latest attempt (to now while it runs; null before it starts).</summary>
    public TimeSpan? DurationAt(DateTimeOffset now) =>
        StartedAt is { } started ? (FinishedAt ?? now) - started : null;
}
