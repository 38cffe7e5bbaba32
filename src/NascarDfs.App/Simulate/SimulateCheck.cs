namespace NascarDfs.App.Simulate;

/// <summary>The outcome of <see cref="SimulateService.Check"/>: the plan to run, or every problem (sentences).</summary>
internal sealed record SimulateCheck(SimulatePlan? Plan, IReadOnlyList<string> Problems)
{
    public SimulatePlan PlanOrThrow() => Plan ?? throw new ArgumentException(string.Join(" ", Problems));
}
