namespace NascarDfs.Simulation.Evaluation;

/// <summary>Forecasts whose probability fell in [<paramref name="Lower"/>, <paramref name="Upper"/>) (the last bin includes 1).</summary>
/// <param name="Lower">Lower edge.</param>
/// <param name="Upper">Upper edge.</param>
/// <param name="Cases">Forecasts in the bin.</param>
/// <param name="MeanPredicted">Their mean probability (null when empty).</param>
/// <param name="Observed">The share that came true (null when empty).</param>
public sealed record ReliabilityBin(double Lower, double Upper, int Cases, double? MeanPredicted, double? Observed)
{
    /// <summary>|predicted − observed| (0 when empty).</summary>
    public double Gap => Cases == 0 ? 0 : Math.Abs(MeanPredicted!.Value - Observed!.Value);
}
