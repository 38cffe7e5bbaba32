using NascarDfs.Simulation;

namespace NascarDfs.App.Optimize;

/// <summary>A score distribution in <see cref="BinCount"/> equal bins from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed record ScoreHistogram(double Min, double Max, IReadOnlyList<int> Counts)
{
    public const int BinCount = 24;

    internal static ScoreHistogram Of(IReadOnlyList<double> scores)
    {
        if (scores.Count == 0) return new ScoreHistogram(0, 0, new int[BinCount]);
        var min = scores.Min();
        var max = scores.Max();
        var width = (max - min) / BinCount;
        var counts = new int[BinCount];
        foreach (var score in scores)
        {
            var bin = width <= 0 ? 0 : Math.Min(BinCount - 1, (int)((score - min) / width));
            counts[bin]++;
        }

        return new ScoreHistogram(Math.Round(min, 2), Math.Round(max, 2), counts);
    }

    /// <summary>Each slate driver's simulated points, in the simulation's driver order.</summary>
    internal static IReadOnlyList<ScoreHistogram> PerDriver(SimulationResult simulation) =>
        [.. Enumerable.Range(0, simulation.Drivers.Count).Select(i =>
        {
            var scores = new double[simulation.Simulations];
            for (var s = 0; s < scores.Length; s++) scores[s] = simulation.Points(s)[i];
            return Of(scores);
        })];
}
