using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;

namespace NascarDfs.App.Optimize;

/// <summary>
/// A completed optimize job as every front end reads it (the Lineups page, <c>GET /api/jobs/{id}/lineups.csv</c>,
/// <c>jobs export-lineups</c>): its result document, and on first use (driver names, filling entries) its arguments read
/// and its slate assembled, so a CSV download reads neither.
/// </summary>
public sealed class OptimizeJobResult
{
    private readonly Lazy<OptimizeArgs> _args;
    private readonly Lazy<Slate> _slate;

    internal OptimizeJobResult(JobRecord job, Func<OptimizeArgs> args, OptimizeResultDocument document)
    {
        Job = job;
        Document = document;
        Site = NascarDfs.Domain.Sites.SiteRegistry.Parse(document.Site);
        Lineups = [.. document.Lineups.Select(l => l.ToDomain())];
        _args = new Lazy<OptimizeArgs>(args);
        _slate = new Lazy<Slate>(() => OptimizePlan.AssembleSlate(_args.Value));
    }

    public JobRecord Job { get; }

    public OptimizeResultDocument Document { get; }

    /// <summary>The site the portfolio is for.</summary>
    public SiteRules Site { get; }

    public IReadOnlyList<Lineup> Lineups { get; }

    /// <summary>The job's slate (the embedded files), for driver names and filling entries.</summary>
    public Slate Slate => _slate.Value;

    /// <summary>The simulated distributions when a simulation objective built the portfolio.</summary>
    public SimulationReport? Simulation => Document.Simulation;

    public IReadOnlyList<string> Warnings => Document.Warnings;

    /// <summary>Lineups asked for: stored with the result, else read from the arguments (results from before it was stored).</summary>
    public int Requested => Document.Requested ?? Args.Lineups;

    /// <summary>A driver's share of the lineups actually built, 0–100 (the exposures' percent is of those requested).</summary>
    public double PercentOfBuilt(int count) => Lineups.Count == 0 ? 0 : 100.0 * count / Lineups.Count;

    /// <summary>Drivers by exposure count, most first: name, count, percent 0–100.</summary>
    public IEnumerable<(string Name, int Count, double Percent)> Exposures =>
        Document.Exposures.OrderByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (NameOf(e.Key), e.Value.Count, e.Value.Percent));

    internal OptimizeArgs Args => _args.Value;

    public string NameOf(string id) => Slate.FindById(id)?.Name ?? id;
}
