namespace NascarDfs.Contests.Evaluation;

/// <summary>The user's entries together over the simulated races (money in dollars, rates and ROI as shares).</summary>
/// <param name="Entries">User entries.</param>
/// <param name="Fees">What they cost: entries × fee.</param>
/// <param name="ExpectedPayout">Mean total payout per race.</param>
/// <param name="ExpectedProfit">Mean total payout − fees.</param>
/// <param name="Roi">Expected profit ÷ fees.</param>
/// <param name="RoiLow">Lower end of ROI's 95% interval.</param>
/// <param name="RoiHigh">Upper end of ROI's 95% interval.</param>
/// <param name="ProfitProbability">P(profit &gt; 0).</param>
/// <param name="CashRate">Share of races at least one entry cashes.</param>
/// <param name="Top1Rate">Share of races at least one entry finishes in the top 1%.</param>
/// <param name="WinRate">Share of races an entry finishes first.</param>
/// <param name="ProfitStdDev">Standard deviation of profit per race.</param>
/// <param name="ProfitHistogram">The profit distribution.</param>
public sealed record ContestPortfolioResult(
    int Entries, double Fees, double ExpectedPayout, double ExpectedProfit, double Roi, double RoiLow, double RoiHigh,
    double ProfitProbability, double CashRate, double Top1Rate, double WinRate, double ProfitStdDev, ProfitHistogram ProfitHistogram);
