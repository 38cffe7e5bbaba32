using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Contests.Lineups;
using NascarDfs.Contests.Payouts;
using NascarDfs.Domain.Lineups;
using NascarDfs.Simulation;

namespace NascarDfs.Contests.Evaluation;

/// <summary>
/// Runs a contest (SPEC §10): in every simulated race, every field lineup and every user entry is scored from the
/// race's driver points and ranked; tied and duplicated lineups share the prizes of the ranks they occupy. The
/// ranking is one <see cref="StandingsPass"/> over the races; the payouts are split race by race in race order, so
/// every figure is the same for any thread count.
/// </summary>
public static class ContestSimulator
{
    // Two-sided 95% normal quantile for the intervals of mean payout over independent races.
    private const double Z95 = 1.959964;

    /// <summary>Runs the request. Throws <see cref="ContestException"/> for entries the contest does not allow.</summary>
    public static ContestResult Run(ContestRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (contest, field, simulation) = (request.Contest, request.Field, request.Simulation);
        if (request.MaxDegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(request), request.MaxDegreeOfParallelism, "At least one thread.");
        var masks = Masks(request);
        var warnings = new List<string>(field.Warnings);
        var total = field.Entries + masks.Length;
        if (total < contest.FieldSize)
        {
            warnings.Add($"The contest is not full: {field.Entries:N0} field entries + {masks.Length} of yours = {total:N0} of {contest.FieldSize:N0}; ranks past {total:N0} are not awarded.");
        }

        var table = new PayoutTable(contest);
        var top1 = Math.Max(1, (int)Math.Ceiling(0.01 * total));
        var threshold = Math.Max(table.PaidPlaces, top1);
        var races = simulation.Simulations;
        var drivers = simulation.Drivers.Count;
        var points = simulation.PointsMatrix.ToArray();
        var racesDone = progress is null ? null : new SyncProgress<int>(done => progress.Report(90.0 * done / races));
        var standings = StandingsPass.Run(field, points, drivers, races, masks, threshold, request.MaxDegreeOfParallelism, racesDone, cancellationToken);
        var outcome = Tally(table, standings, races, masks.Length, top1);
        progress?.Report(100);

        var fee = (double)contest.EntryFee;
        var lineups = request.Lineups.Select((l, k) =>
        {
            var (mean, se) = MeanAndError(outcome.Sum[k], outcome.SumSquares[k], races);
            return new ContestLineupResult(l, mean, mean - fee, (mean - fee) / fee, (mean - Z95 * se - fee) / fee, (mean + Z95 * se - fee) / fee,
                outcome.Cash[k] / (double)races, outcome.Top1[k] / (double)races, outcome.Wins[k] / (double)races, field.CountOf(masks[k]));
        }).ToList();

        var fees = fee * masks.Length;
        var profits = outcome.PortfolioPayout.Select(p => p - fees).ToArray();
        var (pm, pse) = MeanAndError(outcome.PortfolioPayout.Sum(), outcome.PortfolioPayout.Sum(p => p * p), races);
        var sd = pse * Math.Sqrt(races);
        var portfolio = new ContestPortfolioResult(
            masks.Length, fees, pm, pm - fees, (pm - fees) / fees, (pm - Z95 * pse - fees) / fees, (pm + Z95 * pse - fees) / fees,
            profits.Count(p => p > 0) / (double)races, outcome.AnyCash / (double)races, outcome.AnyTop1 / (double)races, outcome.AnyWin / (double)races,
            sd, ProfitHistogram.Of(profits));
        return new ContestResult(contest, races, field.Entries, lineups, portfolio, Leverage(field, masks), field, warnings);
    }

