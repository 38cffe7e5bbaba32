namespace NascarDfs.Simulation.Evaluation;

/// <summary>Count, mean and standard deviation of a stream of values (Welford's update, stable for long streams).</summary>
internal sealed class MomentAccumulator
{
    private double _mean, _m2;

    public long Count { get; private set; }

    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>The sample standard deviation (n − 1); 0 below two values.</summary>
    public double StdDev => Count < 2 ? 0 : Math.Sqrt(_m2 / (Count - 1));

    public void Add(double x)
    {
        if (double.IsNaN(x)) return;
        Count++;
        var delta = x - _mean;
        _mean += delta / Count;
        _m2 += delta * (x - _mean);
    }
}
