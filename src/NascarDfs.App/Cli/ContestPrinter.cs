using System.Globalization;
using NascarDfs.App.Contests;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.Domain.Slates;
using Spectre.Console;

namespace NascarDfs.App.Cli;

/// <summary>Prints a contest simulation (<c>contest</c>, <c>optimize --objective roi</c>): per lineup by ROI, the
/// portfolio, and per driver the field's ownership against the portfolio's exposure.</summary>
internal static class ContestPrinter
{
    public static void Print(ContestReport report, IReadOnlyList<LineupDocument> lineups, Slate slate, IReadOnlyList<string> warnings)
    {
        static string P(double x) => (100 * x).ToString("F1", CultureInfo.InvariantCulture) + "%";
        static string M(double x) => x.ToString("$#,0.00;-$#,0.00", CultureInfo.InvariantCulture);
        var c = report.Contest;
        AnsiConsole.MarkupLine(Markup.Escape($"{c.Name}{(c.Example ? " (an example contest)" : "")}: {c.FieldSize:N0} entries, ${c.EntryFee} entry, "
            + $"{c.Payouts[^1].To:N0} paid; field {report.Field.Entries:N0} entries ({report.Field.Distinct:N0} distinct, ownership {report.Field.Ownership}), {report.Simulations:N0} races"));
        foreach (var warning in warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
        var table = new Table().AddColumns("#", "Lineup", "Salary", "Exp. payout", "Exp. profit", "ROI", "ROI 95%", "Cash", "Top 1%", "Win", "Dupes");
        foreach (var (row, i) in report.Lineups.Select((r, i) => (r, i)).OrderByDescending(x => x.r.Roi))
        {
            var lineup = lineups[i];
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", lineup.DriverIds.Select(id => slate.FindById(id)?.Name ?? id))),
                lineup.Salary.ToString("N0", CultureInfo.InvariantCulture), M(row.ExpectedPayout), M(row.ExpectedProfit), P(row.Roi), $"{P(row.RoiLow)} … {P(row.RoiHigh)}",
                P(row.CashRate), P(row.Top1Rate), P(row.WinRate), row.FieldDuplicates.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        var p = report.Portfolio;
        AnsiConsole.MarkupLine(Markup.Escape($"Portfolio: {p.Entries} entries, fees {M(p.Fees)}, expected payout {M(p.ExpectedPayout)}, expected profit {M(p.ExpectedProfit)}, "
            + $"ROI {P(p.Roi)} (95% {P(p.RoiLow)} … {P(p.RoiHigh)}), P(profit > 0) {P(p.ProfitProbability)}, cash {P(p.CashRate)}, top 1% {P(p.Top1Rate)}, win {P(p.WinRate)}; "
            + $"profit p5 {M(p.ProfitHistogram.P5)}, median {M(p.ProfitHistogram.P50)}, p95 {M(p.ProfitHistogram.P95)}, max {M(p.ProfitHistogram.Max)}"));
        var leverage = new Table().AddColumns("Driver", "Salary", "Projected own", "Field own", "Your exposure", "Leverage");
        foreach (var d in report.Drivers.Where(d => d.Exposure > 0 || d.FieldOwnership >= 1).OrderByDescending(d => Math.Abs(d.Leverage)))
        {
            string F(double x) => x.ToString("F1", CultureInfo.InvariantCulture);
            leverage.AddRow(Markup.Escape(d.Name), d.Salary.ToString("N0", CultureInfo.InvariantCulture), F(d.ProjectedOwnership) + (d.Estimated ? " (est.)" : ""),
                F(d.FieldOwnership), F(d.Exposure), (d.Leverage >= 0 ? "+" : "") + F(d.Leverage));
        }

        AnsiConsole.Write(leverage);
    }
}
