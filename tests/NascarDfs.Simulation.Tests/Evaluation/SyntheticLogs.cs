using System.Collections.Immutable;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Evaluation;

/// <summary>Hand-made race logs: each race's drivers finish in the order given, start as given, run the laps given.</summary>
internal static class SyntheticLogs
{
    public static RaceLog Of(params RealRace[] races) =>
        new([.. races.OrderBy(r => r.Date)], new RaceLogQuirks(0, 0, 0, races.Length, new Dictionary<string, int>(), 0, 0, 0, 0, 0, []));

    /// <summary>A Cup race at <paramref name="track"/>: <paramref name="order"/> is the finishing order; each driver
    /// starts where <paramref name="starts"/> says (default: his finish), the winner completes <paramref name="laps"/>.</summary>
    public static RealRace Race(string date, string track, int laps, string[] order, int[]? starts = null)
    {
        var d = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var entries = order.Select((name, i) => new RaceLogEntry(name, name, starts?[i] ?? i + 1, i + 1, i == 0 ? 5 : 1, i == 0 ? laps / 2 : 0, laps, "running"))
            .ToImmutableArray();
        var found = TrackTable.Get(track);
        return new RealRace(d, "Cup", found.Name, found.TypeOn(d), entries, ExhibitionKind.None);
    }
}
