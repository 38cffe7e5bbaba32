using System.ComponentModel;
using System.Text.Json;
using NascarDfs.App.JobHandlers.Optimize;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>
/// <c>jobs submit optimize --name "Talladega GPP" [--priority P] &lt;optimize options&gt;</c>: reads the files now, embeds them
/// in the config, refuses a request whose constraints conflict before it is queued, prints the id.
/// </summary>
internal sealed class SubmitOptimizeCommand : JobsCommand<SubmitOptimizeCommand.Settings>
{
    public sealed class Settings : OptimizeSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("A name for the job (default: \"{race} {objective}\").")]
        public string? Name { get; init; }

        [CommandOption("--priority <P>")]
        [Description("Higher runs first (default 0), then submission order.")]
        [DefaultValue(0)]
        public int Priority { get; init; }
    }

    protected override Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        var config = OptimizeConfigFactory.FromSettings(settings, settings.Name);
        var conflicts = OptimizeService.FindConflicts(config);
        if (conflicts.Count > 0) return Task.FromResult(CliErrors.Fail("Infeasible: " + string.Join(" ", conflicts)));
        var submission = new JobSubmission(OptimizeJobHandler.JobKind, config.Name, JsonSerializer.Serialize(config, AppJson.Options))
        {
            Priority = settings.Priority,
        };
        return JobSubmitter.SubmitAsync(jobs, submission, 1, cancellationToken);
    }
}
