namespace NascarDfs.Simulation.Model;

/// <summary>Distribution summaries over a <see cref="RaceMatrix"/>.</summary>
internal static class Summaries
{
    public static IReadOnlyList<DriverSummary> Drivers(SimulationResult result, IReadOnlyList<int>? optimalCounts)
    {
        var m = result.Matrix;
        var column = new float[m.Sims];
        var summaries = new DriverSummary[m.Drivers];
        for (var d = 0; d < m.Drivers; d++)
        {
            double sum = 0, sumSq = 0, led = 0, fastest = 0;
            int wins = 0, top5 = 0, top10 = 0;
            for (var sim = 0; sim < m.Sims; sim++)
            {
                var cell = sim * m.Drivers + d;
                var p = m.Points[cell];
                column[sim] = p;
                sum += p;
                sumSq += (double)p * p;
                led += m.LapsLed[cell];
                fastest += m.FastestLaps[cell];
                var finish = m.Finish[cell];
                if (finish == 0) continue;
                if (finish == 1) wins++;
                if (finish <= 5) top5++;
                if (finish <= 10) top10++;
            }

            Array.Sort(column);
            double n = m.Sims;
            var mean = sum / n;
            var driver = result.Drivers[d];
            summaries[d] = new DriverSummary(
                driver.Id, driver.Name, driver.Salary, result.Starts[d] == 0 ? null : result.Starts[d],
                mean, Math.Sqrt(Math.Max(0, sumSq / n - mean * mean)),
                Percentile(column, 0.10), Percentile(column, 0.50), Percentile(column, 0.90), Percentile(column, 0.99),
                wins / n, top5 / n, top10 / n, led / n, fastest / n,
                optimalCounts is null ? null : optimalCounts[d] / n);
        }

        return summaries;
    }

    public static LineupSummary Lineup(SimulationResult result, IReadOnlyList<int> drivers, double? target)
    {
        var m = result.Matrix;
        var totals = new float[m.Sims];
        double sum = 0, sumSq = 0;
        var hits = 0;
        for (var sim = 0; sim < m.Sims; sim++)
        {
            var row = sim * m.Drivers;
            var t = 0f;
            foreach (var d in drivers) t += m.Points[row + d];
            totals[sim] = t;
            sum += t;
            sumSq += (double)t * t;
            if (target is { } x && t >= x) hits++;
        }

        Array.Sort(totals);
        var mean = sum / m.Sims;
        return new LineupSummary(
            mean, Math.Sqrt(Math.Max(0, sumSq / m.Sims - mean * mean)), Percentile(totals, 0.90), Percentile(totals, 0.99),
            target, target is null ? null : hits / (double)m.Sims);
    }

    /// <summary>Linear interpolation between order statistics (type 7).</summary>
    public static double Percentile(float[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)h;
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
