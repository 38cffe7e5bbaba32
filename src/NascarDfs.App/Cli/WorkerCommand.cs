using System.ComponentModel;
using Microsoft.Extensions.Options;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// <c>worker [--concurrency N]</c>: runs queued jobs until stopped, on the generic host. Ctrl+C or SIGTERM is a clean
/// shutdown: it stops claiming, cancels running handlers and puts their jobs back in the queue without counting an attempt.
/// </summary>
internal sealed partial class WorkerCommand : JobsCommand<WorkerCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--concurrency <N>")]
        [Description("Jobs run at once on this machine, across every process using the database (default: settings, else the number of cores).")]
        public int? Concurrency { get; init; }

        [CommandOption("--host-name <NAME>")]
        [Description("The host this worker counts its jobs against and records as where each job ran (default: the machine name).")]
        public string? HostName { get; init; }

        [CommandOption("--lease-seconds <S>")]
        [Description("How long a claim lasts without renewal, 1–3600 (default 30): a job of a dead machine is taken over after about this long.")]
        public int? LeaseSeconds { get; init; }
    }

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        var flags = new Dictionary<string, string?> { [nameof(AppSettings.Concurrency)] = settings.Concurrency?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddNascarDfsSettings(jobs.Folder, flags);
        var appSettings = AppConfiguration.Read(builder.Configuration, jobs.Folder, flags);
        builder.Logging.AddNascarDfsLogging(jobs.Folder);
        builder.Services.AddNascarDfsSettings(appSettings);
        builder.Services.AddNascarDfsJobs(jobs);
        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds ?? (int)JobDefaults.LeaseDuration.TotalSeconds);
        var hostName = settings.HostName ?? RunnerIdentity.Host;
        builder.Services.PostConfigure<JobRunnerOptions>(o =>
        {
            o.HostName = hostName;
            o.LeaseDuration = lease;
            o.LeaseRenewInterval = lease < JobDefaults.LeaseDuration ? lease / 3 : JobDefaults.LeaseRenewInterval;
        });
        builder.Services.PostConfigure<JobRescuerOptions>(o =>
        {
            o.HostName = hostName;
            o.Interval = lease < JobDefaults.LeaseDuration ? lease / 3 : JobDefaults.LeaseRenewInterval;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILogger<WorkerCommand>>();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStopping.Register(() => Console.Error.WriteLine("Stopping: running jobs go back to the queue."));
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            return CliErrors.Fail(string.Join(" ", e.Failures) + " (--lease-seconds 1–3600, --host-name 1–200 characters, --concurrency 1–1024.)");
        }

        var runner = host.Services.GetRequiredService<JobRunner>();
        var concurrency = host.Services.GetRequiredService<IOptions<JobRunnerOptions>>().Value.Concurrency;
        var kinds = string.Join(", ", jobs.Handlers.Kinds.Order());
        var gpu = NascarDfs.Simulation.Gpu.GpuDevices.Name is { } name ? $"GPU {name}: takes --prefer-gpu jobs first" : "no GPU";
        Console.Error.WriteLine($"Worker {runner.RunnerId} runs up to {concurrency} job(s) at once on host {hostName} from {jobs.Store.Location} (kinds: {kinds}; {gpu}). Ctrl+C stops cleanly.");
        LogStarted(logger, runner.RunnerId, concurrency, hostName, jobs.Store.Location, kinds, gpu);
        await host.WaitForShutdownAsync(CancellationToken.None);
        LogStopped(logger, runner.RunnerId);
        Console.Error.WriteLine("Stopped.");
        return CliErrors.Ok;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {RunnerId} started: up to {Concurrency} job(s) at once on host {HostName} from {Store} (kinds: {Kinds}; {Gpu})")]
    private static partial void LogStarted(ILogger logger, string runnerId, int concurrency, string hostName, string store, string kinds, string gpu);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {RunnerId} stopped")]
    private static partial void LogStopped(ILogger logger, string runnerId);
}
