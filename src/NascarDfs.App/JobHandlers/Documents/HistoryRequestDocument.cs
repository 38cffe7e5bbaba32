using NascarDfs.App.Cli;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>
/// <c>"history"</c> in a submitted optimize or simulate config (<c>POST /api/jobs</c>): project the slate from race logs
/// on the server, as <c>--history</c> does on the command line (<see cref="ProjectionInputs.History"/> and the one
/// <see cref="ProjectionResolver"/>). The job then stores the projector's rows and their source, never this request, so
/// a re-run does not read the logs again. The track and date default to the config's <c>race</c>.
/// </summary>
/// <param name="Logs">The path of race-logs.csv on the server's machine.</param>
/// <param name="Track">The race's track (name or alias); or <paramref name="TrackType"/>.</param>
/// <param name="TrackType">The race's track type, when no track is given.</param>
/// <param name="RaceDate">The race date: only earlier races are read.</param>
/// <param name="Starts">Optional: the path of a starting grid CSV (<c>Id</c> or <c>Name</c>, <c>Start</c>).</param>
public sealed record HistoryRequestDocument(string Logs, string? Track = null, string? TrackType = null, DateOnly? RaceDate = null, string? Starts = null)
{
    /// <summary>The resolved projections; throws <see cref="ArgumentException"/> with a sentence naming the config field.</summary>
    internal ResolvedProjections Resolve(SalaryFile salary, ScoringTable scoring, ProjectionFileDocument? projections, RaceDocument? race)
    {
        if (projections is not null) throw new ArgumentException("Give \"projections\" or \"history\", not both: history projects the slate itself.");
        if (string.IsNullOrWhiteSpace(Logs)) throw new ArgumentException("\"history.logs\" is required: the path of race-logs.csv on the server.");
        var date = RaceDate ?? race?.Date
            ?? throw new ArgumentException("\"history\" needs the race date: give \"history.raceDate\" or \"race.date\" (YYYY-MM-DD); only earlier races are read.");
        var (track, type) = Track is not null || TrackType is not null ? (Track, TrackType) : (race?.Track, race?.TrackType);
        if (track is null && type is null)
        {
            throw new ArgumentException("\"history\" needs the race: give \"history.track\" or \"history.trackType\" (or \"race.track\" / \"race.trackType\").");
        }

        if (track is not null && type is not null) throw new ArgumentException("Give \"history.track\" or \"history.trackType\", not both.");
        if (track is not null && TrackTable.Find(track) is null)
        {
            throw new ArgumentException($"The track '{track}' is unknown; give one such as Daytona, Phoenix, Charlotte, Sonoma, or a trackType: {string.Join(", ", TrackTypeNames.All)}.");
        }

        if (type is not null && TrackTypeNames.Find(type) is null)
        {
            throw new ArgumentException($"The track type '{type}' is unknown; use one of {string.Join(", ", TrackTypeNames.All)}.");
        }

        try
        {
            var history = ProjectionInputs.History(Logs, track, type, date, Starts, "history.logs");
            return ProjectionResolver.Resolve(salary, scoring, null, history);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or InputFileException)
        {
            throw new ArgumentException($"\"history\" could not read its files: {e.Message}", e);
        }
    }
}
