namespace NascarDfs.Simulation.Evaluation;

/// <summary>A race metric and a yes/no fact share this shape: real values per race, simulated values pooled.</summary>
internal sealed class MetricAccumulator(string name)
{
    private readonly MomentAccumulator _real = new(), _sim = new();

    public string Name { get; } = name;

    public void AddReal(double value) => _real.Add(value);

    public void AddSimulated(double value) => _sim.Add(value);

    public RaceMetric ToMetric() =>
        new(Name, (int)_real.Count, R(_real.Mean), R(_real.StdDev), R(_sim.Mean), R(_sim.StdDev));

    public DominatorFact ToFact() => new(Name, (int)_real.Count, R(_real.Mean), R(_sim.Mean));

    private static double R(double x) => double.IsNaN(x) ? 0 : Math.Round(x, 4);
}
