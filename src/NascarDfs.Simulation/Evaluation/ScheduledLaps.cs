using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>
/// The laps a race was scheduled for, from what was known before it. The loop data holds the laps run (the winner's),
/// overtime included. A race ran a scheduled distance d plus overtime when an earlier Cup points race at the track ended
/// exactly at d and the laps run are d to d + the overtime window (12 laps or 12% of d, whichever is more: Nashville
/// 2024 ran 31 over 300 in five attempts). Of those distances the one most earlier races ran wins, then the shortest
/// (overtime finishes rarely repeat a length, and every one is longer than the distance): so Darlington's 293 and 367 are
/// told apart, the Daytona 500's 200 is found from one earlier 200 among 201–212, and a race run to an overtime length
/// seen once before does not make it the distance. A race shortened by rain gets the shortest distance above it that
/// at least two earlier races ran. A track with neither falls back on the laps run, and the report says so.
/// </summary>
internal static class ScheduledLaps
{
    /// <summary>A rule a person can read, for the report.</summary>
    public const string Rule =
        "the distance (laps) an earlier Cup points race at the track ran exactly, with the laps run at most 12 laps or 12% over it (overtime "
        + "dropped), the one most earlier races ran, then the shortest; for a shortened race the shortest distance above it that two earlier "
        + "races ran; the laps run when the track has neither";

    // At least this many overtime laps are allowed over a distance (NASCAR overtime attempts add about 2 laps each).
    private const int MaxOvertime = 12;

    // ... or this share of the distance, whichever is more.
    private const double MaxOvertimeShare = 0.12;

    /// <summary>Whether <paramref name="run"/> laps can be a race of <paramref name="distance"/> laps plus overtime.</summary>
    public static bool WithinOvertime(int distance, int run) =>
        distance <= run && run - distance <= Math.Max(MaxOvertime, (int)Math.Ceiling(MaxOvertimeShare * distance));

    public static (int Laps, string Source) Derive(RaceLog log, RealRace race)
    {
        var track = TrackTable.Find(race.TrackName);
        var earlier = log.Races
            .Where(r => r.Date < race.Date && r.IsCupPointsRace && TrackTable.Find(r.TrackName) == track && r.TrackName == race.TrackName)
            .GroupBy(r => r.Laps).Select(g => (Laps: g.Key, Races: g.Count())).ToList();
        var run = race.Laps;
        var fits = earlier.Where(d => WithinOvertime(d.Laps, run))
            .OrderByDescending(d => d.Races).ThenBy(d => d.Laps).ToList();
        if (fits.Count > 0)
        {
            var d = fits[0].Laps;
            return d == run ? (run, "scheduled distance") : (d, $"scheduled distance ({run - d} overtime laps dropped)");
        }

        var above = earlier.Where(d => d.Laps > run && d.Races >= 2).Select(d => d.Laps).Order().ToList();
        if (above.Count > 0) return (above[0], $"scheduled distance (race shortened to {run})");
        return (run, earlier.Count == 0 ? "laps run (no earlier race at the track)" : "laps run (no earlier distance explains them)");
    }
}
