using NascarDfs.Simulation.Model;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Calibration;

/// <summary>The parameters read straight off real races: cautions, crashes (grouped into incidents), mechanical failures.
/// Each race counts with its weight (recency).</summary>
internal static class DirectEstimates
{
    // Cars out of a crash within a lap of each other are counted as one incident: the file has no incident ids.
    private const int SameIncidentLaps = 1;
    private const int MaxCrashSize = 16;

    public sealed record Estimates(
        int TypicalLaps, double[] CautionShareQuantiles, double CrashesPerRace, double[] CrashSizeProbabilities,
        double[] CrashTimingQuantiles, double MechanicalFailureRate, double[] MechanicalTimingQuantiles);

    public static Estimates Measure(IReadOnlyList<RealRace> races, double[]? weights = null)
    {
        var sizes = new double[MaxCrashSize];
        var crashTiming = new List<(double, double)>();
        var mechanicalTiming = new List<(double, double)>();
        var cautions = new List<(double, double)>();
        double incidents = 0, cars = 0, raceWeight = 0;
        for (var r = 0; r < races.Count; r++)
        {
            var race = races[r];
            var w = weights?[r] ?? 1;
            raceWeight += w;
            cars += w * race.Entries.Length;
            cautions.Add((CalibrationSet.CautionShare(race), w));
            var crashed = race.Entries.Where(e => e.Crashed).Select(e => e.Laps).Order().ToList();
            for (var k = 0; k < crashed.Count;)
            {
                var first = k;
                while (k + 1 < crashed.Count && crashed[k + 1] - crashed[k] <= SameIncidentLaps) k++;
                k++;
                incidents += w;
                sizes[Math.Min(k - first, MaxCrashSize) - 1] += w;
                crashTiming.Add((crashed[first] / (double)race.Laps, w));
            }

            foreach (var e in race.Entries.Where(e => !e.Running && !e.Crashed)) mechanicalTiming.Add((e.Laps / (double)race.Laps, w));
        }

        var laps = races.Select(r => r.Laps).Order().ToList();
        var total = sizes.Sum();
        return new Estimates(
            laps.Count == 0 ? 0 : laps[laps.Count / 2],
            Round(Quantiles.Of(cautions)),
            Math.Round(incidents / Math.Max(1e-9, raceWeight), 4),
            Round(sizes.Select(s => total > 0 ? s / total : 0).Reverse().SkipWhile(p => p == 0).Reverse().DefaultIfEmpty(1).ToArray()),
            Round(Quantiles.Of(crashTiming)),
            Math.Round(mechanicalTiming.Sum(m => m.Item2) / Math.Max(1e-9, cars), 5),
            Round(Quantiles.Of(mechanicalTiming)));
    }

    private static double[] Round(double[] values) => values.Select(v => Math.Round(v, 4)).ToArray();
}
