using NascarDfs.Domain.Randomness;

namespace NascarDfs.Simulation.Model;

/// <summary>
/// Runs races in blocks of <see cref="SimulationDefaults.BlockSize"/>, in parallel. Race r always draws from
/// stream r of the seed, so the races are the same whichever thread runs which block.
/// </summary>
internal static class BlockRunner
{
    public static int Blocks(int sims) => (sims + SimulationDefaults.BlockSize - 1) / SimulationDefaults.BlockSize;

    /// <param name="record">Called per race with its index; races of one block come in order on one thread.</param>
    /// <param name="blockDone">Called with the races of each finished block (from any thread).</param>
    public static void Run(
        RaceKernel kernel, int sims, ulong seed, int threads,
        Action<int, RaceScratch> record, Action<int>? blockDone, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, Blocks(sims), options, () => new RaceScratch(kernel.Cars), (block, _, scratch) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = block * SimulationDefaults.BlockSize;
            var end = Math.Min(sims, first + SimulationDefaults.BlockSize);
            for (var sim = first; sim < end; sim++)
            {
                // Each race has its own stream: a race that draws more numbers (a crash, a retry) does not shift
                // the next race's, so refits on the same seed see the same races (common random numbers).
                var rng = new SeededRandom(seed, (ulong)sim);
                kernel.Simulate(ref rng, scratch);
                record(sim, scratch);
            }

            blockDone?.Invoke(end - first);
            return scratch;
        }, _ => { });
    }

    /// <summary>Each car's mean points over <paramref name="sims"/> races, summed block by block in block order so
    /// the result does not depend on the thread count.</summary>
    public static double[] MeanPoints(RaceKernel kernel, int sims, ulong seed, int threads, CancellationToken cancellationToken)
    {
        var n = kernel.Cars;
        var sums = new double[Blocks(sims) * n];
        Run(kernel, sims, seed, threads, (sim, s) =>
        {
            var row = sim / SimulationDefaults.BlockSize * n;
            for (var i = 0; i < n; i++) sums[row + i] += s.Points[i];
        }, null, cancellationToken);
        var means = new double[n];
        for (var b = 0; b < sums.Length; b += n)
        {
            for (var i = 0; i < n; i++) means[i] += sums[b + i];
        }

        for (var i = 0; i < n; i++) means[i] /= sims;
        return means;
    }
}
