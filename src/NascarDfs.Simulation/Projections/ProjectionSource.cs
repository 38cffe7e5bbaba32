namespace NascarDfs.Simulation.Projections;

/// <summary>Where a run's projections came from, in the resolution order: the user's file, the history projector, the salary file's average.</summary>
public enum ProjectionSourceKind
{
    /// <summary>The user's projections file.</summary>
    File,

    /// <summary>The history projector on race logs (earlier races only).</summary>
    History,

    /// <summary>The salary file's own average (DraftKings <c>AvgPointsPerGame</c>, FanDuel <c>FPPG</c>).</summary>
    FileAverage,
}

/// <summary>The projections' source and a sentence a person can read ("the history projector on race-logs.csv: ...").</summary>
/// <param name="Kind">Which step of the resolution order supplied them.</param>
/// <param name="Description">What exactly: the file, or the logs, track and date of the history projection.</param>
public sealed record ProjectionSource(ProjectionSourceKind Kind, string Description)
{
    /// <summary>What resolving noticed, as sentences: slate drivers without history, grid rows that matched no driver.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The stored and printed name of <see cref="Kind"/>: <c>file</c>, <c>history</c> or <c>file-average</c>.</summary>
    public string KindName => Kind switch
    {
        ProjectionSourceKind.File => "file",
        ProjectionSourceKind.History => "history",
        _ => "file-average",
    };

    /// <summary>The kind of a stored <see cref="KindName"/>, or null for an unknown name.</summary>
    public static ProjectionSourceKind? ParseKind(string? name) => name switch
    {
        "file" => ProjectionSourceKind.File,
        "history" => ProjectionSourceKind.History,
        "file-average" => ProjectionSourceKind.FileAverage,
        _ => null,
    };

    /// <summary>"Projections: the salary file's average (AvgPointsPerGame of DKSalaries.csv)", as every front end prints it.</summary>
    public override string ToString() => "Projections: " + Description;
}
