using Microsoft.Extensions.Logging;

namespace NascarDfs.Jobs.Runner;

public sealed partial class JobRunner
{
    /// <summary>
    /// Heartbeat and lease renewal every <see cref="JobRunnerOptions.LeaseRenewInterval"/>. A job the renewal no longer finds
    /// under this runner was taken over (this process was paused past its lease, say): its copy here is stopped. A job whose
    /// lease ran out while renewals failed is stopped too, since a peer may run it now.
    /// </summary>
    private async Task RenewLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.LeaseRenewInterval, _time);
        while (await Tick(timer, stoppingToken).ConfigureAwait(false))
        {
            await Safely(() => _store.HeartbeatRunnerAsync(RunnerId), "heartbeat").ConfigureAwait(false);
            if (_running.IsEmpty) continue;
            var before = _running.Values.ToArray();
            var until = _time.GetUtcNow() + _options.LeaseDuration;
            try
            {
                var held = new HashSet<string>(await _store.RenewLeasesAsync(RunnerId, _options.LeaseDuration, stoppingToken).ConfigureAwait(false), StringComparer.Ordinal);
                foreach (var job in before)
                {
                    if (held.Contains(job.Job.Id)) job.Renewed(until);
                    else if (_running.ContainsKey(job.Job.Id)) Lose(job, "another runner holds it now");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStoreError(_logger, "renew leases", ex);
                var now = _time.GetUtcNow();
                foreach (var job in before.Where(j => j.LeaseUntil < now)) Lose(job, "its lease expired while the store could not be reached");
            }
        }
    }

    private void Lose(RunningJob job, string why)
    {
        if (job.LeaseLost) return;
        LogLeaseLost(_logger, job.Job.Id, why);
        job.LoseLease();
    }

    /// <summary>
    /// Reads the cancel requests for this runner's jobs while any run: after each change in the store (a request is a commit
    /// by another connection), at most every <see cref="JobRunnerOptions.CancelPollInterval"/>, and at least every second.
    /// Requests made in this process arrive at once as events.
    /// </summary>
    private async Task CancelLoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(_options.CancelPollInterval, _time, stoppingToken).ConfigureAwait(false);
                if (_running.IsEmpty) continue;
                var stamp = await ReadStampAsync(stoppingToken).ConfigureAwait(false);
                IReadOnlyList<string> ids = [];
                await Safely(async () => ids = await _store.GetCancelRequestsAsync(RunnerId, stoppingToken).ConfigureAwait(false), "read cancel requests").ConfigureAwait(false);
                foreach (var id in ids)
                {
                    if (_running.TryGetValue(id, out var running)) running.RequestCancel();
                }

                if (stamp is { } s && !_running.IsEmpty)
                {
                    await Safely(() => _store.Changes.WaitForChangeAsync(s, TimeSpan.FromSeconds(1) - _options.CancelPollInterval, stoppingToken), "watch for cancel requests").ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} stopped on this runner: {Why}")]
    private static partial void LogLeaseLost(ILogger logger, string jobId, string why);
}
