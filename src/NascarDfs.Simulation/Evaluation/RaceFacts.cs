namespace NascarDfs.Simulation.Evaluation;

/// <summary>The race-level numbers of one race, real or simulated, computed the same way for both.</summary>
internal static class RaceFacts
{
    /// <summary>Fills <paramref name="quantities"/> (winner's points, top score, top-6 sum), <paramref name="facts"/>
    /// (1/0 per <see cref="SectionAccumulator.FactNames"/>) and <paramref name="metrics"/> (per
    /// <see cref="SectionAccumulator.MetricNames"/>; NaN where undefined).</summary>
    public static void Compute(
        ReadOnlySpan<int> start, ReadOnlySpan<int> finish, ReadOnlySpan<int> led, ReadOnlySpan<int> fastest, ReadOnlySpan<int> laps,
        ReadOnlySpan<bool> running, ReadOnlySpan<float> points, double cautionShare, bool lapsLedUsable,
        Span<double> quantities, Span<double> facts, Span<double> metrics)
    {
        var n = start.Length;
        int winner = 0, ledMax = 0, ledTotal = 0, leaders = 0, fastMax = 0, fastTotal = 0, maxLaps = 0, out_ = 0;
        int f1 = 0, f2 = 0, f3 = 0;
        double diff = 0, top = double.MinValue;
        Span<double> best6 = stackalloc double[6];
        best6.Fill(double.MinValue);
        for (var i = 0; i < n; i++)
        {
            if (finish[i] == 1) winner = i;
            ledMax = Math.Max(ledMax, led[i]);
            ledTotal += led[i];
            if (led[i] > 0) leaders++;
            var f = fastest[i];
            fastMax = Math.Max(fastMax, f);
            fastTotal += f;
            if (f > f1) (f1, f2, f3) = (f, f1, f2);
            else if (f > f2) (f2, f3) = (f, f2);
            else if (f > f3) f3 = f;
            maxLaps = Math.Max(maxLaps, laps[i]);
            if (!running[i]) out_++;
            diff += Math.Abs(start[i] - finish[i]);
            top = Math.Max(top, points[i]);
            InsertTop(best6, points[i]);
        }

        int runningCars = 0, lapped = 0;
        for (var i = 0; i < n; i++)
        {
            if (!running[i]) continue;
            runningCars++;
            if (laps[i] < maxLaps) lapped++;
        }

        double top6 = 0;
        foreach (var x in best6) if (x > double.MinValue) top6 += x;
        quantities[0] = points[winner];
        quantities[1] = top;
        quantities[2] = top6;

        facts[0] = lapsLedUsable ? (ledMax > 0 && led[winner] == ledMax ? 1 : 0) : double.NaN;
        facts[1] = fastMax > 0 && fastest[winner] == fastMax ? 1 : 0;
        facts[2] = points[winner] >= top ? 1 : 0;
        facts[3] = start[winner] == 1 ? 1 : 0;
        facts[4] = start[winner] <= 5 ? 1 : 0;

        metrics[0] = cautionShare;
        metrics[1] = out_ / (double)n;
        metrics[2] = lapsLedUsable && ledTotal > 0 ? ledMax / (double)ledTotal : double.NaN;
        metrics[3] = lapsLedUsable && ledTotal > 0 ? leaders : double.NaN;
        metrics[4] = fastTotal > 0 ? (f1 + f2 + f3) / (double)fastTotal : double.NaN;
        metrics[5] = diff / n;
        metrics[6] = runningCars > 0 ? lapped / (double)runningCars : double.NaN;
    }

    private static void InsertTop(Span<double> best, double x)
    {
        // best is kept descending; 6 slots, so an insertion sort is the fastest there is.
        if (x <= best[^1]) return;
        var k = best.Length - 1;
        while (k > 0 && best[k - 1] < x)
        {
            best[k] = best[k - 1];
            k--;
        }

        best[k] = x;
    }
}
