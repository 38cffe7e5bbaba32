using NascarDfs.App.Optimize;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>The race of a stored job (schema v1): track or type, scheduled laps (0 = the type's typical race), date.</summary>
public sealed record RaceDocument(string? Track, string? TrackType, int Laps, DateOnly? Date)
{
    internal static RaceDocument From(RaceConfig race) => new(race.Track, race.TrackType, race.Laps, race.Date);

    internal RaceConfig ToArgs() => new(Track, TrackType, Laps, Date);
}
