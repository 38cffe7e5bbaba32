namespace NascarDfs.Simulation.Calibration;

/// <summary>What the calibration compares between real and simulated races of one track type (means over races).</summary>
/// <param name="Races">Races measured.</param>
/// <param name="CautionShare">Caution laps ÷ laps run (real: 1 − fastest laps ÷ laps, since a fastest lap is a green lap).</param>
/// <param name="DnfRate">Share of starters not running at the end.</param>
/// <param name="LeaderShareOfLapsLed">The top lap leader's laps ÷ all laps led.</param>
/// <param name="DriversLeading">Drivers who led at least one lap.</param>
/// <param name="Top3ShareOfFastestLaps">The three drivers with the most fastest laps: their share of all fastest laps.</param>
/// <param name="MeanAbsPlaceDifferential">Mean |start − finish| over starters.</param>
/// <param name="LappedRunningShare">Share of cars running at the end that finished laps down.</param>
/// <param name="WinnerMostFastestLaps">Share of races whose winner ran the most fastest laps (ties count).</param>
/// <param name="WinnerMostLapsLed">Share of races whose winner led the most laps (ties count).</param>
/// <param name="PoleWins">Share of races won from the pole.</param>
/// <param name="DnfRateSd">Race-to-race standard deviation of the DNF rate.</param>
/// <param name="LeaderShareSd">Race-to-race standard deviation of the top leader's share of laps led.</param>
/// <param name="PlaceDifferentialSd">Race-to-race standard deviation of the mean |place differential|.</param>
/// <param name="CentralCoverage">Share of drivers' real DK points inside the central 80% of their simulated points (races
/// simulated from history projections; real: the nominal share for the number of simulations, 0 when not measured).</param>
/// <param name="FavouritesFarBack">Share of the five drivers with the highest projections who finish outside the top 20
/// (races simulated from history projections; 0 when not measured).</param>
public sealed record CalibrationMetrics(
    int Races,
    double CautionShare,
    double DnfRate,
    double LeaderShareOfLapsLed,
    double DriversLeading,
    double Top3ShareOfFastestLaps,
    double MeanAbsPlaceDifferential,
    double LappedRunningShare,
    double WinnerMostFastestLaps = 0,
    double WinnerMostLapsLed = 0,
    double PoleWins = 0,
    double DnfRateSd = 0,
    double LeaderShareSd = 0,
    double PlaceDifferentialSd = 0,
    double CentralCoverage = 0,
    double FavouritesFarBack = 0);
