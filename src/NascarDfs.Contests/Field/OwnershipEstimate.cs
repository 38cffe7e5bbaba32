using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Field;

/// <summary>
/// The ownership estimate used when the projections give none (labelled "estimated" wherever it shows):
/// ownership_i ∝ exp(0.15·z(projection_i) + 0.40·z(salary_i)), z = standardised over the slate's starters, scaled so
/// the slate sums to roster size × 100% (no driver above 95%). In log terms that is projection and value together
/// (log value = log projection − log salary): the public takes good projections and pays up for names.
/// The two weights were fitted by least squares on the only real ownership projection we have (FanDuel, New Hampshire
/// 2024-06-23, 35 drivers): RMSE 7.0 points against 11.0 for equal ownership and 9.6 for ownership proportional to
/// projection. A projection + value fit reached 6.3 but with a negative value weight, which hands the most ownership
/// to drivers projected at 0 on other slates, so it was not used. One slate: there is no out-of-sample check, so
/// treat it as a rough prior, and give an Ownership column when you have one.
/// </summary>
public static class OwnershipEstimate
{
    /// <summary>Weight of the standardised projection.</summary>
    public const double ProjectionWeight = 0.15;

    /// <summary>Weight of the standardised salary.</summary>
    public const double SalaryWeight = 0.40;

    /// <summary>The most any one driver is estimated at, percent.</summary>
    public const double MaxOwnership = 95;

    /// <summary>Estimated ownership (percent of lineups) per driver; 0 for drivers marked out.</summary>
    public static double[] Estimate(IReadOnlyList<Driver> drivers, int rosterSize)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        var starters = Enumerable.Range(0, drivers.Count).Where(i => !drivers[i].Out).ToList();
        var result = new double[drivers.Count];
        if (starters.Count == 0) return result;
        var projection = Standardise(starters.Select(i => Math.Max(0, drivers[i].Projection)).ToArray());
        var salary = Standardise(starters.Select(i => (double)drivers[i].Salary).ToArray());
        var weights = new double[starters.Count];
        for (var k = 0; k < starters.Count; k++) weights[k] = Math.Exp(ProjectionWeight * projection[k] + SalaryWeight * salary[k]);
        var shares = ScaleToTotal(weights, rosterSize * 100.0, MaxOwnership);
        for (var k = 0; k < starters.Count; k++) result[starters[k]] = shares[k];
        return result;
    }

    /// <summary>Scales positive weights to <paramref name="total"/> with no value above <paramref name="cap"/> (capped
    /// values are fixed and the rest rescaled until none exceeds it).</summary>
    internal static double[] ScaleToTotal(double[] weights, double total, double cap)
    {
        var result = new double[weights.Length];
        var capped = new bool[weights.Length];
        for (var round = 0; round <= weights.Length; round++)
        {
            var free = 0.0;
            var fixedTotal = 0.0;
            for (var k = 0; k < weights.Length; k++)
            {
                if (capped[k]) fixedTotal += cap;
                else free += weights[k];
            }

            var scale = free > 0 ? (total - fixedTotal) / free : 0;
            var changed = false;
            for (var k = 0; k < weights.Length; k++)
            {
                result[k] = capped[k] ? cap : weights[k] * scale;
                if (!capped[k] && result[k] > cap)
                {
                    capped[k] = true;
                    changed = true;
                }
            }

            if (!changed) break;
        }

        return result;
    }

    private static double[] Standardise(double[] x)
    {
        var mean = x.Average();
        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
        return [.. x.Select(v => sd > 0 ? (v - mean) / sd : 0)];
    }
}
