using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NascarDfs.App.Optimize;
using NascarDfs.App.Web.Components.Pages.Optimize;
using NascarDfs.App.Web.Slates;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13, constraints without JSON: the Optimize form's group and start-range rows, their live problems (the portfolio
/// rules' own sentences), and the JSON advanced view kept in sync both ways, per-driver exposures included.
/// </summary>
public sealed class ConstraintFormTests
{
    private static CurrentSlate Sample() => new(SampleSlate.SalaryFile(), SampleSlate.Projections());

    [Fact]
    public void GroupRow_ReachesTheJson_AndThePlansConstraints()
    {
        var slate = Sample();
        var form = new OptimizeForm { Name = "GPP", Lineups = 3 };
        form.Groups.Add(new GroupRow { Name = "Top", Drivers = ["Kyle Larson", "Christopher Bell"], AtMost = 1 });
        form.StartRanges.Add(new StartRangeRow { From = 1, To = 10, AtLeast = 2 });

        form.WriteJson(slate);

        Assert.Contains("\"atMost\": 1", form.MoreConstraints, StringComparison.Ordinal);
        Assert.Contains("\"from\": 1", form.MoreConstraints, StringComparison.Ordinal);
        Assert.DoesNotContain("null", form.MoreConstraints, StringComparison.Ordinal);
        Assert.Empty(form.Validate(slate));
        var c = form.Plan!.Args.Constraints;
        var group = Assert.Single(c.Groups);
        Assert.Equal(("Top", 1, (int?)null), (group.Name, group.AtMost!.Value, group.AtLeast));
        Assert.Equal(["Kyle Larson", "Christopher Bell"], group.Drivers);
        Assert.Equal(new NascarDfs.Optimization.Portfolio.StartRange(1, 10, 2), Assert.Single(c.StartRanges));
    }

    [Fact]
    public void Json_FillsTheRows_DriversByName_ExposuresById()
    {
        var slate = Sample();
        var larson = slate.Salary.Drivers.Single(d => d.Name == "Kyle Larson").Id;
        var form = new OptimizeForm();

        var problem = form.ApplyJson(
            """{"groups": [{"name": "G", "drivers": [ID, "Ty Gibbs"], "atLeast": 1}], "startRanges": [{"from": 20, "to": 38, "atMost": 2}], "exposures": {"Ty Gibbs": {"max": 30}}}""".Replace("ID", $"\"{larson}\"", StringComparison.Ordinal),
            slate, out var exposures);

        Assert.Null(problem);
        var row = Assert.Single(form.Groups);
        Assert.Equal(["Kyle Larson", "Ty Gibbs"], row.Drivers);
        Assert.Equal((20, 38, 2), (form.StartRanges[0].From!.Value, form.StartRanges[0].To!.Value, form.StartRanges[0].AtMost!.Value));
        var gibbs = slate.Salary.Drivers.Single(d => d.Name == "Ty Gibbs").Id;
        Assert.Equal(30, exposures[gibbs].Max);
    }

