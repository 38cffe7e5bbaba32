namespace NascarDfs.Simulation.Evaluation;

/// <summary>One race of the window as it was evaluated.</summary>
/// <param name="Date">Race date.</param>
/// <param name="Track">Track.</param>
/// <param name="Type">Track type name.</param>
/// <param name="Starters">Cars that started.</param>
/// <param name="ScheduledLaps">The laps simulated.</param>
/// <param name="LapsRun">The laps really run (the winner's, overtime included).</param>
/// <param name="LapsSource">How <paramref name="ScheduledLaps"/> was found.</param>
/// <param name="DriversWithoutHistory">Starters with no earlier Cup race in the lookback (projected at the newcomers' level).</param>
/// <param name="RealWinnerPoints">The winner's real points.</param>
/// <param name="SimWinnerPoints">Simulated winner's points: mean.</param>
/// <param name="RealTop6Sum">The real top-6 sum.</param>
/// <param name="SimTop6Sum">Simulated top-6 sum: mean.</param>
/// <param name="Crps">The simulator's mean CRPS over the race's drivers.</param>
/// <param name="NormalCrps">The normal baseline's.</param>
public sealed record EvaluatedRace(
    DateOnly Date, string Track, string Type, int Starters, int ScheduledLaps, int LapsRun, string LapsSource, int DriversWithoutHistory,
    double RealWinnerPoints, double SimWinnerPoints, double RealTop6Sum, double SimTop6Sum, double Crps, double NormalCrps)
{
    /// <summary>Every starter, in finishing order (reports written before it have none).</summary>
    public IReadOnlyList<EvaluatedDriver> Drivers { get; init; } = [];
}
