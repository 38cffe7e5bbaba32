using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>Scores one simulated race against the real one and adds the scores to every target section.</summary>
internal static class RaceScorer
{
    private static readonly int[] Markets = [1, 5, 10];

    /// <summary>Adds the race to <paramref name="targets"/>; returns the mean CRPS of the model and the normal, the
    /// simulated means of the winner's points and the top-6 sum, and every driver's scores.</summary>
    public static (double Crps, double NormalCrps, double SimWinner, double SimTop6, IReadOnlyList<EvaluatedDriver> Drivers) Score(
        RealRace race, int laps, SimulationResult result, IReadOnlyList<double> projections, NormalBaseline baseline,
        ScoringTable scoring, IReadOnlyList<SectionAccumulator> targets)
    {
        var matrix = result.Matrix;
        var n = race.Entries.Length;
        var sims = matrix.Sims;
        var real = race.Entries.Select(e => (float)scoring.Score(new RaceResult(e.Start, e.Finish, e.LapsLed, e.FastestLaps, e.Laps))).ToArray();
        foreach (var t in targets) t.Races++;

        // Per driver: his simulated points sorted, scored with the real points; the normal beside it.
        var column = new float[sims];
        double crps = 0, normalCrps = 0;
        var floor = Math.Max(ScoringRules.MinProbability, 0.5 / sims);
        var drivers = new List<EvaluatedDriver>(n);
        for (var d = 0; d < n; d++)
        {
            var top = new int[Markets.Length];
            for (var sim = 0; sim < sims; sim++)
            {
                var cell = sim * matrix.Drivers + d;
                column[sim] = matrix.Points[cell];
                var finish = matrix.Finish[cell];
                for (var m = 0; m < Markets.Length; m++) if (finish <= Markets[m]) top[m]++;
            }

            Array.Sort(column);
            var y = real[d];
            var c = ScoringRules.CrpsSample(column, y);
            var mu = projections[d];
            var sd = baseline.StdDev(mu);
            var nc = ScoringRules.CrpsNormal(mu, sd, y);
            crps += c;
            normalCrps += nc;
            var pit = ScoringRules.PitSample(column, y);
            var (p10, p90, p99) = (ScoringRules.Quantile(column, 0.10), ScoringRules.Quantile(column, 0.90), ScoringRules.Quantile(column, 0.99));
            var normalPit = ScoringRules.NormalCdf((y - mu) / sd);
            var e = race.Entries[d];
            drivers.Add(new EvaluatedDriver(e.DriverName, e.Start, e.Finish, mu, Math.Round(y, 2), Math.Round(column.Average(x => (double)x), 2),
                Math.Round(p10, 2), Math.Round(ScoringRules.Quantile(column, 0.5), 2), Math.Round(p90, 2), Math.Round(p99, 2), Math.Round(pit, 4),
                Math.Round(top[0] / (double)sims, 4), Math.Round(c, 3), Math.Round(nc, 3)));
            foreach (var t in targets)
            {
                t.Model.Add(p10, p90, p99, pit, c, y);
                t.Normal.Add(mu - ScoringRules.Z90 * sd, mu + ScoringRules.Z90 * sd, mu + ScoringRules.Z99 * sd, normalPit, nc, y);
                for (var m = 0; m < Markets.Length; m++)
                {
                    t.Probabilities[m].Add(top[m] / (double)sims, race.Entries[d].Finish <= Markets[m], Math.Min(1, Markets[m] / (double)n), floor);
                }
            }
        }

        var (simWinner, simTop6) = ScoreRaceLevel(race, laps, matrix, real, targets);
        return (crps / n, normalCrps / n, simWinner, simTop6, drivers);
    }

    private static (double SimWinner, double SimTop6) ScoreRaceLevel(
        RealRace race, int raceLaps, Model.RaceMatrix matrix, float[] real, IReadOnlyList<SectionAccumulator> targets)
    {
        var n = race.Entries.Length;
        var q = new double[3];
        var f = new double[SectionAccumulator.FactNames.Length];
        var m = new double[SectionAccumulator.MetricNames.Length];
        var e = race.Entries;
        var start = e.Select(x => x.Start).ToArray();
        RaceFacts.Compute(start, e.Select(x => x.Finish).ToArray(), e.Select(x => x.LapsLed).ToArray(), e.Select(x => x.FastestLaps).ToArray(),
            e.Select(x => x.Laps).ToArray(), e.Select(x => x.Running).ToArray(), real, CalibrationSet.CautionShare(race), !race.LapsLedExceedLaps, q, f, m);
        var realQ = (double[])q.Clone();
        foreach (var t in targets)
        {
            for (var k = 0; k < f.Length; k++) t.Facts[k].AddReal(f[k]);
            for (var k = 0; k < m.Length; k++) t.Metrics[k].AddReal(m[k]);
        }

        var sims = matrix.Sims;
        var simQ = new float[3][];
        for (var k = 0; k < 3; k++) simQ[k] = new float[sims];
        int[] finish = new int[n], led = new int[n], fastest = new int[n], laps = new int[n];
        var running = new bool[n];
        var points = new float[n];
        for (var sim = 0; sim < sims; sim++)
        {
            var row = sim * matrix.Drivers;
            for (var d = 0; d < n; d++)
            {
                finish[d] = matrix.Finish[row + d];
                led[d] = matrix.LapsLed[row + d];
                fastest[d] = matrix.FastestLaps[row + d];
                laps[d] = matrix.LapsCompleted[row + d];
                running[d] = matrix.Status[row + d] == (byte)CarStatus.Running;
                points[d] = matrix.Points[row + d];
            }

            RaceFacts.Compute(start, finish, led, fastest, laps, running, points, matrix.CautionLaps[sim] / (double)raceLaps, true, q, f, m);
            for (var k = 0; k < 3; k++) simQ[k][sim] = (float)q[k];
            foreach (var t in targets)
            {
                for (var k = 0; k < f.Length; k++) t.Facts[k].AddSimulated(f[k]);
                for (var k = 0; k < m.Length; k++) t.Metrics[k].AddSimulated(m[k]);
            }
        }

        for (var k = 0; k < 3; k++)
        {
            Array.Sort(simQ[k]);
            foreach (var t in targets) t.Quantities[k].Add(realQ[k], simQ[k]);
        }

        return (simQ[0].Average(x => (double)x), simQ[2].Average(x => (double)x));
    }
}
