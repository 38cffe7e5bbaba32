using NascarDfs.App.Contests;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Sites;
using NascarDfs.Simulation;

namespace NascarDfs.App.Web.Components.Pages.Contests;

/// <summary>What the Contest page's form holds, and the job arguments it makes: a contest evaluation of a finished
/// job's lineups, or a <c>roi</c> portfolio built from the same job's slate, projections and constraints.</summary>
internal sealed class ContestForm
{
    public string? SourceJob { get; set; }

    public string? Bundled { get; set; } = "example-large-gpp";

    /// <summary>Pasted contest text; when present it is the contest.</summary>
    public string? Import { get; set; }

    public string? Track { get; set; }

    public int? Laps { get; set; }

    public int Sims { get; set; } = SimulationDefaults.Simulations;

    /// <summary>The contest: the import (our JSON, our CSV, or the site's text) or the bundled example for the site.</summary>
    public Contest Contest(Site site)
    {
        if (!string.IsNullOrWhiteSpace(Import))
        {
            var text = Import.Trim();
            var first = text.Split('\n')[0];
            var name = text.StartsWith('{') ? "import.json" : first.Contains(',', StringComparison.Ordinal) && first.Contains("prize", StringComparison.OrdinalIgnoreCase) ? "import.csv" : "import.txt";
            return ContestSource.ForSite(ContestSource.Parse(text, name, new ContestHeader(Site: site)), site, "The imported contest");
        }

        if (string.IsNullOrWhiteSpace(Bundled)) throw new ArgumentException("Pick a bundled contest or import one.");
        return ContestSource.Load(Bundled, site);
    }

    public ContestArgs ContestArgs(OptimizeJobResult source)
    {
        var args = source.Args;
        var contest = Contest(args.Site.Site);
        return new ContestArgs
        {
            Name = $"Contest: job #{source.Job.Id}",
            Site = args.Site,
            Scoring = args.Scoring,
            Contest = contest,
            Lineups = source.Lineups,
            Race = Race(args),
            Sims = Sims,
            Seed = SimulationDefaults.Seed,
            FieldSeed = FieldDefaults.Seed,
            MissingProjection = args.MissingProjection,
            Slate = args.Slate,
            Projections = args.Projections,
            SourceJob = $"#{source.Job.Id}",
        };
    }

    public OptimizeArgs RoiArgs(OptimizeJobResult source)
    {
        var args = source.Args;
        return args with
        {
            Name = $"ROI portfolio: job #{source.Job.Id}'s slate",
            Objective = Objective.Roi,
            Contest = Contest(args.Site.Site),
            Race = Race(args),
            Sims = Sims,
            Seed = args.Seed != 0 ? args.Seed : Seeds.Draw(),
            FieldSeed = FieldDefaults.Seed,
        };
    }

    private RaceConfig Race(OptimizeArgs args)
    {
        if (!string.IsNullOrWhiteSpace(Track)) return new RaceConfig(Track.Trim(), null, Laps ?? 0, null);
        return args.Race ?? throw new ArgumentException("The job simulated no race: give the track (and laps) of the race the contest is on.");
    }
}