    [Fact]
    public void WriteJson_ShowsTheSlatesPerDriverExposures_AndKeepsOtherFields()
    {
        var slate = Sample();
        var larson = CurrentSlateStore.Edit(slate.Assemble().Drivers.Single(d => d.Name == "Kyle Larson"));
        var rows = slate.Assemble().Drivers.Select((d, i) =>
        {
            var e = d.Id == larson.Id ? larson with { MinExposure = 20, MaxExposure = 40 } : CurrentSlateStore.Edit(d);
            return new NascarDfs.Domain.Slates.ProjectionRow(i + 2, d.Id, d.Name, e.Projection, e.Start, e.StdDev, null, e.Ownership, e.MinExposure, e.MaxExposure, false, false, false);
        });
        slate = slate with { Projections = new NascarDfs.Domain.Slates.ProjectionFile("p.csv", [.. rows]) };
        var form = new OptimizeForm { MoreConstraints = """{"maxOwnership": 300}""" };

        form.WriteJson(slate);

        Assert.Contains("\"maxOwnership\": 300", form.MoreConstraints, StringComparison.Ordinal);
        Assert.Contains("\"Kyle Larson\": {", form.MoreConstraints, StringComparison.Ordinal);
        Assert.Contains("\"min\": 20", form.MoreConstraints, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"groups": [{"name": "G", "drivers": ["Nobody"], "atMost": 1}]}""", "No driver 'Nobody'")]
    [InlineData("""{"exposures": {"Ty Gibbs": {"min": 150}}}""", "exposures, Ty Gibbs: Min % must be from 0 to 100 (not 150)")]
    [InlineData("""{"exposures": {"Ty Gibbs": {"min": 60, "max": 20}}}""", "Max % 20 is below this driver's Min % 60")]
    [InlineData("""{"groups": [""", "Not a constraints object")]
    public void BadJson_RefusedWithASentence_RowsKept(string json, string expected)
    {
        var form = new OptimizeForm();
        form.Groups.Add(new GroupRow { Name = "kept", Drivers = ["Ty Gibbs"], AtMost = 1 });

        var problem = form.ApplyJson(json, Sample(), out _);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Equal("kept", Assert.Single(form.Groups).Name);
        Assert.Equal(json, form.MoreConstraints);
    }

    [Fact]
    public void RowProblems_AreTheRulesSentences_OnTheirRow_AndBlockTheSubmit()
    {
        var slate = Sample();
        var form = new OptimizeForm { Name = "GPP" };
        form.Groups.Add(new GroupRow { Name = "Fine", Drivers = ["Ty Gibbs", "Kyle Busch"], AtMost = 1 });
        form.Groups.Add(new GroupRow { Name = "Backwards", Drivers = ["Ty Gibbs", "Kyle Busch"], AtLeast = 2, AtMost = 1 });
        form.StartRanges.Add(new StartRangeRow { From = 20, To = 5, AtLeast = 1 });
        form.StartRanges.Add(new StartRangeRow { From = 3 });
        form.WriteJson(slate);

        var problems = form.RowProblems(slate);

        Assert.Equal([OptimizeForm.GroupKey(1), OptimizeForm.RangeKey(0), OptimizeForm.RangeKey(1)], problems.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Group 'Backwards' asks for at least 2 but at most 1 drivers.", problems[OptimizeForm.GroupKey(1)]);
        Assert.Contains("Start range 20–5 is empty (from is after to).", problems[OptimizeForm.RangeKey(0)]);
        Assert.Contains("last starting position", Assert.Single(problems[OptimizeForm.RangeKey(1)]), StringComparison.Ordinal);
        var errors = form.Validate(slate);
        Assert.True(errors.ContainsKey(OptimizeForm.GroupKey(1)));
        Assert.Null(form.Plan);
    }

    [Theory]
    [InlineData("abc", 0, "is not a number")]
    [InlineData("1.5", 0, "takes a whole number")]
    [InlineData("-1", 0, "must be 0 or more (not -1)")]
    [InlineData("0", 1, "must be 1 or more (not 0)")]
    public void WholeNumbers_RefuseWithAReason(string text, int min, string reason)
    {
        Assert.False(WholeNumbers.TryParse(text, min, "At least", out var value, out var error));
        Assert.Null(value);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConstraintEditors_ShowEachRowsProblemUnderIt_AndAHintForAGroupThatChangesNothing()
    {
        await using var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Render<MudBlazor.MudPopoverProvider>();
        var slate = Sample().Assemble();
        var form = new OptimizeForm();
        form.Groups.Add(new GroupRow { Name = "Backwards", Drivers = ["Ty Gibbs", "Kyle Busch"], AtLeast = 2, AtMost = 1 });
        form.Groups.Add(new GroupRow { Name = "Idle", Drivers = ["Ty Gibbs"] });
        form.StartRanges.Add(new StartRangeRow { From = 1, To = 3, AtLeast = 4 });

        var editors = context.Render<ConstraintEditors>(p => p.Add(e => e.Form, form).Add(e => e.Slate, slate).Add(e => e.Drivers, [.. slate.Drivers.Select(d => d.Name)]));

        Assert.Contains("Group 'Backwards' asks for at least 2 but at most 1 drivers.", Assert.Single(editors.FindAll("[data-testid=group-problem]")).TextContent, StringComparison.Ordinal);
        Assert.Contains("until then the group changes nothing", Assert.Single(editors.FindAll("[data-testid=group-hint]")).TextContent, StringComparison.Ordinal);
        Assert.Contains("Start range 1–3 needs at least 4 drivers, but only 3 available drivers start there.", editors.Find("[data-testid=range-problem]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, editors.FindAll("[data-testid=group-row]").Count);
    }

    [Fact]
    public void DriverValue_IsPointsPerThousandDollars() =>
        Assert.Equal(4.5, DriverFields.Value(new NascarDfs.Domain.Slates.Driver("1", "A", 10_000, 45)), 6);
}
