using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>
/// The laps a race was scheduled for, from what was known before it. The loop data holds the laps run (the winner's),
/// overtime included; a scheduled distance is one that earlier races at the track ran exactly, at least twice
/// (overtime finishes rarely repeat a length). The race gets the longest such distance not above its laps run — so
/// the overtime laps are dropped, and a track with two distances (Darlington 293/367) gets the right one; a race
/// shortened by rain gets the shortest distance above it (it was scheduled for that). A track without a repeated
/// distance before the race falls back on the laps run, and the report says so. The race's own laps run count as one
/// run of that distance: a race that ends exactly where an earlier one did ran a scheduled distance.
/// </summary>
internal static class ScheduledLaps
{
    /// <summary>A rule a person can read, for the report.</summary>
    public const string Rule =
        "the longest distance (laps) that at least two Cup points races at the track ran exactly (earlier ones, and this one), not above the laps run "
        + "(overtime dropped); the shortest such distance above it for a shortened race; the laps run when the track has none";

    // Within this many laps of a known distance a race counts as run to that distance plus overtime (NASCAR overtime
    // attempts add 2 laps each; 3 attempts is the most seen).
    private const int MaxOvertime = 12;

    public static (int Laps, string Source) Derive(RaceLog log, RealRace race)
    {
        var track = TrackTable.Find(race.TrackName);
        var distances = log.Races
            .Where(r => r.Date < race.Date && r.IsCupPointsRace && TrackTable.Find(r.TrackName) == track && r.TrackName == race.TrackName)
            .GroupBy(r => r.Laps).Where(g => g.Count() + (g.Key == race.Laps ? 1 : 0) >= 2).Select(g => g.Key).Order().ToList();
        var run = race.Laps;
        if (distances.Count == 0) return (run, "laps run (no repeated distance at the track before)");
        var below = distances.Where(d => d <= run).ToList();
        if (below.Count > 0 && run - below[^1] <= MaxOvertime)
        {
            return below[^1] == run ? (run, "scheduled distance") : (below[^1], $"scheduled distance ({run - below[^1]} overtime laps dropped)");
        }

        var above = distances.Where(d => d > run).ToList();
        if (above.Count > 0) return (above[0], $"scheduled distance (race shortened to {run})");
        return (run, "laps run (longer than any earlier distance at the track)");
    }
}
