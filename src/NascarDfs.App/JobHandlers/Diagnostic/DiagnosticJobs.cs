using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers.Diagnostic;

/// <summary>
/// The test instruments of SPEC §9 "Diagnostic jobs": registered only when <c>NASCARDFS_DIAGNOSTIC_JOBS=1</c>, never visible otherwise.
/// </summary>
internal static class DiagnosticJobs
{
    public const string Variable = "NASCARDFS_DIAGNOSTIC_JOBS";
    public const string SleepKind = "diagnostic.sleep";
    public const string CrashKind = "diagnostic.crash";

    public static bool Enabled(Func<string, string?>? environment = null) =>
        (environment ?? Environment.GetEnvironmentVariable)(Variable) == "1";

    public static void Register(JobHandlerRegistry registry)
    {
        registry.Add(new DiagnosticSleepHandler());
        registry.Add(new DiagnosticCrashHandler());
    }
}
