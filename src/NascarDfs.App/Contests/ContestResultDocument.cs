using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Documents;

namespace NascarDfs.App.Contests;

/// <summary>
/// The result of a <c>contest</c> job as it is stored, <c>contest --json</c> writes it and the API returns it: the
/// entered lineups, their contest simulation (<see cref="ContestReport"/>, per lineup in the same order) and the
/// warnings. The Contest and Lineups pages read it as it is.
/// </summary>
public sealed record ContestResultDocument(
    string Site,
    string Scoring,
    IReadOnlyList<LineupDocument> Lineups,
    ContestReport Report,
    string? SourceJob,
    IReadOnlyList<string> Warnings) : IResultDocument
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
