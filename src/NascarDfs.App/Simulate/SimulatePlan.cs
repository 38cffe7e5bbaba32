using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;

namespace NascarDfs.App.Simulate;

/// <summary>Simulate arguments ready to run: the slate assembled once, the race resolved.</summary>
internal sealed record SimulatePlan(SimulateArgs Args, Slate Slate, Race Race)
{
    /// <summary>Bad input (an unknown track, a bad file) is an <see cref="ArgumentException"/> or <see cref="InputFileException"/>.</summary>
    public static SimulatePlan For(SimulateArgs args)
    {
        AppMetrics.SlateAssembled();
        var slate = args.ResolvedProjections.Assemble(args.Slate, args.MissingProjection);
        return new SimulatePlan(args, slate, args.Race.Resolve());
    }
}
