namespace NascarDfs.Simulation.Calibration;

/// <summary>Sums per-race metrics (each race, real or simulated, weighs the same) into <see cref="CalibrationMetrics"/>.</summary>
internal sealed class MetricsAccumulator
{
    private double _caution, _dnf, _leaderShare, _leaders, _top3, _placeDiff, _lapped;
    private int _races, _ledRaces, _fastestRaces, _runningRaces;

    /// <param name="includeLapsLed">False for real races whose laps led add up to more than the laps run.</param>
    public void Add(
        ReadOnlySpan<int> start, ReadOnlySpan<int> finish, ReadOnlySpan<int> laps, ReadOnlySpan<int> led, ReadOnlySpan<int> fastest,
        ReadOnlySpan<bool> running, int raceLaps, double cautionShare, bool includeLapsLed = true)
    {
        var n = start.Length;
        _races++;
        _caution += cautionShare;
        int out_ = 0, leaders = 0, runningCars = 0, lapped = 0, ledTotal = 0, ledMax = 0, fastTotal = 0;
        double diff = 0;
        int f1 = 0, f2 = 0, f3 = 0;
        for (var i = 0; i < n; i++)
        {
            diff += Math.Abs(start[i] - finish[i]);
            if (running[i])
            {
                runningCars++;
                if (laps[i] < raceLaps) lapped++;
            }
            else
            {
                out_++;
            }

            if (led[i] > 0) leaders++;
            ledTotal += led[i];
            ledMax = Math.Max(ledMax, led[i]);
            var f = fastest[i];
            fastTotal += f;
            if (f > f1) (f1, f2, f3) = (f, f1, f2);
            else if (f > f2) (f2, f3) = (f, f2);
            else if (f > f3) f3 = f;
        }

        _dnf += out_ / (double)n;
        _placeDiff += diff / n;
        if (includeLapsLed && ledTotal > 0)
        {
            _ledRaces++;
            _leaderShare += ledMax / (double)ledTotal;
            _leaders += leaders;
        }

        if (fastTotal > 0)
        {
            _fastestRaces++;
            _top3 += (f1 + f2 + f3) / (double)fastTotal;
        }

        if (runningCars > 0)
        {
            _runningRaces++;
            _lapped += lapped / (double)runningCars;
        }
    }

    public CalibrationMetrics ToMetrics(int races) => new(
        races,
        Ratio(_caution, _races), Ratio(_dnf, _races), Ratio(_leaderShare, _ledRaces), Ratio(_leaders, _ledRaces),
        Ratio(_top3, _fastestRaces), Ratio(_placeDiff, _races), Ratio(_lapped, _runningRaces));

    private static double Ratio(double sum, int count) => count == 0 ? 0 : Math.Round(sum / count, 4);
}
