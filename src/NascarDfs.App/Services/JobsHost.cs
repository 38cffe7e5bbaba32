using Microsoft.Extensions.Hosting;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;

namespace NascarDfs.App.Services;

/// <summary>
/// The engine's background services for a process that runs jobs (<c>worker</c>, <c>serve</c>): lease rescue first (so a restart
/// recovers at once), then the runner, retention and the change watcher. Stopping is a clean shutdown.
/// </summary>
internal sealed class JobsHost : IAsyncDisposable
{
    private readonly IHostedService[] _services;
    private bool _started;

    public JobsHost(JobsEnvironment jobs, JobRunnerOptions runnerOptions, JobPrunerOptions? prunerOptions = null)
    {
        Runner = new JobRunner(jobs.Store, jobs.Handlers, jobs.Events, runnerOptions);
        _services =
        [
            new JobRescuer(jobs.Store, new JobRescuerOptions { HostName = runnerOptions.HostName, Interval = runnerOptions.LeaseRenewInterval }),
            Runner,
            new JobPruner(jobs.Store, prunerOptions),
            new JobChangeWatcher(jobs.Store.Changes, jobs.Events),
        ];
    }

    public JobRunner Runner { get; }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _started = true;
        foreach (var service in _services) await service.StartAsync(cancellationToken);
    }

    /// <summary>Stops claiming, cancels running handlers and puts their jobs back in the queue.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!_started) return;
        _started = false;
        foreach (var service in _services.Reverse()) await service.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var service in _services) (service as IDisposable)?.Dispose();
    }
}
