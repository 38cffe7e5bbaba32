using NascarDfs.App.Optimize;
using NascarDfs.App.Simulate;
using NascarDfs.App.Web.Notifications;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// Links every optimize and simulate job queued through this server (the pages, the API, a re-run) to the library slate
/// it was queued from (<see cref="CurrentSlateStore.LinkJob"/>): the current slate when its salary file is the job's. The
/// link is the app's own (in <c>slates/library.json</c>), not a column of the job store, and survives a restart.
/// </summary>
internal sealed partial class SlateJobLinker(JobNotifier notifier, JobService jobs, CurrentSlateStore store, ILogger<SlateJobLinker> logger) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = notifier.Subscribe(OnEventAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task OnEventAsync(JobEvent e)
    {
        if (e.Kind != JobEventKind.Queued || e.JobId is not { } id) return;
        try
        {
            if (await jobs.GetAsync(id) is not { } job) return;
            var salary = job.Kind == OptimizeArgs.Kind ? OptimizeService.Codec.ReadArgs(job.Config).Slate
                : job.Kind == SimulateArgs.Kind ? SimulateService.Codec.ReadArgs(job.Config).Slate
                : null;
            if (salary is not null) store.LinkJob(id, salary);
        }
        catch (Exception x) when (x is ArgumentException or InvalidOperationException or IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            LogNotLinked(logger, id, x.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} was not linked to a slate: {Reason}")]
    private static partial void LogNotLinked(ILogger logger, string jobId, string reason);
}
