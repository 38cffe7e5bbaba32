using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Model;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>What happened in one race, car by car in the race's entry order: the real race, or one simulated race
/// standing in for it (a reference window, <see cref="EvaluationOptions.ReferenceWindows"/>).</summary>
internal sealed record RaceOutcome(
    int[] Start, int[] Finish, int[] LapsLed, int[] FastestLaps, int[] Laps, bool[] Running, float[] Points, double CautionShare, bool LapsLedUsable)
{
    public static RaceOutcome Real(RealRace race, ScoringTable scoring)
    {
        var e = race.Entries;
        return new RaceOutcome(
            [.. e.Select(x => x.Start)], [.. e.Select(x => x.Finish)], [.. e.Select(x => x.LapsLed)], [.. e.Select(x => x.FastestLaps)],
            [.. e.Select(x => x.Laps)], [.. e.Select(x => x.Running)],
            [.. e.Select(x => (float)scoring.Score(new RaceResult(x.Start, x.Finish, x.LapsLed, x.FastestLaps, x.Laps)))],
            CalibrationSet.CautionShare(race), !race.LapsLedExceedLaps);
    }

    /// <summary>Simulated race <paramref name="sim"/> of <paramref name="matrix"/>, whose columns are the race's entries.</summary>
    public static RaceOutcome Simulated(RaceMatrix matrix, int sim, int[] start, int raceLaps)
    {
        var n = start.Length;
        var o = new RaceOutcome(start, new int[n], new int[n], new int[n], new int[n], new bool[n], new float[n], 0, LapsLedUsable: true);
        return o with { CautionShare = o.Fill(matrix, sim, raceLaps) };
    }

    /// <summary>Overwrites this outcome's arrays with simulated race <paramref name="sim"/> (one buffer for every race of a
    /// matrix); returns that race's caution share.</summary>
    public double Fill(RaceMatrix matrix, int sim, int raceLaps)
    {
        var row = sim * matrix.Drivers;
        for (var d = 0; d < Start.Length; d++)
        {
            Finish[d] = matrix.Finish[row + d];
            LapsLed[d] = matrix.LapsLed[row + d];
            FastestLaps[d] = matrix.FastestLaps[row + d];
            Laps[d] = matrix.LapsCompleted[row + d];
            Running[d] = matrix.Status[row + d] == (byte)CarStatus.Running;
            Points[d] = matrix.Points[row + d];
        }

        return matrix.CautionLaps[sim] / (double)raceLaps;
    }
}
