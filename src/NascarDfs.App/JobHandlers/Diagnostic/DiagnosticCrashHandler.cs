using System.Diagnostics;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers.Diagnostic;

/// <summary><c>diagnostic.crash</c>: kills its own process (SIGKILL), as a crash would, to exercise recovery.</summary>
internal sealed class DiagnosticCrashHandler : IJobHandler
{
    public string Kind => DiagnosticJobs.CrashKind;

    public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        using var self = Process.GetCurrentProcess();
        self.Kill();
        return Task.FromResult<string?>(null);
    }
}
