namespace NascarDfs.Simulation.Calibration;

/// <summary>Sums per-race metrics into <see cref="CalibrationMetrics"/>: each race weighs its weight (1 unless the
/// calibration weights races by recency), a simulated race the weight of the real race it copies.</summary>
internal sealed class MetricsAccumulator
{
    private readonly Moment _caution = new(), _dnf = new(), _leaderShare = new(), _leaders = new(), _top3 = new(),
        _placeDiff = new(), _lapped = new(), _winnerFastest = new(), _winnerLed = new(), _pole = new(), _coverage = new(), _farBack = new();

    /// <param name="includeLapsLed">False for real races whose laps led add up to more than the laps run.</param>
    /// <param name="weight">The race's weight (recency).</param>
    public void Add(
        ReadOnlySpan<int> start, ReadOnlySpan<int> finish, ReadOnlySpan<int> laps, ReadOnlySpan<int> led, ReadOnlySpan<int> fastest,
        ReadOnlySpan<bool> running, int raceLaps, double cautionShare, bool includeLapsLed = true, double weight = 1)
    {
        var n = start.Length;
        _caution.Add(cautionShare, weight);
        int out_ = 0, leaders = 0, runningCars = 0, lapped = 0, ledTotal = 0, ledMax = 0, fastTotal = 0, winner = -1;
        double diff = 0;
        int f1 = 0, f2 = 0, f3 = 0;
        for (var i = 0; i < n; i++)
        {
            diff += Math.Abs(start[i] - finish[i]);
            if (finish[i] == 1) winner = i;
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

        _dnf.Add(out_ / (double)n, weight);
        _placeDiff.Add(diff / n, weight);
        if (winner >= 0) _pole.Add(start[winner] == 1 ? 1 : 0, weight);
        if (includeLapsLed && ledTotal > 0)
        {
            _leaderShare.Add(ledMax / (double)ledTotal, weight);
            _leaders.Add(leaders, weight);
            if (winner >= 0) _winnerLed.Add(led[winner] == ledMax ? 1 : 0, weight);
        }

        if (fastTotal > 0)
        {
            _top3.Add((f1 + f2 + f3) / (double)fastTotal, weight);
            if (winner >= 0) _winnerFastest.Add(fastest[winner] == f1 ? 1 : 0, weight);
        }

        if (runningCars > 0) _lapped.Add(lapped / (double)runningCars, weight);
    }

    /// <summary>One driver's real points against his simulated ones: the share of his real rank's possible places
    /// (ties spread evenly) that fall in the central band.</summary>
    public void AddCoverage(double hit, double weight) => _coverage.Add(hit, weight);

    /// <summary>One race's share of projected favourites finishing outside the top 20.</summary>
    public void AddFavouritesFarBack(double share, double weight) => _farBack.Add(share, weight);

    public CalibrationMetrics ToMetrics(int races, double? coverage = null) => new(
        races,
        _caution.Mean, _dnf.Mean, _leaderShare.Mean, _leaders.Mean, _top3.Mean, _placeDiff.Mean, _lapped.Mean,
        _winnerFastest.Mean, _winnerLed.Mean, _pole.Mean, _dnf.Sd, _leaderShare.Sd, _placeDiff.Sd, coverage ?? _coverage.Mean,
        _farBack.Mean);

    /// <summary>A weighted mean and standard deviation.</summary>
    private sealed class Moment
    {
        private double _w, _sum, _squares;

        public void Add(double x, double weight)
        {
            _w += weight;
            _sum += weight * x;
            _squares += weight * x * x;
        }

        public double Mean => _w <= 0 ? 0 : Math.Round(_sum / _w, 4);

        public double Sd => _w <= 0 ? 0 : Math.Round(Math.Sqrt(Math.Max(0, _squares / _w - (_sum / _w) * (_sum / _w))), 4);
    }
}
