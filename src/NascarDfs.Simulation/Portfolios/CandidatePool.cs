using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>
/// The lineups a simulation portfolio chooses from: every race's exact optimum under the request's per-lineup
/// constraints (the optimizer's <see cref="LineupSolver.CreateSearch"/>, one per thread), plus the best lineups by mean
/// (the optimizer's own sequential search on simulated means). Columns are canonical (drivers sorted by ID).
/// </summary>
internal sealed class CandidatePool
{
    private readonly double[] _means;
    private readonly Dictionary<UInt128, int> _frequency;

    private CandidatePool(
        float[][] columns, double[] optimumScores, int[] driverOptimalCounts, List<Candidate> candidates, double[] means, Dictionary<UInt128, int> frequency)
    {
        _means = means;
        _frequency = frequency;
        Columns = columns;
        OptimumScores = optimumScores;
        DriverOptimalCounts = driverOptimalCounts;
        Candidates = candidates;
    }

    /// <summary>Per canonical driver, his points in every race (driver-major, for vectorised lineup sums).</summary>
    public float[][] Columns { get; }

    /// <summary>Per race, the optimal lineup's score (NaN when no lineup satisfies the constraints).</summary>
    public double[] OptimumScores { get; }

    /// <summary>Per canonical driver, races in which he is in the optimal lineup.</summary>
    public int[] DriverOptimalCounts { get; }

    public List<Candidate> Candidates { get; }

    public static CandidatePool Create(
        LineupSolver solver, SimulationResult simulation, SimulationPortfolioRequest request, int[] slateIndexOf, CancellationToken cancellationToken)
    {
        var n = solver.Drivers.Count;
        var sims = simulation.Simulations;
        var columns = Transpose(simulation, slateIndexOf, cancellationToken);
        var masks = new UInt128[sims];
        var scores = new double[sims];
        var options = new ParallelOptions { MaxDegreeOfParallelism = request.Simulation.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, (sims + SimulationDefaults.BlockSize - 1) / SimulationDefaults.BlockSize, options,
            () => (Search: solver.CreateSearch(), Row: new float[n]),
            (block, _, local) =>
            {
                var end = Math.Min(sims, (block + 1) * SimulationDefaults.BlockSize);
                for (var sim = block * SimulationDefaults.BlockSize; sim < end; sim++)
                {
                    var points = simulation.Points(sim);
                    for (var c = 0; c < n; c++) local.Row[c] = points[slateIndexOf[c]];
                    scores[sim] = local.Search.TryFindBest(local.Row, out var lineup, out var score, cancellationToken) ? score : double.NaN;
                    masks[sim] = lineup.Bits;
                }

                return local;
            }, _ => { });

        var means = columns.Select(c => c.Length == 0 ? 0 : c.Average(x => (double)x)).ToArray();
        var frequency = new Dictionary<UInt128, int>();
        var driverCounts = new int[n];
        for (var sim = 0; sim < sims; sim++)
        {
            if (double.IsNaN(scores[sim])) continue;
            frequency[masks[sim]] = frequency.GetValueOrDefault(masks[sim]) + 1;
            foreach (var c in new DriverSet(masks[sim]).Indices()) driverCounts[c]++;
        }

        var byMean = BestByMean(solver, request, means);
        // Best-by-mean lineups first (the sim-mean objective needs them), then the most frequent optima.
        var ordered = byMean.Concat(frequency.OrderByDescending(kv => kv.Value).ThenByDescending(kv => Mean(kv.Key, means))
            .ThenBy(kv => kv.Key).Select(kv => kv.Key));
        var seen = new HashSet<UInt128>();
        var candidates = new List<Candidate>();
        foreach (var mask in ordered)
        {
            if (candidates.Count >= request.MaxCandidates) break;
            if (seen.Add(mask)) candidates.Add(new Candidate(mask, Mean(mask, means), frequency.GetValueOrDefault(mask)));
        }

        return new CandidatePool(columns, scores, driverCounts, candidates, means, frequency);
    }

    /// <summary>
    /// When no candidate may be the next lineup any more: the best lineup by simulated mean that may (the exact search
    /// under every limit, as the projection objective would take it), appended to the pool and to
    /// <paramref name="hits"/>; its index, or null when no lineup satisfies the constraints.
    /// </summary>
    public int? AddBestAllowed(PortfolioLimits limits, HitMatrix hits, CancellationToken cancellationToken)
    {
        if (limits.BestNext(_means, cancellationToken) is not { } lineup) return null;
        Candidates.Add(new Candidate(lineup.Bits, Mean(lineup.Bits, _means), _frequency.GetValueOrDefault(lineup.Bits)));
        var index = hits.Add(lineup.Bits);
        if (index != Candidates.Count - 1) throw new InvalidOperationException("The hit matrix and the pool disagree.");
        return index;
    }

    private static double Mean(UInt128 mask, double[] means)
    {
        var sum = 0.0;
        foreach (var c in new DriverSet(mask).Indices()) sum += means[c];
        return sum;
    }

    /// <summary>The optimizer's sequential best lineups with simulated means as projections, under the request's
    /// per-lineup constraints (exposure and repeat limits belong to the selection, so they are lifted here).</summary>
    private static List<UInt128> BestByMean(LineupSolver solver, SimulationPortfolioRequest request, double[] means)
    {
        if (request.MeanCandidates == 0) return [];
        var meanById = solver.Drivers.Select((d, c) => (d.Id, Mean: means[c])).ToDictionary(x => x.Id, x => x.Mean, StringComparer.Ordinal);
        var slate = request.Portfolio.Slate;
        var drivers = slate.Drivers.Select(d => d with { Projection = meanById[d.Id], MinExposure = null, MaxExposure = null }).ToList();
        var constraints = request.Portfolio.Constraints with
        {
            MinExposure = null,
            MaxExposure = null,
            MaxRepeating = null,
            Exposures = new Dictionary<string, ExposureLimit>(),
        };
        var result = PortfolioOptimizer.Build(new PortfolioRequest(slate with { Drivers = [.. drivers] }, request.MeanCandidates, constraints));
        return result.Lineups.Select(l => solver.SetOf(l.DriverIds).Bits).ToList();
    }

    private static float[][] Transpose(SimulationResult simulation, int[] slateIndexOf, CancellationToken cancellationToken)
    {
        var sims = simulation.Simulations;
        var drivers = simulation.Drivers.Count;
        var matrix = simulation.PointsMatrix.Span;
        var columns = new float[slateIndexOf.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var column = columns[c] = new float[sims];
            var d = slateIndexOf[c];
            for (var sim = 0; sim < sims; sim++) column[sim] = matrix[sim * drivers + d];
        }

        return columns;
    }
}
