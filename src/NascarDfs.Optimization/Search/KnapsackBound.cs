namespace NascarDfs.Optimization.Search;

/// <summary>The exact knapsack table of <see cref="SearchTables"/>: the best score k drivers from a position reach
/// within the budget, ignoring every other rule (exact for salary-only problems).</summary>
internal readonly struct KnapsackBound(SearchTables tables) : ISearchBound<long>
{
    private readonly long[] _table = tables.Table;
    private readonly int _stepSize = tables.StepSize;
    private readonly int _budgetSteps = tables.BudgetSteps;
    private readonly int _stride = tables.BudgetSteps + 1;
    private readonly int _slotStride = tables.Slots + 1;

    public int Budget(int salaryLeft) => Math.Min(salaryLeft / _stepSize, _budgetSteps);

    public bool TryReach(int position, int need, int budget, out long reach)
    {
        reach = _table[(((position * _slotStride) + need) * _stride) + budget];
        return reach != SearchTables.Unreachable;
    }
}
