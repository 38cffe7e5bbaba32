using NascarDfs.Simulation.Model;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Calibration;

/// <summary>The parameters read straight off real races: cautions, crashes (grouped into incidents), mechanical failures.</summary>
internal static class DirectEstimates
{
    // Cars out of a crash within a lap of each other are counted as one incident: the file has no incident ids.
    private const int SameIncidentLaps = 1;
    private const int MaxCrashSize = 16;

    public sealed record Estimates(
        int TypicalLaps, double[] CautionShareQuantiles, double CrashesPerRace, double[] CrashSizeProbabilities,
        double[] CrashTimingQuantiles, double MechanicalFailureRate, double[] MechanicalTimingQuantiles);

    public static Estimates Measure(IReadOnlyList<RealRace> races)
    {
        var sizes = new double[MaxCrashSize];
        var crashTiming = new List<double>();
        var mechanicalTiming = new List<double>();
        int incidents = 0, cars = 0;
        foreach (var race in races)
        {
            cars += race.Entries.Length;
            var crashed = race.Entries.Where(e => e.Crashed).Select(e => e.Laps).Order().ToList();
            for (var k = 0; k < crashed.Count;)
            {
                var first = k;
                while (k + 1 < crashed.Count && crashed[k + 1] - crashed[k] <= SameIncidentLaps) k++;
                k++;
                incidents++;
                sizes[Math.Min(k - first, MaxCrashSize) - 1]++;
                crashTiming.Add(crashed[first] / (double)race.Laps);
            }

            mechanicalTiming.AddRange(race.Entries.Where(e => !e.Running && !e.Crashed).Select(e => e.Laps / (double)race.Laps));
        }

        var laps = races.Select(r => r.Laps).Order().ToList();
        var total = sizes.Sum();
        return new Estimates(
            laps.Count == 0 ? 0 : laps[laps.Count / 2],
            Round(Quantiles.Of(races.Select(CalibrationSet.CautionShare))),
            Math.Round(incidents / (double)Math.Max(1, races.Count), 4),
            Round(sizes.Select(s => total > 0 ? s / total : 0).Reverse().SkipWhile(p => p == 0).Reverse().DefaultIfEmpty(1).ToArray()),
            Round(Quantiles.Of(crashTiming)),
            Math.Round(mechanicalTiming.Count / (double)Math.Max(1, cars), 5),
            Round(Quantiles.Of(mechanicalTiming)));
    }

    private static double[] Round(double[] values) => values.Select(v => Math.Round(v, 4)).ToArray();
}
