namespace NascarDfs.App.Optimize;

/// <summary>
/// The outcome of <see cref="OptimizeService.Check"/>: the plan to run, or every problem (sentences).
/// <see cref="Infeasible"/> says the problems are conflicting constraints rather than bad values.
/// </summary>
internal sealed record OptimizeCheck(OptimizePlan? Plan, IReadOnlyList<string> Problems, bool Infeasible = false)
{
    /// <summary>The problems as the CLI prints them ("Infeasible: ..." for conflicts).</summary>
    public string Message => (Infeasible ? "Infeasible: " : "") + string.Join(" ", Problems);

    /// <summary>The plan; the problems as one <see cref="ArgumentException"/> otherwise.</summary>
    public OptimizePlan PlanOrThrow() => Plan ?? throw new ArgumentException(string.Join(" ", Problems));
}
