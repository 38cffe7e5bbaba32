namespace NascarDfs.Simulation.Portfolios;

/// <summary>Command-line names of <see cref="SimulationObjective"/> (SPEC §9).</summary>
public static class SimulationObjectiveNames
{
    private static readonly (SimulationObjective Objective, string Name)[] Names =
    [
        (SimulationObjective.SimMean, "sim-mean"),
        (SimulationObjective.Target, "target"),
        (SimulationObjective.Optimal, "optimal"),
        (SimulationObjective.Coverage, "coverage"),
    ];

    /// <summary>The command-line name.</summary>
    public static string ToName(this SimulationObjective objective) => Names.First(n => n.Objective == objective).Name;

    /// <summary>Parses a command-line name, or returns null (also for <c>projection</c>, which is not a simulation objective).</summary>
    public static SimulationObjective? Find(string name)
    {
        foreach (var (objective, n) in Names)
        {
            if (string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase)) return objective;
        }

        return null;
    }
}
