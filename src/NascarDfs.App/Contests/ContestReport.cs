using NascarDfs.Contests.Evaluation;

namespace NascarDfs.App.Contests;

/// <summary>
/// A portfolio's contest simulation as jobs store it and the Contest and Lineups pages read it (SPEC §10 outputs):
/// the contest, the field, per lineup (in the order of the job's lineups), the portfolio with its profit histogram,
/// and per driver the field's ownership against the portfolio's exposure. Money in dollars; rates and ROI are shares.
/// </summary>
public sealed record ContestReport(
    ContestDocument Contest,
    int Simulations,
    ContestFieldSummary Field,
    IReadOnlyList<ContestLineupRow> Lineups,
    ContestPortfolioResult Portfolio,
    IReadOnlyList<DriverLeverage> Drivers)
{
    internal static ContestReport From(ContestResult result) => new(
        ContestDocument.From(result.Contest),
        result.Simulations,
        new ContestFieldSummary(result.FieldEntries, result.Field.Distinct, result.Field.Targets.Source.ToString().ToLowerInvariant(),
            result.Field.MaxOwnershipError, result.Field.ShareAtMinSalaryUse),
        [.. result.Lineups.Select(l => new ContestLineupRow(l.ExpectedPayout, l.ExpectedProfit, l.Roi, l.RoiLow, l.RoiHigh, l.CashRate, l.Top1Rate, l.WinRate, l.FieldDuplicates))],
        result.Portfolio,
        result.Drivers);
}

/// <summary>The generated field: entries, distinct lineups, where its ownership came from (<c>projected</c> or
/// <c>estimated</c>), its largest ownership miss in points, and the share of entries at the minimum salary use.</summary>
public sealed record ContestFieldSummary(int Entries, int Distinct, string Ownership, double MaxOwnershipError, double ShareAtMinSalaryUse);

/// <summary>One entry's contest figures (the lineup itself is the job's lineup at the same index).</summary>
public sealed record ContestLineupRow(
    double ExpectedPayout, double ExpectedProfit, double Roi, double RoiLow, double RoiHigh, double CashRate, double Top1Rate, double WinRate, int FieldDuplicates);
