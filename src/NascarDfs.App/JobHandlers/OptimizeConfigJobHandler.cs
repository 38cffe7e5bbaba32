using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Simulate;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers;

/// <summary>
/// The job kinds whose config is an <see cref="OptimizeJobConfig"/> (slate and projections embedded): <c>optimize</c>
/// (result <see cref="OptimizeResultDocument"/>) and <c>simulate</c> (result <see cref="SimulateResultDocument"/>).
/// Bad input or an infeasible request throws, which fails the job with the sentence. The work gets the job's thread budget.
/// </summary>
internal sealed class OptimizeConfigJobHandler(string kind, Func<OptimizeJobConfig, IProgress<RunProgress>, int, CancellationToken, object> run) : IJobHandler
{
    public const string OptimizeKind = "optimize";
    public const string SimulateKind = "simulate";

    public string Kind => kind;

    public static OptimizeConfigJobHandler Optimize() => new(OptimizeKind, (c, p, t, ct) => OptimizeService.Run(c, p, t, ct));

    public static OptimizeConfigJobHandler Simulate() => new(SimulateKind, (c, p, t, ct) => SimulateService.Run(c, p, t, ct));

    public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var config = ReadConfig(context.Config);
        var progress = new JobProgressReporter(context);

        // A dedicated thread, not a pool thread: a long CPU-bound job must not starve the pool the web server answers on.
        return Task.Factory.StartNew<string?>(
            () =>
            {
                _ = JobThreadPriority.LowerCurrentThread();
                return JsonSerializer.Serialize(run(config, progress, context.ThreadBudget, cancellationToken), AppJson.Options);
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    public static OptimizeJobConfig ReadConfig(string json)
    {
        OptimizeJobConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<OptimizeJobConfig>(json, AppJson.Options);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The job's config is not a valid optimize config: " + e.Message, e);
        }

        if (config is null) throw new ArgumentException("The job has no config.");
        if (config.SchemaVersion > OptimizeJobConfig.CurrentSchemaVersion)
        {
            throw new ArgumentException($"The job's config has schema version {config.SchemaVersion}; this version reads up to {OptimizeJobConfig.CurrentSchemaVersion}.");
        }

        return config;
    }
}
