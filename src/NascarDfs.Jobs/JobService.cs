using System.Runtime.CompilerServices;
using System.Text.Json;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.History;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;

namespace NascarDfs.Jobs;

/// <summary>
/// The one façade the command line, the HTTP API and the pages call for jobs: submit, history, cancel, re-run, delete,
/// clear, prune, export and status. It raises the in-process events that live views listen to.
/// </summary>
public sealed class JobService
{
    private readonly IJobStore _store;
    private readonly JobEvents _events;
    private readonly JobHandlerRegistry? _handlers;
    private readonly TimeProvider _time;

    /// <summary>Creates the service. With <paramref name="handlers"/>, submitting an unknown kind is refused.</summary>
    public JobService(IJobStore store, JobEvents events, JobHandlerRegistry? handlers = null, TimeProvider? timeProvider = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _handlers = handlers;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The store behind the service.</summary>
    public IJobStore Store => _store;

    /// <summary>This process's host name, for telling which runners can be probed by process id (default: the machine name).</summary>
    public string HostName { get; init; } = RunnerIdentity.Host;

    /// <summary>Queues a job; it is stored when this returns. Throws <see cref="ArgumentException"/> for an unknown kind or invalid config JSON.</summary>
    public async Task<JobRecord> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (_handlers is not null && !_handlers.Contains(submission.Kind))
        {
            throw new ArgumentException($"Unknown job kind '{submission.Kind}'. Known kinds: {string.Join(", ", _handlers.Kinds.Order())}.", nameof(submission));
        }

        if (string.IsNullOrWhiteSpace(submission.Name)) throw new ArgumentException("A job needs a name.", nameof(submission));
        try
        {
            using var _ = JsonDocument.Parse(submission.Config);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The job config is not valid JSON: {ex.Message}", nameof(submission), ex);
        }

        var job = await _store.SubmitAsync(submission, cancellationToken).ConfigureAwait(false);
        Publish(JobEventKind.Queued, job);
        return job;
    }

