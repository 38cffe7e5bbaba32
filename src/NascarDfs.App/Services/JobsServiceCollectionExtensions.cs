using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;

namespace NascarDfs.App.Services;

/// <summary>Registers the job engine in a host (for <c>serve</c>): one store, events and service, and the background services in start order.</summary>
internal static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddNascarDfsJobs(this IServiceCollection services, DataFolder folder, bool durable, JobRunnerOptions runnerOptions, JobPrunerOptions? prunerOptions = null)
    {
        runnerOptions.Validate();
        prunerOptions?.Validate();

        // Opened at registration so a bad database file stops `serve` before it binds a port, with the store's message.
        var jobs = JobsEnvironment.OpenAsync(folder, durable).GetAwaiter().GetResult();
        services.AddSingleton(jobs);
        services.AddSingleton(jobs.Store);
        services.AddSingleton<IJobStore>(jobs.Store);
        services.AddSingleton(jobs.Events);
        services.AddSingleton(jobs.Handlers);
        services.AddSingleton(jobs.Service);

        // Hosted services start in registration order: rescue before the runner claims anything.
        services.AddSingleton(new JobRescuer(jobs.Store));
        services.AddSingleton(sp => new JobRunner(jobs.Store, jobs.Handlers, jobs.Events, runnerOptions));
        services.AddSingleton(new JobPruner(jobs.Store, prunerOptions));
        services.AddSingleton(new JobChangeWatcher(jobs.Store.Changes, jobs.Events));
        services.AddHostedService(sp => sp.GetRequiredService<JobRescuer>());
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        services.AddHostedService(sp => sp.GetRequiredService<JobPruner>());
        services.AddHostedService(sp => sp.GetRequiredService<JobChangeWatcher>());
        return services;
    }
}
