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
        await PublishAsync(JobEventKind.Queued, job, cancellationToken).ConfigureAwait(false);
        return job;
    }

    /// <summary>A page of the history, newest first.</summary>
    public Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken = default) => _store.ListAsync(query, cancellationToken);

    /// <summary>One job (accepts <c>#abc123</c>), or null.</summary>
    public Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default) => _store.GetAsync(id, cancellationToken);

    /// <summary>Cancels a queued job at once, or asks the runner of a running job (in any process) to stop it.</summary>
    public async Task<CancelOutcome> CancelAsync(string id, CancellationToken cancellationToken = default)
    {
        var outcome = await _store.RequestCancelAsync(id, cancellationToken).ConfigureAwait(false);
        var kind = outcome switch
        {
            CancelOutcome.Cancelled => JobEventKind.Cancelled,
            CancelOutcome.Requested => JobEventKind.CancelRequested,
            _ => (JobEventKind?)null,
        };
        if (kind is { } k && await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } job)
        {
            await PublishAsync(k, job, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>Queues a new job with the same kind, name and config, linked to the original; null when there is no such job.</summary>
    public async Task<JobRecord?> RerunAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } original) return null;
        var submission = new JobSubmission(original.Kind, original.Name, original.Config)
        {
            Priority = original.Priority,
            MaxAttempts = original.MaxAttempts,
            RerunOf = original.Id,
        };
        var job = await _store.SubmitAsync(submission, cancellationToken).ConfigureAwait(false);
        await PublishAsync(JobEventKind.Queued, job, cancellationToken).ConfigureAwait(false);
        return job;
    }

    /// <summary>Deletes a job that is not running.</summary>
    public async Task<DeleteOutcome> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } job) return DeleteOutcome.NotFound;
        if (job.State == JobState.Running) return DeleteOutcome.Running;
        if (!await _store.DeleteAsync(id, cancellationToken).ConfigureAwait(false)) return DeleteOutcome.Running;
        await PublishAsync(JobEventKind.Deleted, job, cancellationToken).ConfigureAwait(false);
        return DeleteOutcome.Deleted;
    }

    /// <summary>Deletes every completed, failed and cancelled job; returns how many.</summary>
    public async Task<int> ClearFinishedAsync(CancellationToken cancellationToken = default)
    {
        var deleted = await _store.ClearFinishedAsync(cancellationToken).ConfigureAwait(false);
        await PublishAsync(JobEventKind.Deleted, null, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <summary>Deletes finished jobs older than <paramref name="olderThan"/>; returns how many.</summary>
    public async Task<int> PruneAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        var deleted = await new JobPruner(_store, new JobPrunerOptions { Retention = olderThan }, _time).PruneOnceAsync(cancellationToken).ConfigureAwait(false);
        await PublishAsync(JobEventKind.Deleted, null, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <summary>Writes the history as CSV (formula-like text cells escaped, numbers not).</summary>
    public Task ExportCsvAsync(TextWriter writer, JobQuery? query = null, CancellationToken cancellationToken = default) =>
        JobExporter.WriteCsvAsync(AllAsync(query, cancellationToken), writer, cancellationToken);

    /// <summary>Writes the history as a JSON array, config and result embedded.</summary>
    public Task ExportJsonAsync(Stream stream, JobQuery? query = null, CancellationToken cancellationToken = default) =>
        JobExporter.WriteJsonAsync(AllAsync(query, cancellationToken), stream, cancellationToken);

    /// <summary>Counts, the latest jobs and the number of live runners.</summary>
    public async Task<JobStatusSummary> GetStatusAsync(int recent = 5, CancellationToken cancellationToken = default)
    {
        var counts = await _store.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await _store.ListAsync(new JobQuery { Limit = Math.Max(1, recent) }, cancellationToken).ConfigureAwait(false);
        return new JobStatusSummary(counts, page.Items, await CountLiveRunnersAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Runners whose heartbeat is fresh (and, on this machine, whose process lives).</summary>
    public async Task<int> CountLiveRunnersAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var runners = await _store.ListRunnersAsync(cancellationToken).ConfigureAwait(false);
        return runners.Count(r =>
            now - r.HeartbeatAt <= JobDefaults.LeaseDuration &&
            (r.Host != RunnerIdentity.Host || ProcessProbe.IsAlive(r.ProcessId, r.ProcessStartedAt)));
    }

    private async IAsyncEnumerable<JobRecord> AllAsync(JobQuery? query, [EnumeratorCancellation] CancellationToken cancellationToken)
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

    private async Task PublishAsync(JobEventKind kind, JobRecord? job, CancellationToken cancellationToken)
    {
        if (!_events.HasListeners) return;
        var counts = _events.HasSubscribers ? await _store.CountAsync(cancellationToken).ConfigureAwait(false) : null;
        _events.Publish(new JobEvent(kind, job?.Id, job?.Name, null, null, counts));
    }
}
