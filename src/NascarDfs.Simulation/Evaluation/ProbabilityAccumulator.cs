namespace NascarDfs.Simulation.Evaluation;

/// <summary>Sums of one probability market's scores and its reliability bins (tenths).</summary>
internal sealed class ProbabilityAccumulator(string market)
{
    private const int Bins = 10;
    private readonly int[] _binCases = new int[Bins];
    private readonly double[] _binPredicted = new double[Bins];
    private readonly int[] _binObserved = new int[Bins];
    private int _cases;
    private double _brier, _logLoss, _reference;

    public string Market { get; } = market;

    /// <summary>One forecast <paramref name="p"/> of an event whose know-nothing probability is <paramref name="reference"/>.</summary>
    public void Add(double p, bool outcome, double reference, double floor)
    {
        _cases++;
        _brier += ScoringRules.Brier(p, outcome);
        _logLoss += ScoringRules.LogLoss(p, outcome, floor);
        _reference += ScoringRules.Brier(reference, outcome);
        var bin = Math.Clamp((int)(p * Bins), 0, Bins - 1);
        _binCases[bin]++;
        _binPredicted[bin] += p;
        if (outcome) _binObserved[bin]++;
    }

    public ProbabilityScores ToScores()
    {
        var bins = Enumerable.Range(0, Bins).Select(b => new ReliabilityBin(
            b / (double)Bins, (b + 1) / (double)Bins, _binCases[b],
            _binCases[b] == 0 ? null : Math.Round(_binPredicted[b] / _binCases[b], 4),
            _binCases[b] == 0 ? null : Math.Round(_binObserved[b] / (double)_binCases[b], 4))).ToList();
        double Mean(double sum) => _cases == 0 ? 0 : sum / _cases;
        var skill = _reference > 0 ? 1 - _brier / _reference : 0;
        return new ProbabilityScores(Market, _cases, Math.Round(Mean(_brier), 5), Math.Round(Mean(_logLoss), 5),
            Math.Round(Mean(_reference), 5), Math.Round(skill, 4), bins);
    }
}
