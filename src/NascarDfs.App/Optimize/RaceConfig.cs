using NascarDfs.Simulation;

namespace NascarDfs.App.Optimize;

/// <summary>The race a job simulates: a track (or just its type), scheduled laps (0 = the type's typical race), the date.</summary>
internal sealed record RaceConfig(string? Track, string? TrackType, int Laps, DateOnly? Date)
{
    /// <summary>The simulator's race (laps 0 = the type's typical race); bad input is an <see cref="ArgumentException"/>.</summary>
    public Race Resolve() => Race.Resolve(Track, TrackType, Laps > 0 ? Laps : null, Date);
}
