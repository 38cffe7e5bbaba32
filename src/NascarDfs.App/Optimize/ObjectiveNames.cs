using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.App.Optimize;

/// <summary>The one spelling of each <see cref="Objective"/>: <c>projection</c> here, the others the simulation library's names.</summary>
public static class ObjectiveNames
{
    private const string ProjectionName = "projection";
    private const string RoiName = "roi";

    /// <summary>Every objective, in menu order.</summary>
    public static IReadOnlyList<Objective> All { get; } = Enum.GetValues<Objective>();

    /// <summary>The objectives that simulate the race first.</summary>
    public static IReadOnlyList<Objective> Simulated { get; } = [.. All.Where(o => o != Objective.Projection)];

    /// <summary>"projection, sim-mean, target, optimal, coverage, roi".</summary>
    public static string List => string.Join(", ", All.Select(o => o.Name()));

    /// <summary>The command-line and stored name.</summary>
    public static string Name(this Objective objective) =>
        objective == Objective.Roi ? RoiName : objective.ToSimulation()?.ToName() ?? ProjectionName;

    /// <summary>The simulation objective, or null for <see cref="Objective.Projection"/> and <see cref="Objective.Roi"/>.</summary>
    public static SimulationObjective? ToSimulation(this Objective objective) =>
        objective is Objective.Projection or Objective.Roi ? null : Enum.Parse<SimulationObjective>(objective.ToString());

    /// <summary>Whether the objective simulates the race (and needs one).</summary>
    public static bool IsSimulated(this Objective objective) => objective != Objective.Projection;

    /// <summary>The objective named <paramref name="name"/> (any case), or null.</summary>
    public static Objective? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (string.Equals(name.Trim(), ProjectionName, StringComparison.OrdinalIgnoreCase)) return Objective.Projection;
        if (string.Equals(name.Trim(), RoiName, StringComparison.OrdinalIgnoreCase)) return Objective.Roi;
        return SimulationObjectiveNames.Find(name) is { } simulated && Enum.TryParse<Objective>(simulated.ToString(), out var objective) ? objective : null;
    }

    /// <summary>The objective named <paramref name="name"/>; an unknown name is an <see cref="ArgumentException"/> listing the names.</summary>
    public static Objective Parse(string? name) =>
        Find(name) ?? throw new ArgumentException($"Unknown objective '{name}'. Use one of: {List}.");
}
