using NascarDfs.Domain.Lineups;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A lineup of a stored result: slate IDs (salary descending), total salary, unperturbed projection.</summary>
public sealed record LineupDocument(IReadOnlyList<string> DriverIds, int Salary, double Projection)
{
    internal static LineupDocument From(Lineup lineup) => new([.. lineup.DriverIds], lineup.Salary, lineup.Projection);

    internal Lineup ToDomain() => new([.. DriverIds], Salary, Projection);
}
