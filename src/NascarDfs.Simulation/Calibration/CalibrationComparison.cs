using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Calibration;

/// <summary>Real vs simulated metrics of one track type (the <c>calibrate --report</c> table).</summary>
public sealed record CalibrationComparison(TrackType Type, CalibrationMetrics Real, CalibrationMetrics Simulated);
