using NascarDfs.Simulation.Evaluation;

namespace NascarDfs.Simulation.Tests.Evaluation;

/// <summary>The race-level numbers of a four-car race worked out by hand.</summary>
public sealed class RaceFactsTests
{
    [Fact]
    public void Compute_FourCars()
    {
        // Car 0 started 3rd and won, car 1 (pole) led most and ran most fastest laps, car 3 crashed out.
        int[] start = [3, 1, 2, 4], finish = [1, 2, 3, 4], led = [10, 80, 10, 0], fastest = [20, 30, 10, 0], laps = [100, 100, 99, 40];
        bool[] running = [true, true, true, false];
        float[] points = [50, 60, 30, 5];
        var q = new double[3];
        var f = new double[5];
        var m = new double[7];
        RaceFacts.Compute(start, finish, led, fastest, laps, running, points, 0.2, true, q, f, m);

        Assert.Equal([50, 60, 145], q); // winner, top score, sum of the (only four) scores
        Assert.Equal([0, 0, 0, 0, 1], f); // winner led most, had most fastest, top scorer, pole won, started top 5
        Assert.Equal(0.2, m[0]);
        Assert.Equal(0.25, m[1]); // 1 of 4 out
        Assert.Equal(0.8, m[2]); // 80 of 100 laps led
        Assert.Equal(3, m[3]); // three leaders
        Assert.Equal(1, m[4]); // three cars ran all 60 fastest laps
        Assert.Equal((2 + 1 + 1 + 0) / 4.0, m[5]);
        Assert.Equal(1 / 3.0, m[6], 12); // of three running cars, one a lap down
    }

    [Fact]
    public void Compute_LapsLedUnusable_LeavesLapsLedFactsUndefined()
    {
        int[] start = [1, 2], finish = [1, 2], led = [90, 20], fastest = [5, 5], laps = [100, 100];
        bool[] running = [true, true];
        float[] points = [60, 40];
        var q = new double[3];
        var f = new double[5];
        var m = new double[7];
        RaceFacts.Compute(start, finish, led, fastest, laps, running, points, 0, false, q, f, m);

        Assert.True(double.IsNaN(f[0]));
        Assert.True(double.IsNaN(m[2]));
        Assert.True(double.IsNaN(m[3]));
        Assert.Equal(1, f[1]); // a tie for most fastest laps counts for the winner
        Assert.Equal(1, f[3]);
    }
}