    /// <summary>Splits every race's payouts among the user's entries present in it, in race order.</summary>
    internal static Outcome Tally(PayoutTable table, Standing[] standings, int races, int entries, int top1)
    {
        var outcome = new Outcome(entries, races);
        var start = new int[races + 1];
        foreach (var st in standings)
        {
            foreach (var r in st.Races) start[r + 1]++;
        }

        for (var r = 0; r < races; r++) start[r + 1] += start[r];
        var byRace = new RaceEntry[start[races]];
        var fill = (int[])start.Clone();
        for (var k = 0; k < standings.Length; k++)
        {
            var st = standings[k];
            for (var i = 0; i < st.Count; i++) byRace[fill[st.Races[i]]++] = new RaceEntry(k, st.Scores[i], st.Above[i], st.Ties[i]);
        }

        var payouts = new double[entries];
        var ranks = new int[entries];
        for (var r = 0; r < races; r++)
        {
            var slice = byRace.AsSpan(start[r], start[r + 1] - start[r]);
            if (slice.Length == 0) continue;
            outcome.PortfolioPayout[r] = PayoutSplitter.Split(table, slice, payouts, ranks);
            bool cash = false, top = false, win = false;
            for (var i = 0; i < slice.Length; i++)
            {
                var k = slice[i].Entry;
                var paid = payouts[i];
                outcome.Sum[k] += paid;
                outcome.SumSquares[k] += paid * paid;
                if (paid > 0) { outcome.Cash[k]++; cash = true; }
                if (ranks[i] <= top1) { outcome.Top1[k]++; top = true; }
                if (ranks[i] == 1) { outcome.Wins[k]++; win = true; }
            }

            if (cash) outcome.AnyCash++;
            if (top) outcome.AnyTop1++;
            if (win) outcome.AnyWin++;
        }

        return outcome;
    }

    private static (double Mean, double StandardError) MeanAndError(double sum, double sumSquares, int n)
    {
        var mean = sum / n;
        var variance = n > 1 ? Math.Max(0, (sumSquares - n * mean * mean) / (n - 1)) : 0;
        return (mean, Math.Sqrt(variance / n));
    }

    private static UInt128[] Masks(ContestRequest request)
    {
        var (contest, field, simulation) = (request.Contest, request.Field, request.Simulation);
        var drivers = simulation.Drivers;
        if (field.Drivers.Count != drivers.Count || field.Drivers.Where((d, i) => d.Id != drivers[i].Id).Any())
        {
            throw new ArgumentException("The field was drawn for another slate than the simulation's.", nameof(request));
        }

        if (request.Lineups.Count == 0) throw new ContestException(contest.Name, "There are no lineups to enter.");
        if (request.Lineups.Count > contest.MaxEntriesPerUser)
        {
            throw new ContestException(contest.Name, $"{request.Lineups.Count} lineups is more than the {contest.MaxEntriesPerUser:N0} entries one user may submit to this contest.");
        }

        if (field.Entries + request.Lineups.Count > contest.FieldSize)
        {
            throw new ContestException(contest.Name, $"{field.Entries:N0} field entries + {request.Lineups.Count} of yours is more than the contest's {contest.FieldSize:N0} entries.");
        }

        return LineupMasks.Of(request.Lineups, drivers, contest.Rules);
    }

    private static List<DriverLeverage> Leverage(ContestField field, UInt128[] masks) =>
        [.. field.Drivers.Select((d, i) => new DriverLeverage(
            d.Id, d.Name, d.Salary, field.Targets.Percent[i], field.Targets.Estimated[i], field.Ownership[i],
            100.0 * masks.Count(m => ((m >> i) & UInt128.One) != UInt128.Zero) / masks.Length))];

    internal sealed class Outcome(int entries, int races)
    {
        public double[] Sum { get; } = new double[entries];

        public double[] SumSquares { get; } = new double[entries];

        public int[] Cash { get; } = new int[entries];

        public int[] Top1 { get; } = new int[entries];

        public int[] Wins { get; } = new int[entries];

        public double[] PortfolioPayout { get; } = new double[races];

        public int AnyCash { get; set; }

        public int AnyTop1 { get; set; }

        public int AnyWin { get; set; }
    }
}
