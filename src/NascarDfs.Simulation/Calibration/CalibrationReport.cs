using System.Globalization;
using System.Text;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Calibration;

/// <summary>Simulates the real races of every track type with given parameters and sets the metrics side by side.</summary>
public static class CalibrationReport
{
    /// <summary>Compares, per type, the real races of <paramref name="log"/> with <paramref name="simulationsPerRace"/>
    /// simulations of each (from its real grid and laps) under <paramref name="parameters"/>.</summary>
    public static IReadOnlyList<CalibrationComparison> Compare(
        RaceLog log, CalibrationParameters parameters, int simulationsPerRace = 20, ulong seed = 7, int minCupRaces = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(simulationsPerRace, 1);
        return Enum.GetValues<TrackType>().Select(type =>
        {
            var races = CalibrationSet.Select(log, type, minCupRaces);
            return new CalibrationComparison(type, CalibrationSet.Real(races), CalibrationSet.Simulate(races, parameters.For(type), simulationsPerRace, seed));
        }).ToList();
    }

    /// <summary>A plain-text table: one block per type, real and simulated columns.</summary>
    public static string Format(IReadOnlyList<CalibrationComparison> comparisons)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        foreach (var row in comparisons)
        {
            text.AppendLine(c, $"{row.Type.ToName()} ({row.Real.Races} races)   real   simulated");
            void Line(string name, double real, double sim, string format) =>
                text.AppendLine(c, $"  {name,-32}{real.ToString(format, c),8}{sim.ToString(format, c),10}");
            Line("caution share of laps", row.Real.CautionShare, row.Simulated.CautionShare, "P1");
            Line("DNF rate", row.Real.DnfRate, row.Simulated.DnfRate, "P1");
            Line("leader's share of laps led", row.Real.LeaderShareOfLapsLed, row.Simulated.LeaderShareOfLapsLed, "P1");
            Line("drivers leading a lap", row.Real.DriversLeading, row.Simulated.DriversLeading, "F1");
            Line("top-3 share of fastest laps", row.Real.Top3ShareOfFastestLaps, row.Simulated.Top3ShareOfFastestLaps, "P1");
            Line("mean |place differential|", row.Real.MeanAbsPlaceDifferential, row.Simulated.MeanAbsPlaceDifferential, "F2");
            Line("running cars lapped", row.Real.LappedRunningShare, row.Simulated.LappedRunningShare, "P1");
        }

        return text.ToString();
    }
}
