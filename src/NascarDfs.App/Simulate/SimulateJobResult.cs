using NascarDfs.Jobs;

namespace NascarDfs.App.Simulate;

/// <summary>A completed simulate job as the Simulations page and the API read it.</summary>
public sealed record SimulateJobResult(JobRecord Job, SimulateResultDocument Document);
