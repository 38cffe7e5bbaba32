using System.Collections.Immutable;

namespace NascarDfs.Simulation.RaceLogs;

/// <summary>The real races of a loop-data file, with what reading it noticed.</summary>
public sealed record RaceLog(ImmutableArray<RealRace> Races, RaceLogQuirks Quirks)
{
    /// <summary>Reads a loop-data CSV (<c>race-logs.csv</c>).</summary>
    public static RaceLog Read(string path) => RaceLogReader.Read(path);

    /// <summary>Reads a loop-data CSV from <paramref name="reader"/> (a job's embedded copy); <paramref name="fileName"/> names it in errors.</summary>
    public static RaceLog Read(TextReader reader, string fileName) => RaceLogReader.Read(reader, fileName);

    /// <summary>Finds the race of <paramref name="series"/> on <paramref name="date"/> at a track whose type and name
    /// match, or null. Accepts the day before or after, because the file's dates are sometimes shifted a day.</summary>
    public RealRace? Find(DateOnly date, string series = "Cup", string? trackName = null)
    {
        var candidates = Races.Where(r => r.Series == series && Math.Abs(r.Date.DayNumber - date.DayNumber) <= 1
            && r.Exhibition == ExhibitionKind.None
            && (trackName is null || Tracks.TrackTable.Find(trackName) == Tracks.TrackTable.Find(r.TrackName)));
        return candidates.OrderBy(r => Math.Abs(r.Date.DayNumber - date.DayNumber)).FirstOrDefault();
    }
}
