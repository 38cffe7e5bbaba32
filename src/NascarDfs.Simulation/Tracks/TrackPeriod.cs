namespace NascarDfs.Simulation.Tracks;

/// <summary>A date range in which a track is of one <see cref="TrackType"/>: from <paramref name="From"/> (inclusive)
/// until <paramref name="Until"/> (exclusive); null ends are open.</summary>
public sealed record TrackPeriod(TrackType Type, DateOnly? From = null, DateOnly? Until = null)
{
    /// <summary>Whether <paramref name="date"/> falls in the period.</summary>
    public bool Contains(DateOnly date) => (From is null || date >= From.Value) && (Until is null || date < Until.Value);
}
