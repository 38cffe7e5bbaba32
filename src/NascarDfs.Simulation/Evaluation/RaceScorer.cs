using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>One race's outcome and the sections its scores are added to.</summary>
internal sealed record ScoredOutcome(RaceOutcome Outcome, IReadOnlyList<SectionAccumulator> Targets);

/// <summary>Scores one race's simulation against what happened and adds the scores to every target section.</summary>
internal static class RaceScorer
{
    private static readonly int[] Markets = [1, 5, 10];

    /// <summary>Scores the first <paramref name="sims"/> simulated races of <paramref name="result"/> against each
    /// outcome (the first is the real race; the others are reference windows' stand-ins) and adds them to its targets.
    /// Returns, for the first outcome, the mean CRPS of the model and the normal, the simulated means of the winner's
    /// points and the top-6 sum, and every driver's scores.</summary>
    public static (double Crps, double NormalCrps, double SimWinner, double SimTop6, IReadOnlyList<EvaluatedDriver> Drivers) Score(
        RealRace race, int laps, SimulationResult result, int sims, IReadOnlyList<double> projections, NormalBaseline baseline,
        IReadOnlyList<ScoredOutcome> outcomes)
    {
        var matrix = result.Matrix;
        var n = race.Entries.Length;
        foreach (var o in outcomes) foreach (var t in o.Targets) t.Races++;

        // Per driver: his simulated points sorted, scored with each outcome's points; the normal beside it.
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
            var (p10, p50, p90, p99) = (ScoringRules.Quantile(column, 0.10), ScoringRules.Quantile(column, 0.5), ScoringRules.Quantile(column, 0.90), ScoringRules.Quantile(column, 0.99));
            var mu = projections[d];
            var sd = baseline.StdDev(mu);
            for (var k = 0; k < outcomes.Count; k++)
            {
                var (outcome, targets) = (outcomes[k].Outcome, outcomes[k].Targets);
                var y = outcome.Points[d];
                var c = ScoringRules.CrpsSample(column, y);
                var nc = ScoringRules.CrpsNormal(mu, sd, y);
                var pit = ScoringRules.PitSample(column, y);
                var normalPit = ScoringRules.NormalCdf((y - mu) / sd);
                if (k == 0)
                {
                    crps += c;
                    normalCrps += nc;
                    var e = race.Entries[d];
                    drivers.Add(new EvaluatedDriver(e.DriverName, e.Start, e.Finish, mu, Math.Round(y, 2), Math.Round(column.Average(x => (double)x), 2),
                        Math.Round(p10, 2), Math.Round(p50, 2), Math.Round(p90, 2), Math.Round(p99, 2), Math.Round(pit, 4),
                        Math.Round(top[0] / (double)sims, 4), Math.Round(c, 3), Math.Round(nc, 3)));
                }

                foreach (var t in targets)
                {
                    t.Model.Add(p10, p90, p99, pit, c, y);
                    t.Normal.Add(mu - ScoringRules.Z90 * sd, mu + ScoringRules.Z90 * sd, mu + ScoringRules.Z99 * sd, normalPit, nc, y);
                    for (var m = 0; m < Markets.Length; m++)
                    {
                        t.Probabilities[m].Add(top[m] / (double)sims, outcome.Finish[d] <= Markets[m], Math.Min(1, Markets[m] / (double)n), floor);
                    }
                }
            }
        }

        var (simWinner, simTop6) = ScoreRaceLevel(race, laps, matrix, sims, outcomes);
        return (crps / n, normalCrps / n, simWinner, simTop6, drivers);
    }

    private static (double SimWinner, double SimTop6) ScoreRaceLevel(
        RealRace race, int raceLaps, Model.RaceMatrix matrix, int sims, IReadOnlyList<ScoredOutcome> outcomes)
    {
        var n = race.Entries.Length;
        var q = new double[3];
        var f = new double[SectionAccumulator.FactNames.Length];
        var m = new double[SectionAccumulator.MetricNames.Length];
        var start = outcomes[0].Outcome.Start;
        var outcomeQ = new double[outcomes.Count][];
        for (var k = 0; k < outcomes.Count; k++)
        {
            var o = outcomes[k].Outcome;
            RaceFacts.Compute(start, o.Finish, o.LapsLed, o.FastestLaps, o.Laps, o.Running, o.Points, o.CautionShare, o.LapsLedUsable, q, f, m);
            outcomeQ[k] = (double[])q.Clone();
            foreach (var t in outcomes[k].Targets)
            {
                for (var j = 0; j < f.Length; j++) t.Facts[j].AddReal(f[j]);
                for (var j = 0; j < m.Length; j++) t.Metrics[j].AddReal(m[j]);
            }
        }

        var all = outcomes.SelectMany(o => o.Targets).ToArray();
        var simQ = new float[3][];
        for (var k = 0; k < 3; k++) simQ[k] = new float[sims];
        var s = RaceOutcome.Simulated(matrix, 0, start, raceLaps);
        for (var sim = 0; sim < sims; sim++)
        {
            var caution = s.Fill(matrix, sim, raceLaps);
            RaceFacts.Compute(start, s.Finish, s.LapsLed, s.FastestLaps, s.Laps, s.Running, s.Points, caution, true, q, f, m);
            for (var k = 0; k < 3; k++) simQ[k][sim] = (float)q[k];
            foreach (var t in all)
            {
                for (var j = 0; j < f.Length; j++) t.Facts[j].AddSimulated(f[j]);
                for (var j = 0; j < m.Length; j++) t.Metrics[j].AddSimulated(m[j]);
            }
        }

        for (var k = 0; k < 3; k++)
        {
            Array.Sort(simQ[k]);
            for (var o = 0; o < outcomes.Count; o++) foreach (var t in outcomes[o].Targets) t.Quantities[k].Add(outcomeQ[o][k], simQ[k]);
        }

        return (simQ[0].Average(x => (double)x), simQ[2].Average(x => (double)x));
    }
}
