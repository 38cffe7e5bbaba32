using System.Text.Json;
using NascarDfs.App.JobHandlers.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Simulate;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers.Simulate;

/// <summary>
/// The <c>simulate</c> job: the optimize config shape (slate and projections embedded, race, sims, seed), result =
/// <see cref="SimulateResultDocument"/>. Uses the job's thread budget for the simulations.
/// </summary>
internal sealed class SimulateJobHandler : IJobHandler
{
    public const string JobKind = "simulate";

    public string Kind => JobKind;

    public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var config = OptimizeJobHandler.ReadConfig(context.Config);
        var progress = new JobProgressReporter(context);
        return Task.Run<string?>(() =>
            JsonSerializer.Serialize(SimulateService.Run(config, progress, context.ThreadBudget, cancellationToken), AppJson.Options), cancellationToken);
    }
}
