using System.Text.Json.Serialization;

namespace NascarDfs.App.Optimize;

/// <summary>
/// What a portfolio maximises (SPEC §4). <see cref="Projection"/> is the exact optimizer; <see cref="Roi"/> the contest
/// builder; every other member is the <see cref="Simulation.Portfolios.SimulationObjective"/> of the same name, whose
/// command-line name it takes, so a new simulation objective is one line here. <see cref="ObjectiveNames"/> spells and parses them.
/// </summary>
[JsonConverter(typeof(ObjectiveJsonConverter))]
public enum Objective
{
    /// <summary><c>projection</c>: the exact optimizer on projected points.</summary>
    Projection,

    /// <summary><c>sim-mean</c>.</summary>
    SimMean,

    /// <summary><c>target</c>.</summary>
    Target,

    /// <summary><c>optimal</c>.</summary>
    Optimal,

    /// <summary><c>coverage</c>.</summary>
    Coverage,

    /// <summary><c>roi</c>: the simulation objectives' candidates chosen by marginal expected payout in a contest
    /// (SPEC §10); needs <see cref="OptimizeArgs.Contest"/>.</summary>
    Roi,
}
