using System.Collections.Immutable;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.RaceLogs;

/// <summary>One real race of the loop data (rows grouped by date, series and track).</summary>
/// <param name="Date">Race date.</param>
/// <param name="Series">Cup, O'Reilly (the second series) or Trucks.</param>
/// <param name="TrackName">The track as the file names it.</param>
/// <param name="Type">The track's type on that date; null when the track is not in <see cref="TrackTable"/>.</param>
/// <param name="Entries">Every driver line, in finishing order.</param>
/// <param name="Exhibition">Why the race is not a points race, if it is not.</param>
public sealed record RealRace(
    DateOnly Date, string Series, string TrackName, TrackType? Type, ImmutableArray<RaceLogEntry> Entries, ExhibitionKind Exhibition)
{
    /// <summary>The laps run: the winner's (the most any car completed).</summary>
    public int Laps => Entries.Max(e => e.Laps);

    /// <summary>Whether finishing positions are exactly 1..N (false for merged heats and doubleheaders).</summary>
    public bool FinishesArePermutation
    {
        get
        {
            var seen = new bool[Entries.Length + 1];
            foreach (var e in Entries)
            {
                if (e.Finish < 1 || e.Finish > Entries.Length || seen[e.Finish]) return false;
                seen[e.Finish] = true;
            }

            return true;
        }
    }

    /// <summary>Whether the laps led add up to more than the laps run (a known quirk of the file).</summary>
    public bool LapsLedExceedLaps => Entries.Sum(e => e.LapsLed) > Laps;

    /// <summary>Whether the race is a Cup points race the calibration may use.</summary>
    public bool IsCupPointsRace => Series == "Cup" && Exhibition == ExhibitionKind.None;
}
