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

    /// <summary>The race of command-line options: <paramref name="track"/> (name or alias) or <paramref name="trackType"/>
    /// (superspeedway, intermediate, short-track, road-course, dirt); without <paramref name="laps"/>, the type's typical
    /// laps from the calibration.</summary>
    public static Race Resolve(string? track, string? trackType, int? laps, DateOnly? date, Calibration.CalibrationParameters? calibration = null)
    {
        if (track is null && trackType is null) throw new ArgumentException("Give the race: --track NAME or --track-type TYPE.");
        if (track is not null && trackType is not null) throw new ArgumentException("Give --track or --track-type, not both.");
        var type = track is not null ? TrackTable.Get(track).TypeOn(date) : TrackTypeNames.Parse(trackType!);
        var resolved = laps ?? (calibration ?? Calibration.CalibrationParameters.Default).For(type).TypicalLaps;
        var race = track is not null ? AtTrack(track, resolved, date) : new Race(type, resolved, null, date);
        race.Validate();
        return race;
    }

    /// <summary>Throws when the race cannot be simulated.</summary>
    public void Validate()
    {
        // The longest NASCAR race is the Coca-Cola 600 (400 laps) or Martinsville/Bristol (500); 2,000 leaves room.
        if (Laps is < 1 or > 2000) throw new ArgumentOutOfRangeException(nameof(Laps), Laps, "Laps must be between 1 and 2000.");
    }
}
