using System.Text.Json;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Evaluation;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Testing;

namespace NascarDfs.Simulation.Tests.Evaluation;

/// <summary>
/// Reference windows on the real logs (spring 2024, committed parameters, 300 simulations): the model scored against
/// races drawn from itself. They must leave the model's own scores untouched and behave as a perfect model does.
/// </summary>
public class ReferenceWindowsTests
{
    private const int Windows = 20;

    private static readonly Lazy<RaceLog> Log = new(() => RaceLog.Read(TestData.RaceLogs));

    private static readonly EvaluationOptions Options = new(new DateOnly(2024, 2, 20))
    {
        To = new DateOnly(2024, 4, 30),
        Simulations = 300,
        Calibration = CalibrationParameters.Default,
        FitGrid = false,
    };

    private static readonly Lazy<EvaluationReport> Plain = new(() => RaceEvaluator.Run(Log.Value, Options));

    private static readonly Lazy<EvaluationReport> WithReference = new(() => RaceEvaluator.Run(Log.Value, Options with { ReferenceWindows = Windows }));

    [Fact]
    public void TheModelsOwnScores_AreTheSameWithOrWithoutThem()
    {
        var (plain, reference) = (Plain.Value, WithReference.Value);
        Assert.Equal(Json(plain.Overall), Json(reference.Overall));
        Assert.Equal(Json(plain.ByType), Json(reference.ByType));
        Assert.Equal(Json(plain.Races), Json(reference.Races));
        Assert.Equal(plain.Bars.Select(b => (b.Name, b.Section, b.Value, b.Met)), reference.Bars.Select(b => (b.Name, b.Section, b.Value, b.Met)));
        Assert.All(plain.Bars, b => Assert.Null(b.ReferenceMet));
        Assert.Equal(0, plain.ReferenceWindows);
    }

    [Fact]
    public void EveryBar_GetsTheShareOfWindowsThatMetIt()
    {
        var report = WithReference.Value;
        Assert.Equal(Windows, report.ReferenceWindows);
        Assert.Equal(Windows, report.ReferenceBarsMet.Count);
        Assert.All(report.ReferenceBarsMet, met => Assert.InRange(met, 0, report.Bars.Count));
        Assert.All(report.Bars, b => Assert.InRange(b.ReferenceMet!.Value, 0, 1));
        // Each window draws its own races: they do not all meet the same bars.
        Assert.True(report.ReferenceBarsMet.Distinct().Count() > 1, string.Join(",", report.ReferenceBarsMet));
    }

    [Fact]
    public void AgainstRacesDrawnFromItself_TheModelIsCalibrated()
    {
        // ~14 races, ~520 cases: a calibrated forecast's coverage has a standard error of 1.8 points, so it meets
        // 78–82% in about 70% of windows; its share above p99 (expected 5 cases) meets 0.5–2% in most.
        var bars = WithReference.Value.Bars.Where(b => b.Section == "overall").ToDictionary(b => b.Name);
        Assert.True(bars["p10–p90 coverage"].ReferenceMet >= 0.5, $"coverage met in {bars["p10–p90 coverage"].ReferenceMet:P0} of windows");
        Assert.True(bars["real points above sim p99"].ReferenceMet >= 0.5, $"above p99 met in {bars["real points above sim p99"].ReferenceMet:P0}");
        // A perfect model's median coverage is the nominal 80% within Monte Carlo error.
        Assert.InRange(bars["p10–p90 coverage"].ReferenceMedian!.Value, 0.78, 0.82);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
