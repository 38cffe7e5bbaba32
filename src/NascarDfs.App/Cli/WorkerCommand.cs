using System.ComponentModel;
using System.Runtime.InteropServices;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Runner;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// <c>worker [--concurrency N]</c>: runs queued jobs until stopped. Ctrl+C or SIGTERM is a clean shutdown: it stops claiming,
/// cancels running handlers and puts their jobs back in the queue without counting an attempt.
/// </summary>
internal sealed class WorkerCommand : JobsCommand<WorkerCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--concurrency <N>")]
        [Description("Jobs run at once on this machine, across every process using the database (default: number of cores).")]
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
        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds ?? (int)JobDefaults.LeaseDuration.TotalSeconds);
        var options = new JobRunnerOptions
        {
            Concurrency = settings.Concurrency ?? JobDefaults.Concurrency,
            HostName = settings.HostName ?? RunnerIdentity.Host,
            LeaseDuration = lease,
            LeaseRenewInterval = lease < JobDefaults.LeaseDuration ? lease / 3 : JobDefaults.LeaseRenewInterval,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException)
        {
            return CliErrors.Fail("--lease-seconds must be 1–3600, --host-name 1–200 characters, --concurrency 1–1024.");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        await using var host = new JobsHost(jobs, options);
        await host.StartAsync(CancellationToken.None);
        Console.Error.WriteLine(
            $"Worker {host.Runner.RunnerId} runs up to {options.Concurrency} job(s) at once on host {options.HostName} from {jobs.Store.Location} " +
            $"(kinds: {string.Join(", ", jobs.Handlers.Kinds.Order())}). Ctrl+C stops cleanly.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        Console.Error.WriteLine("Stopping: running jobs go back to the queue.");
        await host.StopAsync(CancellationToken.None);
        Console.Error.WriteLine("Stopped.");
        return CliErrors.Ok;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
