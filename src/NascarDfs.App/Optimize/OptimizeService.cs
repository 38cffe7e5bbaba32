using NascarDfs.App.JobHandlers;
using NascarDfs.App.Services;
using NascarDfs.Domain.Limits;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Optimize;

/// <summary>
/// The optimize workflow (STYLE rule 17), called alike by the Optimize page, <c>POST /api/jobs</c>, <c>optimize</c> and
/// <c>jobs submit optimize</c>: check the arguments (once), queue them (serialized once), load a finished job's result.
/// </summary>
internal sealed class OptimizeService(JobService jobs) : IJobWorkflow
{
    /// <summary>The stored shape of optimize jobs: config <see cref="OptimizeArgsDocument"/>, result <see cref="OptimizeResultDocument"/>.</summary>
    public static JobDocumentCodec<OptimizeArgs, OptimizeArgsDocument, OptimizeResultDocument> Codec { get; } = new();

    public string Kind => OptimizeArgs.Kind;

    /// <summary>
    /// Every reason the arguments cannot run (name, counts, a race that cannot be simulated, conflicting constraints), or
    /// the plan to run: the slate assembled once, the race resolved.
    /// </summary>
    public static OptimizeCheck Check(OptimizeArgs args)
    {
        AppMetrics.ArgsValidated(OptimizeArgs.Kind);
        var problems = new List<string>();
        problems.AddRange(JobArgsRules.Name(args.Name));
        if (args.Lineups is < 1 or > InputLimits.LineupsPerRequest) problems.Add($"Lineups must be between 1 and {InputLimits.LineupsPerRequest}; the config asks for {args.Lineups:N0}.");
        if (args.Randomness is < 0 or > 100 || !double.IsFinite(args.Randomness)) problems.Add($"Randomness is a percentage, 0–100; the config has {args.Randomness}.");
        problems.AddRange(JobArgsRules.Site(args.Slate, args.Site, args.Scoring));
        if (args.Objective.IsSimulated())
        {
            problems.AddRange(JobArgsRules.Sims(args.Sims));
            if (args.Race is { } race) problems.AddRange(JobArgsRules.Laps(race.Laps));
            if (args.Target is <= 0 || args.Target is { } t && !double.IsFinite(t)) problems.Add("The target must be a positive score (or empty for the default).");
        }

        if (args.Objective == Objective.Roi && args.Contest is null)
        {
            problems.Add($"The roi objective builds a portfolio for a contest: give --contest FILE or a bundled example ({string.Join(", ", NascarDfs.Contests.Definitions.BundledContests.Names)}) on the command line, or build it from the Contest page.");
        }

        if (problems.Count > 0) return new OptimizeCheck(null, problems);
        try
        {
            var plan = OptimizePlan.For(args);
            var conflicts = PortfolioOptimizer.FindConflicts(OptimizeRunner.ToRequest(plan));
            if (conflicts.Count > 0) return new OptimizeCheck(null, conflicts, Infeasible: true);
            // The contest's site and entry limit, the ownership column: before anything is queued.
            if (args.Objective == Objective.Roi) NascarDfs.Contests.Portfolios.RoiPortfolioBuilder.Check(OptimizeRunner.ToRoiRequest(plan));
            return new OptimizeCheck(plan, []);
        }
        catch (Exception e) when (e is ArgumentException or InputFileException or InvalidOperationException or NascarDfs.Contests.Definitions.ContestException)
        {
            return new OptimizeCheck(null, [e is ArgumentException a ? JsonProblem.Sentence(a) : e.Message]);
        }
    }

    /// <summary>Queues checked arguments (serialized once). <paramref name="name"/> overrides the job's name, not the config's.</summary>
    public Task<JobRecord> SubmitAsync(OptimizePlan plan, string? name = null, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        jobs.SubmitAsync(new JobSubmission(OptimizeArgs.Kind, string.IsNullOrWhiteSpace(name) ? plan.Args.Name : name, Codec.WriteArgs(plan.Args)) { Priority = priority, PreferGpu = preferGpu }, cancellationToken);

    /// <summary>Checks and queues; every problem is in one <see cref="ArgumentException"/> sentence.</summary>
    public Task<JobRecord> SubmitAsync(OptimizeArgs args, string? name = null, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        SubmitAsync(Check(args).PlanOrThrow(), name, priority, preferGpu, cancellationToken);

    public Task<JobRecord> SubmitJsonAsync(string? name, string configJson, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        SubmitAsync(Codec.ReadSubmitted(configJson), name, priority, preferGpu, cancellationToken);

    /// <summary>A completed optimize job's result, or the sentence why there is none.</summary>
    public async Task<JobResultRead<OptimizeJobResult>> LoadAsync(string id, bool withSlate = false, CancellationToken cancellationToken = default) =>
        Read(await jobs.GetAsync(id, cancellationToken), id, withSlate);

    /// <summary>
    /// The one reader of optimize results. <paramref name="withSlate"/> reads the arguments and assembles the slate now
    /// (a page that shows driver names), so an unreadable config is a sentence here rather than an error while rendering.
    /// </summary>
    public static JobResultRead<OptimizeJobResult> Read(JobRecord? job, string id, bool withSlate = false) =>
        JobResults.Read(job, id, OptimizeArgs.Kind, "lineups", j =>
        {
            var result = new OptimizeJobResult(j, () => Codec.ReadArgs(j.Config), Codec.ReadResult(j.Result!));
            if (withSlate) _ = result.Slate;
            return result;
        });
}
