using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NascarDfs.Jobs.Maintenance;

/// <summary>
/// Lease rescue (SPEC §6 "Crash"): a running job whose lease expired, or whose runner process is gone from this machine,
/// goes back to the queue with its attempt kept; at its last attempt it fails ("interrupted after N attempts"); with a
/// cancel request it ends cancelled. Runs once when started (so a restart recovers at once), then every interval.
/// </summary>
public sealed partial class JobRescuer : BackgroundService
{
    private readonly IJobEngineStore _store;
    private readonly JobRescuerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the service; options are validated here.</summary>
    public JobRescuer(IJobEngineStore store, JobRescuerOptions? options = null, TimeProvider? timeProvider = null, ILogger<JobRescuer>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new JobRescuerOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Rescues once before returning, so a runner started after this never waits for a lease to expire.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RescueOnceAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One pass; returns the jobs it moved.</summary>
    public async Task<int> RescueOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var runners = await _store.ListRunnersAsync(cancellationToken).ConfigureAwait(false);
        var dead = new HashSet<string>(StringComparer.Ordinal);
        foreach (var runner in runners)
        {
            var gone = runner.Host == _options.HostName && !ProcessProbe.IsAlive(runner.ProcessId, runner.ProcessStartedAt);
            if (gone) dead.Add(runner.Id);
            if (gone || now - runner.HeartbeatAt > _options.StaleRunnerAge)
            {
                await _store.RemoveRunnerAsync(runner.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        var moved = 0;
        foreach (var job in await _store.ListRunningAsync(cancellationToken).ConfigureAwait(false))
        {
            if (job.LeaseOwner is not { } owner) continue;
            var interrupted = dead.Contains(owner) || job.LeaseExpiresAt < now;
            if (interrupted && await RescueAsync(job, owner, cancellationToken).ConfigureAwait(false)) moved++;
        }

        return moved;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await RescueOnceAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A busy file or an unreachable server: the next tick tries again.
                    LogPassFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private Task<bool> RescueAsync(JobSummary job, string owner, CancellationToken cancellationToken)
    {
        if (job.CancelRequestedAt is not null) return _store.CancelAsync(job.Id, JobState.Running, owner, cancellationToken);
        if (job.Attempt >= job.MaxAttempts)
        {
            return _store.FailAsync(job.Id, owner, $"interrupted after {job.Attempt} attempts", cancellationToken);
        }

        return _store.RequeueAsync(job.Id, owner, countAttempt: true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rescue pass failed; the next one tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
