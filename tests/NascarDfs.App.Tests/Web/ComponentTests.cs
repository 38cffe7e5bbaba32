using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NascarDfs.App.Optimize;
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
        var config = form.ToConfig(slate);

        Assert.Equal(("GPP", "draftkings", 5), (config.Name, config.Site, config.Lineups));
        Assert.Equal([driver], config.Constraints.Lock);
        Assert.Equal(60, config.Constraints.MaxExposure);
        Assert.Equal(300, config.Constraints.MaxOwnership);
    }

    [Fact]
    public void OptimizeForm_NoSlate_SaysImportFirst() =>
        Assert.Contains("Import a slate", new OptimizeForm { Name = "x" }.Validate(null)[""], StringComparison.Ordinal);

    private static CurrentSlate Sample() => new(SampleSlate.SalaryFile(), SampleSlate.Projections());
}
