using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Projections;

/// <summary>
/// What the history projector needs for a slate: the race logs, the race (track or type, date) and, when known, the
/// starting grid. Only races strictly before <paramref name="Date"/> are read.
/// </summary>
/// <param name="Log">The race logs.</param>
/// <param name="LogName">The logs' file name, for the source sentence.</param>
/// <param name="Type">The race's track type.</param>
/// <param name="TrackName">The race's track, when known.</param>
/// <param name="Date">The race date.</param>
public sealed record HistorySource(RaceLog Log, string LogName, TrackType Type, string? TrackName, DateOnly Date)
{
    /// <summary>The starting grid (rows with <c>Start</c>, matched to the slate by ID or name), when known.</summary>
    public ProjectionFile? Starts { get; init; }

    /// <summary>Starting positions by slate driver ID, used before <see cref="Starts"/> (the backtests' official grid).</summary>
    public IReadOnlyDictionary<string, int>? StartsById { get; init; }

    /// <summary>How earlier races are weighted (default: the projector's defaults, as <c>evaluate</c> uses them).</summary>
    public HistoryProjectorOptions? Options { get; init; }

    /// <summary>The history of a race given as on the command line: a track (name or alias, typed as of the date) or a track type.</summary>
    public static HistorySource For(RaceLog log, string logName, string? track, string? trackType, DateOnly date)
    {
        if (track is null && trackType is null)
        {
            throw new ArgumentException("The history projector needs the race: give --track NAME or --track-type TYPE.");
        }

        if (track is not null && trackType is not null) throw new ArgumentException("Give --track or --track-type, not both.");
        if (track is not null)
        {
            var found = TrackTable.Get(track);
            return new HistorySource(log, logName, found.TypeOn(date), found.Name, date);
        }

        return new HistorySource(log, logName, TrackTypeNames.Parse(trackType!), null, date);
    }
}
