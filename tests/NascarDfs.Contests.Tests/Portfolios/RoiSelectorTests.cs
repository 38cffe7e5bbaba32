using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Payouts;
using NascarDfs.Contests.Portfolios;
using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Tests.Portfolios;

public class RoiSelectorTests
{
    private const int Drivers = 8, Roster = 3, Races = 300;

    private static readonly Contest Gpp = Contest.Create(Site.FanDuel, "tiny gpp", 5m, 60, 10,
        [new PayoutTier(1, 1, 80), new PayoutTier(2, 2, 40), new PayoutTier(3, 5, 20), new PayoutTier(6, 12, 8)]);

    [Theory]
    [InlineData(11UL)]
    [InlineData(12UL)]
    [InlineData(13UL)]
    [InlineData(14UL)]
    [InlineData(15UL)]
    public void Select_TinyUnconstrained_AtLeastOneMinusOneOverETimesBruteForce(ulong seed)
    {
        var (standings, candidates, table) = Instance(seed);
        for (var n = 1; n <= 3; n++)
        {
            var best = BestSubset(standings, table, candidates.Length, n);
            foreach (var lazy in new[] { true, false })
            {
                var chosen = new RoiSelector(standings, table, Races).Select(candidates, new NoLimits(n), lazy, default);
                Assert.Equal(n, chosen.Count);
                var value = Value(standings, table, chosen);
                if (n == 1) Assert.Equal(best, value, 9); // exact for one lineup
                Assert.True(value >= (1 - 1 / Math.E) * best - 1e-9, $"n={n} lazy={lazy}: greedy {value:F3} vs best {best:F3}");
            }
        }
    }

    [Fact]
    public void Marginal_OfAChosenSet_IsWhatTheContestPays()
    {
        var (standings, candidates, table) = Instance(21);
        var selector = new RoiSelector(standings, table, Races);
        var chosen = new List<int>();
        foreach (var k in new[] { 3, 0, 7, 5 })
        {
            var before = Value(standings, table, chosen);
            var marginal = selector.Marginal(k);
            selector.Add(k);
            chosen.Add(k);
            Assert.Equal(Value(standings, table, chosen) - before, marginal, 9);
            Assert.Equal(Value(standings, table, chosen), selector.ExpectedPayout, 9);
        }

        _ = candidates;
    }

    private static (Standing[] Standings, UInt128[] Candidates, PayoutTable Table) Instance(ulong seed)
    {
        var rng = new SeededRandom(seed, 3);
        var field = Synthetic.Lineups(ref rng, Drivers, Roster, 30);
        var counts = field.Select(_ => 1 + rng.NextInt(2)).ToList();
        var candidates = Synthetic.Lineups(ref rng, Drivers, Roster, 10).ToArray();
        var points = Enumerable.Range(0, Races * Drivers).Select(_ => (float)rng.NextInt(6)).ToArray();
        var table = new PayoutTable(Gpp);
        var standings = StandingsPass.Run(Synthetic.Field(Synthetic.Drivers(Drivers), field, counts), points, Drivers, Races, candidates, table.PaidPlaces, 2, null, default);
        return (standings, candidates, table);
    }

    private static double Value(Standing[] standings, PayoutTable table, List<int> chosen)
    {
        if (chosen.Count == 0) return 0;
        var outcome = ContestSimulator.Tally(table, [.. chosen.Select(k => standings[k])], Races, chosen.Count, 1);
        return outcome.PortfolioPayout.Sum() / Races;
    }

    private static double BestSubset(Standing[] standings, PayoutTable table, int candidates, int n)
    {
        var best = 0.0;
        void Recurse(int start, List<int> chosen)
        {
            if (chosen.Count == n)
            {
                best = Math.Max(best, Value(standings, table, chosen));
                return;
            }

            for (var k = start; k < candidates; k++)
            {
                chosen.Add(k);
                Recurse(k + 1, chosen);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        Recurse(0, []);
        return best;
    }

    private sealed class NoLimits(int lineups) : IRoiLimits
    {
        private readonly HashSet<UInt128> _chosen = [];

        public int Lineups => lineups;

        public UInt128 Required() => 0;

        public bool Blocked(UInt128 mask) => _chosen.Contains(mask);

        public void Accept(UInt128 mask) => _chosen.Add(mask);
    }
}
