using System.Collections.Immutable;

namespace NascarDfs.Simulation.Tracks;

/// <summary>
/// A track of the table: its name, the other names it has gone by, and its type, which can change with
/// the date (Atlanta became a drafting track with its 2022 reprofile).
/// </summary>
/// <param name="Name">The current name.</param>
/// <param name="Aliases">Former and informal names ("ISM Raceway" for Phoenix).</param>
/// <param name="Periods">The track's type by date, oldest first; the last period is open-ended.</param>
public sealed record Track(string Name, ImmutableArray<string> Aliases, ImmutableArray<TrackPeriod> Periods)
{
    /// <summary>The type of the track for a race on <paramref name="date"/> (today's type without a date).</summary>
    public TrackType TypeOn(DateOnly? date)
    {
        if (date is null) return Periods[^1].Type;
        foreach (var period in Periods)
        {
            if (period.Contains(date.Value)) return period.Type;
        }

        return Periods[^1].Type;
    }
}
