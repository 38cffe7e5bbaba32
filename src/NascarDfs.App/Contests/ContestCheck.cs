namespace NascarDfs.App.Contests;

/// <summary>The outcome of <see cref="ContestService.Check"/>: the plan to run, or every problem (sentences).</summary>
internal sealed record ContestCheck(ContestPlan? Plan, IReadOnlyList<string> Problems)
{
    public string Message => string.Join(" ", Problems);

    public ContestPlan PlanOrThrow() => Plan ?? throw new ArgumentException(Message);
}
