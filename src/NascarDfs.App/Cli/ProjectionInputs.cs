using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.App.Cli;

/// <summary>
/// The projection options every command shares (<c>--projections</c>, <c>--history</c>, <c>--starts</c>), read and
/// handed to the one <see cref="ProjectionResolver"/>: the user's file, else the history projector, else the salary file's average.
/// </summary>
internal static class ProjectionInputs
{
    /// <summary>
    /// The resolved projections. <paramref name="historyPath"/> needs the race (<paramref name="track"/> or
    /// <paramref name="trackType"/>) and <paramref name="raceDate"/>: only races before it are read.
    /// </summary>
    public static ResolvedProjections Resolve(SalaryFile salary, ScoringTable scoring, ProjectionFile? file, string? historyPath,
        string? track, string? trackType, DateOnly? raceDate, string? startsPath = null)
    {
        if (file is not null || historyPath is null)
        {
            if (startsPath is not null && file is null)
            {
                throw new ArgumentException("--starts FILE is read by the history projector: give --history race-logs.csv with it.");
            }

            return ProjectionResolver.Resolve(salary, scoring, file, null);
        }

        return ProjectionResolver.Resolve(salary, scoring, null, History(historyPath, track, trackType, raceDate, startsPath, "--history"));
    }

    /// <summary>The history projector's input from command-line options; <paramref name="option"/> names the logs option in sentences.</summary>
    public static HistorySource History(string logsPath, string? track, string? trackType, DateOnly? raceDate, string? startsPath, string option)
    {
        if (raceDate is not { } date)
        {
            throw new ArgumentException($"{option} needs --race-date YYYY-MM-DD: the history projector reads only the races before that date.");
        }

        if (track is null && trackType is null)
        {
            throw new ArgumentException($"{option} needs the race: give --track NAME or --track-type TYPE (its earlier races weigh more).");
        }

        var log = RaceLog.Read(InputFiles.Require(logsPath, option));
        var starts = startsPath is null ? null : ProjectionFileReader.ReadStarts(InputFiles.Require(startsPath, "--starts"));
        return HistorySource.For(log, Path.GetFileName(logsPath), track, trackType, date) with { Starts = starts };
    }
}
