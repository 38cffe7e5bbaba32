using System.Collections.Immutable;
using System.Globalization;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Projections;

/// <summary>
/// The one resolution of a run's projections, used by <c>project</c>, <c>simulate</c>, <c>optimize</c>, <c>backtest</c>,
/// every job kind and the app: the user's projections file when given; else, when race logs are given, the history
/// projector (earlier races only) for the slate's drivers, matched by name as the projections reader matches; else the
/// salary file's average. Every source is fitted by the simulator the same way, so a slate gets one distribution
/// whichever command simulates it.
/// </summary>
public static class ProjectionResolver
{
    /// <summary>Resolves the projections of <paramref name="salary"/>, scored with <paramref name="scoring"/>.</summary>
    public static ResolvedProjections Resolve(SalaryFile salary, ScoringTable scoring, ProjectionFile? file, HistorySource? history)
    {
        ArgumentNullException.ThrowIfNull(salary);
        ArgumentNullException.ThrowIfNull(scoring);
        if (file is not null) return new ResolvedProjections(file, FromFile(file), []);
        if (history is not null) return FromHistory(salary, scoring, history);
        return new ResolvedProjections(null, FileAverage(salary), []);
    }

    /// <summary>
    /// Projections resolved earlier and stored (a job's config embeds the file the resolver produced, and its source):
    /// <paramref name="source"/>, or for a config stored without one, what <see cref="SourceOf"/> says.
    /// </summary>
    public static ResolvedProjections Stored(SalaryFile salary, ProjectionFile? file, ProjectionSource? source) =>
        new(file, source ?? SourceOf(salary, file), []);

    /// <summary>
    /// The source of projections stored without one (jobs queued before sources were recorded): a file is the user's,
    /// none is the salary file's average.
    /// </summary>
    public static ProjectionSource SourceOf(SalaryFile salary, ProjectionFile? file) => file is null ? FileAverage(salary) : FromFile(file);

    private static ProjectionSource FromFile(ProjectionFile file) =>
        new(ProjectionSourceKind.File, $"your projections file {file.FileName} ({file.Rows.Length} rows)");

    private static ProjectionSource FileAverage(SalaryFile salary) =>
        new(ProjectionSourceKind.FileAverage, $"the salary file's average ({AverageColumn(salary.Site)} of {salary.FileName})");

    private static string AverageColumn(Site site) => site == Site.FanDuel ? "FPPG" : "AvgPointsPerGame";

    private static ResolvedProjections FromHistory(SalaryFile salary, ScoringTable scoring, HistorySource history)
    {
        var warnings = new List<string>();
        var starts = new int?[salary.Drivers.Length];
        if (history.Starts is { } grid)
        {
            var (rows, matchWarnings) = SlateAssembler.Match(salary, grid);
            warnings.AddRange(matchWarnings);
            for (var i = 0; i < rows.Length; i++) starts[i] = rows[i]?.Start;
        }

        if (history.StartsById is { } byId)
        {
            for (var i = 0; i < starts.Length; i++)
            {
                if (byId.TryGetValue(salary.Drivers[i].Id, out var start)) starts[i] = start;
            }
        }

        var query = new HistoryQuery(history.Type, history.TrackName, history.Date, scoring);
        var drivers = salary.Drivers.Select((d, i) => (d.Name, starts[i])).ToList();
        var projected = HistoryProjector.Project(history.Log, query, drivers, history.Options);
        var fileName = $"history projector ({history.LogName})";
        var rowsOut = salary.Drivers.Select((d, i) => new ProjectionRow(i + 2, d.Id, d.Name, projected[i].Projection,
            Start: projected[i].Start, StdDev: projected[i].StdDev)).ToImmutableArray();

        var newcomers = salary.Drivers.Select((d, i) => (d, p: projected[i])).Where(x => x.p.Races == 0 && !x.d.MarkedOut).ToList();
        var window = $"{history.Date.AddYears(-(history.Options ?? new HistoryProjectorOptions()).LookbackYears):yyyy-MM-dd} to {history.Date.AddDays(-1):yyyy-MM-dd}";
        if (newcomers.Count > 0)
        {
            var prior = newcomers[0].p.Projection.ToString("0.##", CultureInfo.InvariantCulture);
            warnings.Add($"{newcomers.Count} of {salary.Drivers.Length} slate driver(s) match no driver in {history.LogName} by name (no Cup points race "
                + $"from {window}) and get what newcomers score ({prior} points without a grid slot): {string.Join(", ", newcomers.Select(x => x.d.Name))}.");
        }

        var race = history.TrackName is { } track ? $"{track} ({history.Type.ToName()})" : history.Type.ToName();
        var known = starts.Count(s => s is not null);
        var source = new ProjectionSource(ProjectionSourceKind.History,
            $"the history projector on {history.LogName}: Cup points races from {window} for {race}, "
            + $"{salary.Drivers.Length - newcomers.Count} of {salary.Drivers.Length} drivers with history, "
            + (known > 0 ? $"{known} starting positions" : "no starting grid"))
        { Warnings = [.. warnings] };
        return new ResolvedProjections(new ProjectionFile(fileName, rowsOut), source, [.. projected]);
    }
}
