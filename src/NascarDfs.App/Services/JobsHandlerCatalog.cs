using NascarDfs.App.Contests;
using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Diagnostic;
using NascarDfs.App.Optimize;
using NascarDfs.App.Simulate;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Services;

/// <summary>Every job kind this app runs. A new kind is one line here: its handler and its workflow's codec.</summary>
internal static class JobsHandlerCatalog
{
    public static JobHandlerRegistry Create(Func<string, string?>? environment = null)
    {
        var registry = new JobHandlerRegistry();
        registry.Add(new OptimizeJobHandler(), OptimizeService.Codec);
        registry.Add(new SimulateJobHandler(), SimulateService.Codec);
        registry.Add(new ContestJobHandler(), ContestService.Codec);
        registry.Add(new EvaluateJobHandler(), Evaluate.EvaluateService.Codec);
        if (DiagnosticJobs.Enabled(environment)) DiagnosticJobs.Register(registry);
        return registry;
    }
}
