using NascarDfs.Simulation;

namespace NascarDfs.App.Optimize;

/// <summary>The simulator's staged progress as the app's <see cref="RunProgress"/>.</summary>
internal sealed class SimulationProgressAdapter(IProgress<RunProgress> inner) : IProgress<SimulationProgress>
{
    public void Report(SimulationProgress value) => inner.Report(new RunProgress(value.Percent, value.Message));
}
