using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation;

/// <summary>The race to simulate: a track type (from a track of <see cref="TrackTable"/> or given directly) and its laps.</summary>
/// <param name="Type">The track type whose calibration applies.</param>
/// <param name="Laps">Scheduled laps.</param>
/// <param name="TrackName">The track, when known.</param>
/// <param name="Date">The race date, when known (a track's type can depend on it).</param>
public sealed record Race(TrackType Type, int Laps, string? TrackName = null, DateOnly? Date = null)
{
    /// <summary>A race at a named track (aliases accepted), typed as of <paramref name="date"/>.</summary>
    public static Race AtTrack(string track, int laps, DateOnly? date = null)
    {
        var found = TrackTable.Get(track);
        return new Race(found.TypeOn(date), laps, found.Name, date);
    }

    /// <summary>Throws when the race cannot be simulated.</summary>
    public void Validate()
    {
        // The longest NASCAR race is the Coca-Cola 600 (400 laps) or Martinsville/Bristol (500); 2,000 leaves room.
        if (Laps is < 1 or > 2000) throw new ArgumentOutOfRangeException(nameof(Laps), Laps, "Laps must be between 1 and 2000.");
    }
}
