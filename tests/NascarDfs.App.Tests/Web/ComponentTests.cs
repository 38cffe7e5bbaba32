using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Optimize;
using NascarDfs.App.Web.Components.Pages.Lineups;
using NascarDfs.App.Web.Components.Pages.Optimize;
using NascarDfs.App.Web.Components.Shared;
using NascarDfs.App.Web.Slates;
using NascarDfs.Jobs;

namespace NascarDfs.App.Tests.Web;

/// <summary>bunit: the components with logic (state badge, progress) and the Optimize form's validation.</summary>
public sealed class ComponentTests
{
    // MudBlazor's services are only async-disposable, so each test disposes its context asynchronously.
    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    [Theory]
    [InlineData(JobState.Queued, "queued", "#9e9e9e")]
    [InlineData(JobState.Running, "running", "#1e88e5")]
    [InlineData(JobState.Completed, "completed", "#2e7d32")]
    [InlineData(JobState.Failed, "failed", "#c62828")]
    [InlineData(JobState.Cancelled, "cancelled", "#424242")]
    public async Task StateBadge_EachState_TextAndSpecColour(JobState state, string text, string colour)
    {
        await using var context = NewContext();
        var badge = context.Render<StateBadge>(p => p.Add(b => b.State, state));

        var chip = badge.Find("[data-testid=state-badge]");
        Assert.Equal(text, chip.GetAttribute("data-state"));
        Assert.Contains(text, chip.TextContent, StringComparison.Ordinal);
        Assert.Contains($"background:{colour}", chip.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JobState.Running, 42, "Lineup 3 of 7", 42, "42% · Lineup 3 of 7")]
    [InlineData(JobState.Running, 140, null, 100, "100%")]
    [InlineData(JobState.Queued, 0, null, 0, "waiting")]
    [InlineData(JobState.Completed, 60, "x", 100, "done")]
    public async Task JobProgressBar_ClampsAndCaptions(JobState state, int progress, string? message, int percent, string caption)
    {
        await using var context = NewContext();
        var bar = context.Render<JobProgressBar>(p => p.Add(b => b.State, state).Add(b => b.Progress, progress).Add(b => b.Message, message));

        Assert.Equal(percent.ToString(System.Globalization.CultureInfo.InvariantCulture), bar.Find("[data-testid=job-progress]").GetAttribute("data-percent"));
        Assert.Contains(caption, bar.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void OptimizeForm_FieldErrors_BeforeAnyConflictCheck()
    {
        var form = new OptimizeForm { Name = " ", Lineups = 0, MinSalary = 49_000, MaxSalary = 48_000, MaxExposure = 120, MoreConstraints = "{\"grups\": []}" };

        var errors = form.Validate(Sample());

        Assert.Equal(
            ["Lineups", "MaxExposure", "MaxSalary", "MoreConstraints", "Name"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OptimizeForm_InfeasibleConstraints_NameTheConflict()
    {
        var form = new OptimizeForm { Name = "GPP", MaxSalary = 10_000 };

        var errors = form.Validate(Sample());

        Assert.True(errors.ContainsKey(""), string.Join("; ", errors.Values));
    }

    [Fact]
    public void OptimizeForm_Valid_BuildsConfigWithConstraints()
    {
        var slate = Sample();
        var driver = slate.Assemble().Drivers.MaxBy(d => d.Salary)!.Name;
        var form = new OptimizeForm { Name = "GPP", Lineups = 5, MaxExposure = 60, Lock = [driver], MoreConstraints = "{\"maxOwnership\": 300}" };

        Assert.Empty(form.Validate(slate));
        var config = form.Plan!.Args;

        Assert.Equal(("GPP", "draftkings", 5), (config.Name, config.Site.Name, config.Lineups));
        Assert.Equal([driver], config.Constraints.Lock);
        Assert.Equal(60, config.Constraints.MaxExposure);
        Assert.Equal(300, config.Constraints.MaxOwnership);
    }

    [Fact]
    public void OptimizeForm_NoSlate_SaysImportFirst() =>
        Assert.Contains("Import a slate", new OptimizeForm { Name = "x" }.Validate(null)[""], StringComparison.Ordinal);

    [Fact]
    public async Task HistogramChart_OneBarPerBin_HeightsProportionalToCounts_NumbersInItsName()
    {
        await using var context = NewContext();
        int[] counts = [2, 8, 4, 0, 1];
        var chart = context.Render<HistogramChart>(p => p.Add(c => c.Counts, counts).Add(c => c.Min, 100).Add(c => c.Max, 150)
            .Add(c => c.Label, "Lineup 1 simulated points").Add(c => c.Target, 140));

        var bars = chart.FindAll("rect.bar");
        Assert.Equal(counts.Length, bars.Count);
        var heights = bars.Select(b => double.Parse(b.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(HistogramChart.Height, heights[1]);
        for (var i = 0; i < counts.Length; i++) Assert.Equal(HistogramChart.Height * counts[i] / 8, heights[i], 1);
        Assert.Equal(counts.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), bars.Select(b => b.GetAttribute("data-count")));
        var name = chart.Find("svg").GetAttribute("aria-label")!;
        Assert.Contains("5 bins from 100 to 150 points over 15 races", name, StringComparison.Ordinal);
        Assert.Contains("counts 2, 8, 4, 0, 1", name, StringComparison.Ordinal);
        Assert.Contains("target 140", chart.Find("figcaption").TextContent, StringComparison.Ordinal);
        Assert.Single(chart.FindAll("[data-testid=histogram-target]"));
    }

    [Fact]
    public async Task HistogramChart_Empty_NoBarsNoDivisionByZero()
    {
        await using var context = NewContext();
        var chart = context.Render<HistogramChart>(p => p.Add(c => c.Counts, new int[3]));

        Assert.All(chart.FindAll("rect.bar"), b => Assert.Equal("0", b.GetAttribute("height")));
        Assert.Empty(chart.FindAll("[data-testid=histogram-target]"));
    }

    [Fact]
    public async Task ObjectiveFields_RaceFieldsOnlyForSimulationObjectives_ShowTheFormsErrors()
    {
        await using var context = NewContext();
        context.Render<MudBlazor.MudPopoverProvider>();
        var form = new OptimizeForm { Name = "x" };
        var fields = context.Render<ObjectiveFields>(p => p.Add(f => f.Form, form));
        Assert.Empty(fields.FindAll("[data-testid=race-fields]"));
        Assert.Equal(5, fields.FindAll("input[type=radio]").Count);

        form.ChangeObjective(Sample(), Objective.Coverage);
        var errors = form.Validate(Sample());
        fields.Render(p => p.Add(f => f.Form, form).Add(f => f.Errors, errors));

        Assert.Single(fields.FindAll("[data-testid=race-fields]"));
        Assert.Contains("Give a track or a track type.", fields.Markup, StringComparison.Ordinal);
        Assert.Contains("default: 90% of the median simulated optimal score", fields.Markup, StringComparison.Ordinal);

        form.ChangeObjective(Sample(), Objective.Projection);
        fields.Render(p => p.Add(f => f.Form, form).Add(f => f.Errors, new Dictionary<string, string>()));
        Assert.Empty(fields.FindAll("[data-testid=race-fields]"));
    }

    [Fact]
    public void OptimizeForm_SimulationObjective_ValidatesTheRace()
    {
        var form = new OptimizeForm { Name = "GPP", Objective = Objective.Coverage, Laps = 0, Sims = 0, Target = -1, RaceDate = "yesterday" };

        Assert.Equal(["Laps", "RaceDate", "Sims", "Target", "Track"], form.Validate(Sample()).Keys.Order(StringComparer.Ordinal));
        form.Track = "Talladega-ish Raceway";
        Assert.Contains("not in the track table", form.Validate(Sample())["Track"], StringComparison.Ordinal);
        form.Track = null;
        form.TrackType = "oval";
        Assert.True(form.Validate(Sample()).ContainsKey("TrackType"));
        // Projection ignores the race fields.
        form.Objective = Objective.Projection;
        Assert.Empty(form.Validate(Sample()));
    }

    [Fact]
    public void OptimizeForm_CoverageOnTalladega_ConfigCarriesTheRace_SimulationConfigToo()
    {
        var slate = Sample();
        var form = new OptimizeForm { Lineups = 5 };
        form.ChangeObjective(slate, Objective.Projection);
        Assert.EndsWith(" projection", form.Name, StringComparison.Ordinal);
        form.ChangeObjective(slate, Objective.Coverage);
        Assert.EndsWith(" coverage", form.Name, StringComparison.Ordinal);
        form.Track = "talladega";
        form.Laps = 188;
        form.Sims = 1000;
        form.RaceDate = "2025-04-27";

        Assert.Empty(form.Validate(slate));
        var config = form.Plan!.Args;
        Assert.Equal((Objective.Coverage, 1000, (double?)null), (config.Objective, config.Sims, config.Target));
        Assert.Equal(new RaceConfig("talladega", null, 188, new DateOnly(2025, 4, 27)), config.Race);
        Assert.NotEqual(0UL, config.Seed); // drawn once, stored

        Assert.Empty(form.ValidateSimulation(slate));
        var simulation = form.SimulationPlan!.Args;
        Assert.EndsWith(" simulation", simulation.Name, StringComparison.Ordinal);
        Assert.Equal(config.Race, simulation.Race);

        // A name the user typed stays when the objective changes.
        form.Name = "Talladega GPP";
        form.ChangeObjective(slate, Objective.Target);
        Assert.Equal("Talladega GPP", form.Name);
    }

    [Fact]
    public void Check_SimulationObjectiveWithoutRace_OrTooManySims_SaysWhy()
    {
        var args = SampleArgs.Optimize("GPP");

        Assert.Contains("simulates the race", Assert.Single(OptimizeService.Check(args with { Objective = Objective.Coverage, Race = null }).Problems), StringComparison.Ordinal);
        var race = new RaceConfig(null, "superspeedway", 188, null);
        Assert.NotNull(OptimizeService.Check(args with { Objective = Objective.Coverage, Race = race, Sims = 1000 }).Plan);
        Assert.Contains("between 1 and", Assert.Single(OptimizeService.Check(args with { Objective = Objective.Coverage, Race = race, Sims = 0 }).Problems), StringComparison.Ordinal);
        Assert.Contains("between 1 and", Assert.Single(OptimizeService.Check(args with { Objective = Objective.Coverage, Race = race, Sims = NascarDfs.Domain.Limits.InputLimits.SimulationsPerRequest + 1 }).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DriverDistributions_BestMeanFirst_SelectedDriversHistogram_CoverageSummary()
    {
        await using var context = NewContext();
        var view = new SimulationReport("coverage", "Superspeedway", "Talladega Superspeedway", 188, 1000, 7, 0.98, 310, 344.4, 0.094, 500, [],
            [Driver("a", "Low Driver", 12.5), Driver("b", "High Driver", 51.5)],
            [new ScoreHistogram(-5, 40, [1, 2, 3]), new ScoreHistogram(0, 120, [4, 5, 6, 7])]);

        var table = context.Render<DriverDistributions>(p => p.Add(d => d.Simulation, view));

        Assert.Equal(["High Driver", "Low Driver"], table.FindAll("[data-testid=driver-row] button").Select(b => b.TextContent.Trim()));
        Assert.Equal(4, table.FindAll("[data-testid=driver-histogram] rect").Count);
        table.FindAll("[data-testid=driver-row] button")[1].Click();
        Assert.Equal(3, table.FindAll("[data-testid=driver-histogram] rect").Count);
        Assert.StartsWith("Low Driver simulated points", table.Find("[data-testid=driver-histogram] svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("20.9%", table.Markup, StringComparison.Ordinal); // win probability as a percentage

        var summary = context.Render<SimulationSummary>(p => p.Add(s => s.Simulation, view));
        Assert.Contains("9.4%", summary.Find("[data-testid=sim-coverage]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Talladega Superspeedway (Superspeedway), 188 laps", summary.Markup, StringComparison.Ordinal);
    }

    private static DriverSummaryDocument Driver(string id, string name, double mean) =>
        new(id, name, 9000, 10, mean, 10, mean - 10, mean, mean + 10, mean + 20, 0.209, 0.5, 0.7, 12, 8, 0.3);

    private static CurrentSlate Sample() => new(SampleSlate.SalaryFile(), SampleSlate.Projections());
}
