using NascarDfs.App.JobHandlers.Diagnostic;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Services;

/// <summary>Every job kind this app runs. A new kind is one line here (and its handler in <c>JobHandlers/</c>).</summary>
internal static class JobsHandlerCatalog
{
    public static JobHandlerRegistry Create(Func<string, string?>? environment = null)
    {
        var registry = new JobHandlerRegistry();

        registry.Add(JobHandlers.OptimizeConfigJobHandler.Optimize());
        registry.Add(JobHandlers.OptimizeConfigJobHandler.Simulate());
        if (DiagnosticJobs.Enabled(environment)) DiagnosticJobs.Register(registry);
        return registry;
    }
}