    /// <summary>A page of the history (summaries, no payloads), newest first.</summary>
    public Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken = default) => _store.ListAsync(query, cancellationToken);

    /// <summary>One job (accepts <c>#abc123</c>), or null.</summary>
    public Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default) => _store.GetAsync(id, cancellationToken);

    /// <summary>
    /// Cancels a queued job at once, or asks the runner of a running job (in any process, on any host) to stop it. When that
    /// runner is gone (its process is dead on this host, or its lease expired), nobody would act on the request: the job
    /// ends <c>cancelled</c> at once.
    /// </summary>
    public async Task<CancelOutcome> CancelAsync(string id, CancellationToken cancellationToken = default)
    {
        var outcome = await _store.RequestCancelAsync(id, cancellationToken).ConfigureAwait(false);
        if (outcome is not (CancelOutcome.Cancelled or CancelOutcome.Requested)) return outcome;
        if (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } job) return outcome;
        if (outcome == CancelOutcome.Requested && job.LeaseOwner is { } owner && await IsOwnerGoneAsync(job, cancellationToken).ConfigureAwait(false) &&
            await _store.CancelAsync(job.Id, JobState.Running, owner, cancellationToken).ConfigureAwait(false))
        {
            outcome = CancelOutcome.Cancelled;
        }

        Publish(outcome == CancelOutcome.Cancelled ? JobEventKind.Cancelled : JobEventKind.CancelRequested, job);
        return outcome;
    }

    /// <summary>Queues a new job with the same kind, name and config, linked to the original; null when there is no such job.</summary>
    public async Task<JobRecord?> RerunAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } original) return null;
        var submission = new JobSubmission(original.Kind, RerunName(original.Name), original.Config)
        {
            Priority = original.Priority,
            MaxAttempts = original.MaxAttempts,
            RerunOf = original.Id,
            PreferGpu = original.PreferGpu,
        };
        var job = await _store.SubmitAsync(submission, cancellationToken).ConfigureAwait(false);
        Publish(JobEventKind.Queued, job);
        return job;
    }

    /// <summary>The name of a re-run: "(re-run)" added once, then "(re-run 2)", "(re-run 3)"… so the two are told apart in lists.</summary>
    public static string RerunName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = System.Text.RegularExpressions.Regex.Match(name, @"^(.*) \(re-run(?: (\d+))?\)$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!match.Success) return name + " (re-run)";
        var next = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1 : 2;
        return $"{match.Groups[1].Value} (re-run {next})";
    }

    /// <summary>Deletes a job that is not running.</summary>
    public async Task<DeleteOutcome> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } job) return DeleteOutcome.NotFound;
        if (job.State == JobState.Running) return DeleteOutcome.Running;
        if (!await _store.DeleteAsync(id, cancellationToken).ConfigureAwait(false)) return DeleteOutcome.Running;
        Publish(JobEventKind.Deleted, job);
        return DeleteOutcome.Deleted;
    }

    /// <summary>Deletes every completed, failed and cancelled job; returns how many.</summary>
    public async Task<int> ClearFinishedAsync(CancellationToken cancellationToken = default)
    {
        var deleted = await _store.ClearFinishedAsync(cancellationToken).ConfigureAwait(false);
        Publish(JobEventKind.Deleted, null);
        return deleted;
    }

    /// <summary>Deletes finished jobs older than <paramref name="olderThan"/>; returns how many.</summary>
    public async Task<int> PruneAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        var deleted = await new JobPruner(_store, new JobPrunerOptions { Retention = olderThan }, _time).PruneOnceAsync(cancellationToken).ConfigureAwait(false);
        Publish(JobEventKind.Deleted, null);
        return deleted;
    }

    /// <summary>Writes the history as CSV (formula-like text cells escaped, numbers not).</summary>
    public Task ExportCsvAsync(TextWriter writer, JobQuery? query = null, CancellationToken cancellationToken = default) =>
        JobExporter.WriteCsvAsync(AllAsync(query, cancellationToken), writer, cancellationToken);

    /// <summary>Writes the history as a JSON array, config and result embedded (each job read by id, one at a time).</summary>
    public Task ExportJsonAsync(Stream stream, JobQuery? query = null, CancellationToken cancellationToken = default) =>
        JobExporter.WriteJsonAsync(AllRecordsAsync(query, cancellationToken), stream, cancellationToken);

    /// <summary>Counts, the latest jobs and the number of live runners.</summary>
    public async Task<JobStatusSummary> GetStatusAsync(int recent = 5, CancellationToken cancellationToken = default)
    {
        var counts = await _store.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await _store.ListAsync(new JobQuery { Limit = Math.Max(1, recent) }, cancellationToken).ConfigureAwait(false);
        var live = await ListLiveRunnersAsync(cancellationToken).ConfigureAwait(false);
        return new JobStatusSummary(counts, page.Items, live.Count) { RunnerHosts = [.. live.Select(r => r.Host).Distinct().Order(StringComparer.Ordinal)] };
    }

    /// <summary>Every runner registered in the store, connected or not (the Runners page).</summary>
    public Task<IReadOnlyList<RunnerInfo>> ListRunnersAsync(CancellationToken cancellationToken = default) => _store.ListRunnersAsync(cancellationToken);

    /// <summary>Runners whose heartbeat is fresh (and, on this machine, whose process lives).</summary>
    public async Task<int> CountLiveRunnersAsync(CancellationToken cancellationToken = default) =>
        (await ListLiveRunnersAsync(cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>Runners whose heartbeat is fresh (and, on this host, whose process lives): the connected machines' processes.</summary>
    public async Task<IReadOnlyList<RunnerInfo>> ListLiveRunnersAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var runners = await _store.ListRunnersAsync(cancellationToken).ConfigureAwait(false);
        return [.. runners.Where(r =>
            now - r.HeartbeatAt <= JobDefaults.RunnerLiveWindow &&
            (r.Host != HostName || ProcessProbe.IsAlive(r.ProcessId, r.ProcessStartedAt)))];
    }

    /// <summary>Whether the runner holding a running job is gone: lease expired, or (on this host) its process is dead or unregistered.</summary>
    private async Task<bool> IsOwnerGoneAsync(JobSummary job, CancellationToken cancellationToken)
    {
        if (job.LeaseExpiresAt is { } expires && expires < _time.GetUtcNow()) return true;
        if (job.LeaseHost != HostName) return false;
        var runners = await _store.ListRunnersAsync(cancellationToken).ConfigureAwait(false);
        return runners.FirstOrDefault(r => r.Id == job.LeaseOwner) is not { } runner || !ProcessProbe.IsAlive(runner.ProcessId, runner.ProcessStartedAt);
    }

    private async IAsyncEnumerable<JobRecord> AllRecordsAsync(JobQuery? query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var summary in AllAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (await _store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } job) yield return job;
        }
    }

    private async IAsyncEnumerable<JobSummary> AllAsync(JobQuery? query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = (query ?? new JobQuery()) with { Offset = 0, Limit = 1000 };
        while (true)
        {
            var result = await _store.ListAsync(page, cancellationToken).ConfigureAwait(false);
            foreach (var job in result.Items) yield return job;
            if (result.Items.Count < page.Limit) yield break;
            page = page with { Offset = page.Offset + page.Limit };
        }
    }

    /// <summary>A hint for live views and the runner: no counts are read here (views re-query what they show).</summary>
    private void Publish(JobEventKind kind, JobSummary? job)
    {
        if (_events.HasListeners) _events.Publish(new JobEvent(kind, job?.Id, job?.Name, null, null));
    }
}
