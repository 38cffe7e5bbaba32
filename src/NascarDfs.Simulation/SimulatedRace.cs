using System.Collections.Immutable;

namespace NascarDfs.Simulation;

/// <summary>The full detail of one simulated race: every slate driver (non-starters with <see cref="CarStatus.DidNotStart"/>).</summary>
public sealed record SimulatedRace(int Index, int Laps, int CautionLaps, ImmutableArray<SimulatedCar> Cars)
{
    /// <summary>Green-flag laps: the laps run less the caution laps.</summary>
    public int GreenLaps => Laps - CautionLaps;
}
