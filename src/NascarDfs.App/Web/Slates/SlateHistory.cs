using NascarDfs.App.Cli;
using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// "Project from race history" on the Slate page: the same resolution as <c>--history</c> on the command line
/// (<see cref="ProjectionInputs.Resolve"/>, then <see cref="ProjectionResolver"/>), with the page's fields checked first
/// so a missing one is named as the page names it.
/// </summary>
internal static class SlateHistory
{
    /// <summary>The settings key under which the race logs' path is remembered.</summary>
    public const string RaceLogsSetting = "raceLogs";

    /// <summary>Projects <paramref name="slate"/>'s drivers from <paramref name="logsPath"/>; throws <see cref="ArgumentException"/> with a sentence.</summary>
    public static ResolvedProjections Project(CurrentSlate slate, string? logsPath, string? track, DateOnly? raceDate)
    {
        if (string.IsNullOrWhiteSpace(logsPath)) throw new ArgumentException("Race logs: give the path of a race-logs.csv on this computer, or upload one.");
        if (raceDate is not { } date) throw new ArgumentException("Race date: give the race's date (YYYY-MM-DD); only races before it are read.");
        if (string.IsNullOrWhiteSpace(track))
        {
            throw new ArgumentException("Track: pick the race's track (its earlier races weigh more) or one of the track types: " + string.Join(", ", TrackTypeNames.All) + ".");
        }

        var trackName = track.Trim();
        var isType = TrackTypeNames.Find(trackName) is not null && TrackTable.Find(trackName) is null;
        if (!isType && TrackTable.Find(trackName) is null)
        {
            throw new ArgumentException($"Track: '{trackName}' is not a known track; use a track such as Daytona, Phoenix, Charlotte, Sonoma, or a track type: {string.Join(", ", TrackTypeNames.All)}.");
        }

        var path = Path.GetFullPath(logsPath.Trim());
        if (!File.Exists(path)) throw new ArgumentException($"Race logs: file not found: {path}");
        var scoring = ScoringTables.Resolve(slate.Salary.Site, null, date);
        return ProjectionInputs.Resolve(slate.Salary, scoring, null, path, isType ? null : trackName, isType ? trackName : null, date);
    }
}
