using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NascarDfs.App.Contests;
using NascarDfs.App.Optimize;
using NascarDfs.App.Simulate;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;

namespace NascarDfs.App.Services;

/// <summary>
/// Registers the job engine once, for every process that runs jobs (<c>worker</c>, <c>serve</c>): the opened store, events,
/// handlers, the job service and the workflow services; the engine's options from <see cref="AppSettings"/>, validated at
/// start; and the background services, in start order, each with its logger and the host's <see cref="TimeProvider"/>.
/// </summary>
internal static class JobsServiceCollectionExtensions
{
    /// <param name="jobs">Opened by the command before the host is built, so a bad database file is a sentence before anything starts.</param>
    public static IServiceCollection AddNascarDfsJobs(this IServiceCollection services, JobsEnvironment jobs)
    {
        services.AddSingleton(jobs.Folder);
        services.AddSingleton(jobs);
        services.AddSingleton<IJobStore>(jobs.Store);
        services.AddSingleton(jobs.Events);
        services.AddSingleton(jobs.Handlers);
        services.AddSingleton(jobs.Service);
        services.AddSingleton<OptimizeService>();
        services.AddSingleton<SimulateService>();
        services.AddSingleton<IJobWorkflow>(sp => sp.GetRequiredService<OptimizeService>());
        services.AddSingleton<IJobWorkflow>(sp => sp.GetRequiredService<SimulateService>());
        services.AddSingleton<ContestService>();
        services.AddSingleton<IJobWorkflow>(sp => sp.GetRequiredService<ContestService>());
        services.AddSingleton<Evaluate.EvaluateService>();
        services.AddSingleton<IJobWorkflow>(sp => sp.GetRequiredService<Evaluate.EvaluateService>());
        services.AddSingleton<JobWorkflows>();
        services.AddSingleton(TimeProvider.System);

        // The GPU probe (ILGPU: a CUDA or OpenCL device) runs once per process, when the runner's options are first read at start.
        services.AddOptions<JobRunnerOptions>().Configure<IOptions<AppSettings>>((o, s) =>
        {
            o.Concurrency = s.Value.Concurrency;
            o.Gpu = NascarDfs.Simulation.Gpu.GpuDevices.Available;
        }).ValidateOnStart();
        services.AddOptions<JobPrunerOptions>().Configure<IOptions<AppSettings>>((o, s) => o.Retention = TimeSpan.FromDays(s.Value.RetentionDays)).ValidateOnStart();
        services.AddOptions<JobRescuerOptions>().ValidateOnStart();
        services.AddOptions<JobChangeWatcherOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobRunnerOptions>>(new ValidateByMethod<JobRunnerOptions>(o => o.Validate()));
        services.AddSingleton<IValidateOptions<JobPrunerOptions>>(new ValidateByMethod<JobPrunerOptions>(o => o.Validate()));
        services.AddSingleton<IValidateOptions<JobRescuerOptions>>(new ValidateByMethod<JobRescuerOptions>(o => o.Validate()));
        services.AddSingleton<IValidateOptions<JobChangeWatcherOptions>>(new ValidateByMethod<JobChangeWatcherOptions>(o => o.Validate()));

        // Hosted services start in registration order: rescue before the runner claims anything.
        services.AddSingleton(sp => new JobRescuer(jobs.Store, Options<JobRescuerOptions>(sp), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<JobRescuer>>()));
        services.AddSingleton(sp => new JobRunner(jobs.Store, jobs.Handlers, jobs.Events, Options<JobRunnerOptions>(sp), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<JobRunner>>()));
        services.AddSingleton(sp => new JobPruner(jobs.Store, Options<JobPrunerOptions>(sp), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<JobPruner>>()));
        services.AddSingleton(sp => new JobChangeWatcher(jobs.Store.Changes, jobs.Events, Options<JobChangeWatcherOptions>(sp), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<JobChangeWatcher>>()));
        services.AddHostedService(sp => sp.GetRequiredService<JobRescuer>());
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        services.AddHostedService(sp => sp.GetRequiredService<JobPruner>());
        services.AddHostedService(sp => sp.GetRequiredService<JobChangeWatcher>());
        return services;
    }

    /// <summary>The user's settings as options (already read with sentences by <see cref="AppConfiguration.Read"/>).</summary>
    public static IServiceCollection AddNascarDfsSettings(this IServiceCollection services, AppSettings settings)
    {
        services.AddOptions<AppSettings>().Configure(s =>
        {
            s.Port = settings.Port;
            s.Concurrency = settings.Concurrency;
            s.RetentionDays = settings.RetentionDays;
            s.DefaultSite = settings.DefaultSite;
            s.Notifications = settings.Notifications;
        });
        return services;
    }

    private static T Options<T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
