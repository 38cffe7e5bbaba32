using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers.Optimize;

/// <summary>
/// The <c>optimize</c> job: config = <see cref="OptimizeJobConfig"/> (slate and projections embedded), result =
/// <see cref="OptimizeResultDocument"/>. Bad input or an infeasible request throws, which fails the job with the sentence.
/// </summary>
internal sealed class OptimizeJobHandler : IJobHandler
{
    public const string JobKind = "optimize";

    public string Kind => JobKind;

    public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var config = ReadConfig(context.Config);
        var progress = new JobProgressReporter(context);
        return Task.Run<string?>(() =>
        {
            var result = OptimizeService.Run(config, progress, context.ThreadBudget, cancellationToken);
            return JsonSerializer.Serialize(result, AppJson.Options);
        }, cancellationToken);
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
