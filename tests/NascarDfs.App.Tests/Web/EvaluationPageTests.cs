using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NascarDfs.App.Evaluate;
using NascarDfs.App.Web.Components.Pages.Evaluations;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Web;

/// <summary>bunit: the Evaluation page shows a real evaluate job's report (read back as stored): tables, PIT and reliability charts.</summary>
public sealed class EvaluationPageTests
{
    private static readonly Lazy<string> Logs = new(() => File.ReadAllText(TestData.RaceLogs));

    internal static EvaluateArgs SmallArgs() => new()
    {
        Name = "Phoenix spring 2024",
        LogsFileName = "race-logs.csv",
        Logs = Logs.Value,
        From = new DateOnly(2024, 3, 10),
        To = new DateOnly(2024, 3, 10),
        Sims = 200,
        Seed = 5,
        CommittedCalibration = true,
    };

    [Fact]
    public async Task ReportView_ShowsTheStoredReport_TablesAndCharts()
    {
        var args = EvaluateService.Codec.ReadArgs(EvaluateService.Codec.WriteArgs(SmallArgs()));
        Assert.Empty(EvaluateService.Check(args));
        var stored = EvaluateService.Codec.WriteResult(EvaluateRunner.Run(args));
        var report = EvaluateService.Codec.ReadResult(stored).Report; // the page reads what the job stored

        await using var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var view = context.Render<EvaluationReportView>(p => p.Add(v => v.Report, report));

        var summary = view.Find("[data-testid=evaluation-summary]").TextContent;
        Assert.Contains("1 Cup points races from 2024-03-10 to 2024-03-10", summary);
        // The projector's weights as fitted before the window, through the stored document.
        var fitted = NascarDfs.Simulation.Projections.HistoryProjector.FitGrid(
            NascarDfs.Simulation.RaceLogs.RaceLog.Read(new StringReader(args.Logs), "race-logs.csv"), args.From)
            .HistoryWeightsFor(NascarDfs.Simulation.Tracks.TrackType.RoadCourse);
        Assert.Equal(fitted, report.HistoryWeights["road-course"]);
        Assert.Contains(FormattableString.Invariant($"road-course {fitted.SameType:0.##}/{fitted.SameTrack:0.##}"), summary);
        var rows = view.FindAll("[data-testid=evaluation-distributions] tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains("overall") && r.TextContent.Contains(report.Overall.Model.Cases.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        var pit = view.FindAll("[data-testid=pit-chart] svg");
        Assert.NotEmpty(pit);
        Assert.Contains("decile 1", pit[0].GetAttribute("aria-label"));
        Assert.Equal(10, view.FindAll("[data-testid=pit-chart]")[0].QuerySelectorAll("rect").Length);
        var reliability = view.FindAll("[data-testid=reliability-chart] svg");
        Assert.Equal(3, reliability.Count); // win, top 5, top 10
        Assert.Contains("Reliability of P(top10)", reliability[2].GetAttribute("aria-label"));
        Assert.Equal(report.Overall.Probability("top10").Reliability.Count(b => b.Cases > 0), reliability[2].QuerySelectorAll("circle").Length);
        Assert.Equal(10, view.FindAll("[data-testid=reliability-win] tbody tr").Count);
        Assert.NotEmpty(view.FindAll("[data-testid=evaluation-race-level] tbody tr"));
        Assert.NotEmpty(view.FindAll("[data-testid=evaluation-facts] tbody tr"));
        Assert.NotEmpty(view.FindAll("[data-testid=evaluation-metrics] tbody tr"));
        // The misses: every starter outside his simulated p10–p90, furthest first, names and numbers from the report's rows.
        var outside = report.Races.Single().Drivers.Where(d => d.RealPoints < d.SimP10 || d.RealPoints > d.SimP90).OrderByDescending(d => Math.Abs(d.Pit - 0.5)).ToList();
        Assert.NotEmpty(outside);
        var misses = view.FindAll("[data-testid=evaluation-misses] tbody tr");
        Assert.Equal(Math.Min(EvaluationReportView.MaxMisses, outside.Count), misses.Count);
        Assert.Contains(outside[0].Name, misses[0].TextContent);
        Assert.Contains(outside[0].RealPoints.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), misses[0].TextContent);
    }

    [Fact]
    public void Check_AWindowWithoutRaces_IsASentence()
    {
        var problems = EvaluateService.Check(SmallArgs() with { From = new DateOnly(2030, 1, 1), To = null });
        Assert.Equal("race-logs.csv has no Cup points race from 2030-01-01.", Assert.Single(problems));
    }
}
