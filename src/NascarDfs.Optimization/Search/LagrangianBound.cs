namespace NascarDfs.Optimization.Search;

/// <summary>
/// A bound cheap enough to rebuild for every score vector: the Lagrangian relaxation of the salary cap, the least over
/// a few multipliers λ of λ·budget + Σ top-k (score − λ·salary), and −∞ when the k cheapest drivers left exceed the
/// budget. The arrays are the owner's, refilled per vector (<see cref="ScoreVectorSearch"/>).
/// </summary>
/// <param name="Multipliers">The λs.</param>
/// <param name="TopAdjusted">Per λ: [position × (slots + 1) + k], the best k of score − λ·salary from position on.</param>
/// <param name="NegatedCheapest">[position × (slots + 1) + k]: −(the k cheapest salaries from position on).</param>
/// <param name="Slots">Drivers the search adds.</param>
internal readonly record struct LagrangianBound(double[] Multipliers, double[][] TopAdjusted, double[] NegatedCheapest, int Slots) : ISearchBound<double>
{
    public int Budget(int salaryLeft) => salaryLeft;

    public bool TryReach(int position, int need, int budget, out double reach)
    {
        var row = (position * (Slots + 1)) + need;
        reach = double.NegativeInfinity;
        if (-NegatedCheapest[row] > budget) return false;
        var best = double.PositiveInfinity;
        for (var x = 0; x < Multipliers.Length; x++)
        {
            var b = (Multipliers[x] * budget) + TopAdjusted[x][row];
            if (b < best) best = b;
        }

        reach = best;
        return !double.IsNegativeInfinity(best);
    }
}
