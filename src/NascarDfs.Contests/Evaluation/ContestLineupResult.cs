using NascarDfs.Domain.Lineups;

namespace NascarDfs.Contests.Evaluation;

/// <summary>One user entry over the simulated races. Money in dollars; rates and ROI are shares (0.12 = 12%).</summary>
/// <param name="Lineup">The lineup as entered.</param>
/// <param name="ExpectedPayout">Mean payout per race.</param>
/// <param name="ExpectedProfit">Mean payout − entry fee.</param>
/// <param name="Roi">Expected profit ÷ entry fee.</param>
/// <param name="RoiLow">Lower end of ROI's 95% interval (mean ± 1.96 standard errors over races).</param>
/// <param name="RoiHigh">Upper end of ROI's 95% interval.</param>
/// <param name="CashRate">Share of races it wins any prize.</param>
/// <param name="Top1Rate">Share of races it ranks in the top 1% of entries (best tied rank).</param>
/// <param name="WinRate">Share of races it ranks first (ties for first included).</param>
/// <param name="FieldDuplicates">Field entries that are exactly this lineup (in the generated field).</param>
public sealed record ContestLineupResult(
    Lineup Lineup, double ExpectedPayout, double ExpectedProfit, double Roi, double RoiLow, double RoiHigh,
    double CashRate, double Top1Rate, double WinRate, int FieldDuplicates);
