using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NascarDfs.Jobs.Maintenance;

/// <summary>Retention (SPEC §6 "History"): deletes jobs that finished longer ago than the retention period, at start and every interval.</summary>
public sealed partial class JobPruner : BackgroundService
{
    private readonly IJobHistory _store;
    private readonly JobPrunerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the service; options are validated here.</summary>
    public JobPruner(IJobHistory store, JobPrunerOptions? options = null, TimeProvider? timeProvider = null, ILogger<JobPruner>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? new JobPrunerOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>One pass; returns how many jobs were deleted.</summary>
    public Task<int> PruneOnceAsync(CancellationToken cancellationToken = default) =>
        _store.PruneAsync(_time.GetUtcNow() - _options.Retention, cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval, _time);
        try
        {
            do
            {
                try
                {
                    await PruneOnceAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A busy file or an unreachable server: the next tick tries again.
                    LogPassFailed(_logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The prune pass failed; the next one tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
