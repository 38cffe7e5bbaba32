using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Web.Components.Pages.Lineups;

/// <summary>A completed optimize job read for display: lineups with driver names, exposures sorted by count, and the
/// simulated distributions when a simulation objective built it.</summary>
public sealed record PortfolioView(
    JobRecord Job, IReadOnlyList<Lineup> Lineups, IReadOnlyDictionary<string, DriverExposure> ExposureById, IReadOnlyList<string> Warnings, Slate Slate,
    SimulationView? Simulation = null)
{
    public string NameOf(string id) => Slate.FindById(id)?.Name ?? id;

    public IEnumerable<(string Name, int Count, double Percent)> Exposures =>
        ExposureById.OrderByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (NameOf(e.Key), e.Value.Count, e.Value.Percent));

    /// <summary>Null when the job is not a completed optimize job, with the reason in <paramref name="problem"/>.</summary>
    public static PortfolioView? Read(JobRecord job, out string? problem)
    {
        problem = null;
        if (job.Kind != "optimize") problem = $"#{job.Id} is a {job.Kind} job; only optimize jobs have lineups.";
        else if (job.State != JobState.Completed || job.Result is null) problem = $"#{job.Id} is {job.State.ToString().ToLowerInvariant()}; lineups exist once it has completed.";
        if (problem is not null) return null;
        try
        {
            var config = JsonSerializer.Deserialize<OptimizeJobConfig>(job.Config, AppJson.Options)!;
            var result = JsonSerializer.Deserialize<OptimizeResultDocument>(job.Result!, AppJson.Options)!;
            var simulation = result.Simulation is { } report ? SimulationView.From(report) : null;
            return new PortfolioView(job, result.Lineups, result.Exposures, result.Warnings, OptimizeService.LoadSlate(config), simulation);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InputFileException)
        {
            problem = $"#{job.Id} has a config or result this version cannot read: {e.Message}";
            return null;
        }
    }
}
