namespace NascarDfs.App.Optimize;

/// <summary>The race a simulation objective simulates: a track (or just its type), scheduled laps (0 = the type's
/// typical race), the date.</summary>
internal sealed record RaceConfig(string? Track, string? TrackType, int Laps, DateOnly? Date);
