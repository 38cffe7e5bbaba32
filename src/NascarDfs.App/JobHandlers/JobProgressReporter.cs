using NascarDfs.App.Optimize;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers;

/// <summary>Reports on the worker's own thread: the engine's progress reporter is cheap and throttles its writes.</summary>
internal sealed class JobProgressReporter(JobContext context) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => context.ReportProgress((int)Math.Floor(value.Percent), value.Message);
}
