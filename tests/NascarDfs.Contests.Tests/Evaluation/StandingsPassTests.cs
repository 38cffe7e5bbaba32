using NascarDfs.Contests.Evaluation;
using NascarDfs.Domain.Randomness;

namespace NascarDfs.Contests.Tests.Evaluation;

public class StandingsPassTests
{
    [Theory]
    [InlineData(1UL, 1)]
    [InlineData(2UL, 2)]
    [InlineData(3UL, 3)]
    [InlineData(4UL, 1)]
    public void Run_RandomTiesAndDuplicates_MatchesBruteForceCounts(ulong seed, int threads)
    {
        var rng = new SeededRandom(seed, 1);
        const int drivers = 9, roster = 3, races = 150;
        var field = Synthetic.Lineups(ref rng, drivers, roster, 40);
        var counts = field.Select(_ => 1 + rng.NextInt(4)).ToList();
        var probes = Synthetic.Lineups(ref rng, drivers, roster, 12).Concat([field[0], field[1]]).ToArray();
        // Points from {0, 1, 2, 3}: many ties between different lineups.
        var points = Enumerable.Range(0, races * drivers).Select(_ => (float)rng.NextInt(4)).ToArray();
        const int threshold = 25;
        var standings = StandingsPass.Run(Synthetic.Field(Synthetic.Drivers(drivers), field, counts), points, drivers, races, probes, threshold, threads, null, default);

        for (var k = 0; k < probes.Length; k++)
        {
            var at = 0;
            for (var race = 0; race < races; race++)
            {
                var row = points.AsSpan(race * drivers, drivers);
                var score = Synthetic.Score(probes[k], row);
                int above = 0, ties = 0;
                for (var f = 0; f < field.Count; f++)
                {
                    var s = Synthetic.Score(field[f], row);
                    if (s > score) above += counts[f];
                    else if (s == score) ties += counts[f];
                }

                if (above >= threshold) continue;
                Assert.Equal(race, standings[k].Races[at]);
                Assert.Equal((float)score, standings[k].Scores[at]);
                Assert.Equal(above, standings[k].Above[at]);
                Assert.Equal(ties, standings[k].Ties[at]);
                at++;
            }

            Assert.Equal(at, standings[k].Count);
        }
    }
    [Theory]
    [InlineData(5UL, 37)]
    [InlineData(6UL, 1)]
    [InlineData(7UL, 203)]
    public void Run_VectorAndScalarKernels_GiveTheSameStandings(ulong seed, int fieldLineups)
    {
        var rng = new SeededRandom(seed, 1);
        const int drivers = 40, roster = 6, races = 130;
        var field = Synthetic.Lineups(ref rng, drivers, roster, fieldLineups);
        var counts = field.Select(_ => 1 + rng.NextInt(3)).ToList();
        var probes = Synthetic.Lineups(ref rng, drivers, roster, 20).Concat([field[0]]).ToArray();
        // Points in tenths (FanDuel-like): float sums that are not exact, so both kernels must add in the same order.
        var points = Enumerable.Range(0, races * drivers).Select(_ => rng.NextInt(700) / 10f).ToArray();
        var fieldOf = Synthetic.Field(Synthetic.Drivers(drivers), field, counts);
        var vector = StandingsPass.Run(fieldOf, points, drivers, races, probes, 10, 2, null, vectorized: true, default);
        var scalar = StandingsPass.Run(fieldOf, points, drivers, races, probes, 10, 1, null, vectorized: false, default);

        Assert.Equal(probes.Length, vector.Length);
        Assert.Contains(vector, st => st.Count > 0);
        for (var k = 0; k < probes.Length; k++)
        {
            Assert.Equal(scalar[k].Races, vector[k].Races);
            Assert.Equal(scalar[k].Scores, vector[k].Scores);
            Assert.Equal(scalar[k].Above, vector[k].Above);
            Assert.Equal(scalar[k].Ties, vector[k].Ties);
        }
    }
}
