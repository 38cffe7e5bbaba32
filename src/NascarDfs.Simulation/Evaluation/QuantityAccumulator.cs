namespace NascarDfs.Simulation.Evaluation;

/// <summary>A per-race quantity: the real values, every simulated value pooled, and where each real value fell in its
/// race's simulated distribution.</summary>
internal sealed class QuantityAccumulator(string name)
{
    private readonly MomentAccumulator _real = new(), _sim = new();
    private int _below, _above;

    public string Name { get; } = name;

    /// <summary>One race: the real value and that race's simulated values, ascending.</summary>
    public void Add(double real, ReadOnlySpan<float> sortedSims)
    {
        _real.Add(real);
        foreach (var x in sortedSims) _sim.Add(x);
        if (real < ScoringRules.Quantile(sortedSims, 0.10)) _below++;
        if (real > ScoringRules.Quantile(sortedSims, 0.90)) _above++;
    }

    public RaceQuantity ToQuantity()
    {
        var races = (int)_real.Count;
        double Share(int k) => races == 0 ? 0 : Math.Round(k / (double)races, 4);
        return new RaceQuantity(Name, races, R(_real.Mean), R(_real.StdDev), R(_sim.Mean), R(_sim.StdDev), Share(_below), Share(_above));
    }

    private static double R(double x) => Math.Round(x, 3);
}
