using System.Text.Json;
using NascarDfs.App.JobHandlers;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>
/// <c>jobs submit optimize --name "Talladega GPP" [--priority P] &lt;optimize options&gt;</c>: reads the files now, embeds them
/// in the config, refuses a request whose constraints conflict before it is queued, prints the id.
/// </summary>
internal sealed class SubmitOptimizeCommand : JobsCommand<OptimizeSettings>
{
    protected override Task<int> ExecuteAsync(JobsEnvironment jobs, OptimizeSettings settings, CancellationToken cancellationToken)
    {
        var config = OptimizeConfigFactory.FromSettings(settings, settings.Name);
        var conflicts = OptimizeService.FindConflicts(config);
        if (conflicts.Count > 0) return Task.FromResult(CliErrors.Fail("Infeasible: " + string.Join(" ", conflicts)));
        return Submit(jobs, OptimizeConfigJobHandler.OptimizeKind, config, settings.Priority, cancellationToken);
    }

    public static Task<int> Submit(JobsEnvironment jobs, string kind, OptimizeJobConfig config, int priority, CancellationToken cancellationToken) =>
        JobSubmitter.SubmitAsync(jobs, new JobSubmission(kind, config.Name, JsonSerializer.Serialize(config with { Kind = kind }, AppJson.Options)) { Priority = priority }, 1, cancellationToken);
}
