using System.Collections.Immutable;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NascarDfs.App.Contests;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Web.Components.Pages.Contests;
using NascarDfs.Contests.Evaluation;

namespace NascarDfs.App.Tests.Web;

/// <summary>bunit: the contest report the Contest page and the Lineups page of a contest or roi job show.</summary>
public sealed class ContestReportViewTests
{
    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    [Fact]
    public async Task Report_RowsSortedByRoi_ClickSortsByIndex_HistogramLeverageAndRatesShown()
    {
        await using var context = NewContext();
        double[] rois = [0.10, 1.50, -0.40];
        var report = new ContestReport(
            new ContestDocument("fanduel", "Test GPP", 5, 100, 3, false, [new PayoutTierDocument(1, 1, 200), new PayoutTierDocument(2, 10, 20)]),
            1_000,
            new ContestFieldSummary(97, 80, "projected", 0.4, 0.75),
            [.. rois.Select((r, i) => new ContestLineupRow(5 * (1 + r), 5 * r, r, r - 0.2, r + 0.2, 0.3, 0.02, 0.01, i))],
            new ContestPortfolioResult(3, 15, 20, 5, 1 / 3.0, 0.1, 0.5, 0.42, 0.6, 0.05, 0.02, 30,
                new ProfitHistogram([-15, 0, 15, 30], [500, 300, 200], -15, -15, 25, 30, 30)),
            [new DriverLeverage("a", "Alpha", 9000, 40, false, 41, 100), new DriverLeverage("b", "Beta", 8000, 30, false, 29.5, 0), new DriverLeverage("c", "Gamma", 3000, 0.2, true, 0.1, 0)]);
        LineupDocument[] lineups = [new(["a", "b"], 17_000, 90), new(["a", "c"], 12_000, 80), new(["b", "c"], 11_000, 70)];

        var view = context.Render<ContestReportView>(p => p.Add(v => v.Report, report).Add(v => v.Lineups, lineups));

        // ROI per lineup, best first (the initial sort), each row naming its drivers.
        var shown = view.FindAll("[data-testid=lineup-roi]").Select(td => double.Parse(td.GetAttribute("data-roi")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(rois.OrderDescending(), shown);
        Assert.Contains("Alpha, Gamma", view.Find("[data-testid=contest-lineups] tbody tr").TextContent, StringComparison.Ordinal);
        // Sorting by # puts them back in entry order.
        view.Find("th .mud-table-sort-label").Click();
        Assert.Equal(["1", "2", "3"], view.FindAll("[data-testid=lineup-index]").Select(td => td.TextContent.Trim()));

        Assert.Contains("ROI 33.3%", view.Find("[data-testid=rate-roi]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Cash 60.0%", view.Find("[data-testid=rate-cash]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Top 1% 5.0%", view.Find("[data-testid=rate-top1]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Win 2.0%", view.Find("[data-testid=rate-win]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["500", "300", "200"], view.FindAll("[data-testid=profit-histogram] rect.bar").Select(b => b.GetAttribute("data-count")));

        // Leverage: drivers the field or the portfolio holds (Gamma at 0.1% of the field and none of yours is left out).
        var rows = view.FindAll("[data-testid=leverage-chart] g.leverage-row");
        Assert.Equal(["Alpha", "Beta"], rows.Select(r => r.GetAttribute("data-driver")));
        Assert.Equal(("41", "100"), (rows[0].GetAttribute("data-field"), rows[0].GetAttribute("data-exposure")));
        Assert.Contains("+59", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("-29.5", rows[1].TextContent, StringComparison.Ordinal);
    }
}
