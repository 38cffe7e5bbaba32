using System.Globalization;
using System.Text;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Calibration;

/// <summary>Simulates the real races of every track type with given parameters and sets the metrics side by side.</summary>
public static class CalibrationReport
{
    /// <summary>Compares, per type, the real races of <paramref name="log"/> with <paramref name="simulationsPerRace"/>
    /// simulations of each (from its real grid and laps) under <paramref name="parameters"/>. Races are selected and
    /// weighted as <paramref name="weighting"/> says (cutoff date, recency; default: as the calibrator fits). As in the
    /// fit, races with enough earlier history are simulated from their history projections (strengths fitted to them),
    /// the others (and a type without enough such races: dirt) from the grid.</summary>
    public static IReadOnlyList<CalibrationComparison> Compare(
        RaceLog log, CalibrationParameters parameters, int simulationsPerRace = 20, ulong seed = 7, int minCupRaces = 10, CalibratorOptions? weighting = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(simulationsPerRace, 1);
        weighting ??= new CalibratorOptions();
        return Enum.GetValues<TrackType>().Select(type =>
        {
            var races = CalibrationSet.Select(log, type, minCupRaces, weighting.Before);
            var weights = CalibrationSet.Weights(races, weighting.HalfLifeYears, weighting.PreNextGenWeight);
            var p = parameters.For(type);
            // As the calibrator fits: races with enough history are simulated from their projections, strengths fitted.
            var projected = CalibrationSet.Project(log, races, weighting.Projector, weighting.ProjectionHistoryDays);
            if (races.Count == 0 || projected.Count < weighting.MinProjectedRaces)
                return new CalibrationComparison(type, CalibrationSet.Real(races, weights), CalibrationSet.Simulate(races, p, simulationsPerRace, seed, weights));
            var projectedWeights = CalibrationSet.Weights([.. projected.Select(r => r.Race)], weighting.HalfLifeYears, weighting.PreNextGenWeight, races.Max(r => r.Date));
            CalibrationSet.FitStrengths(projected, p, weighting.FitSimulations, seed, CancellationToken.None);
            var real = CalibrationSet.Real(projected, projectedWeights, simulationsPerRace);
            return new CalibrationComparison(type, real, CalibrationSet.Simulate(projected, p, simulationsPerRace, seed, projectedWeights));
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
            Line("winner ran most fastest laps", row.Real.WinnerMostFastestLaps, row.Simulated.WinnerMostFastestLaps, "P1");
            Line("winner led most laps", row.Real.WinnerMostLapsLed, row.Simulated.WinnerMostLapsLed, "P1");
            Line("pole sitter wins", row.Real.PoleWins, row.Simulated.PoleWins, "P1");
            Line("DNF rate, race-to-race sd", row.Real.DnfRateSd, row.Simulated.DnfRateSd, "P1");
            Line("leader's share, race-to-race sd", row.Real.LeaderShareSd, row.Simulated.LeaderShareSd, "P1");
            Line("|place differential|, race sd", row.Real.PlaceDifferentialSd, row.Simulated.PlaceDifferentialSd, "F2");
            if (row.Real.CentralCoverage > 0) Line("real points in central 80% (nominal)", row.Real.CentralCoverage, row.Simulated.CentralCoverage, "P1");
            if (row.Real.CentralCoverage > 0) Line("projected top 5 finishing 21st+", row.Real.FavouritesFarBack, row.Simulated.FavouritesFarBack, "P1");
        }

        return text.ToString();
    }
}
