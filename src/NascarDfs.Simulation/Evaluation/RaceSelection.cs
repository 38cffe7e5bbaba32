using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>Which Cup races an evaluation can score, and why the others are left out.</summary>
internal static class RaceSelection
{
    /// <summary>Why <paramref name="race"/> (a Cup race) cannot be evaluated, or null when it can.</summary>
    public static string? Problem(RealRace race)
    {
        if (race.Exhibition != ExhibitionKind.None) return $"exhibition ({race.Exhibition})";
        if (race.Type is null) return "track not in the track table";
        if (race.Entries.Length < 2) return "fewer than two cars";
        if (!race.FinishesArePermutation) return "finishing positions are not 1..N (merged or duplicate rows)";
        if (race.Entries.Any(e => e.Start < 1) || race.Entries.Select(e => e.Start).Distinct().Count() != race.Entries.Length)
            return "starting positions are missing or repeated";
        return null;
    }

    /// <summary>A Cup race <see cref="Problem"/> finds nothing wrong with.</summary>
    public static bool Usable(RealRace race) => race.Series == "Cup" && Problem(race) is null;
}
