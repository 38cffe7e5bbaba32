namespace NascarDfs.Simulation.RaceLogs;

/// <summary>What reading the loop data noticed, counted rather than hidden.</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="RowsSkipped">Rows without a usable start, finish, laps or date (left out).</param>
/// <param name="EmptyCells">Empty cells in any column (the percentage columns, mostly); they are not used.</param>
/// <param name="Races">Races (date, series, track).</param>
/// <param name="RacesBySeries">Races per series.</param>
/// <param name="Clashes">Cup Clash races found.</param>
/// <param name="Duels">Cup Duel days found (both Duels share one date in the file).</param>
/// <param name="AllStarRaces">Cup All-Star races (with their Open) found.</param>
/// <param name="NonPermutationRaces">Races whose finishes are not 1..N (exhibitions included).</param>
/// <param name="LapsLedOverLapsRaces">Races whose laps led add up to more than the winner's laps.</param>
/// <param name="UnknownTracks">Track names not in the track table.</param>
public sealed record RaceLogQuirks(
    int Rows,
    int RowsSkipped,
    int EmptyCells,
    int Races,
    IReadOnlyDictionary<string, int> RacesBySeries,
    int Clashes,
    int Duels,
    int AllStarRaces,
    int NonPermutationRaces,
    int LapsLedOverLapsRaces,
    IReadOnlyList<string> UnknownTracks);
