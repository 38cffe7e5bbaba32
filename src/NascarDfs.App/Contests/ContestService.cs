using NascarDfs.App.JobHandlers;
using NascarDfs.App.Services;
using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;

namespace NascarDfs.App.Contests;

/// <summary>
/// The contest workflow, called alike by the Contest page, <c>POST /api/jobs</c> and <c>nascar-dfs contest</c>: check
/// (once, every input problem before anything is queued or simulated), queue (serialized once), load a finished job's result.
/// </summary>
internal sealed class ContestService(JobService jobs) : IJobWorkflow
{
    public static JobDocumentCodec<ContestArgs, ContestArgsDocument, ContestResultDocument> Codec { get; } = new();

    public string Kind => ContestArgs.Kind;

    /// <summary>Every reason the evaluation cannot run (name, counts, site, a contest for another site, lineups not of
    /// this slate, ownership that cannot be a percentage of lineups), or the plan.</summary>
    public static ContestCheck Check(ContestArgs args)
    {
        AppMetrics.ArgsValidated(ContestArgs.Kind);
        var problems = new List<string>();
        problems.AddRange(JobArgsRules.Name(args.Name));
        problems.AddRange(JobArgsRules.Sims(args.Sims));
        problems.AddRange(JobArgsRules.Laps(args.Race.Laps));
        problems.AddRange(JobArgsRules.Site(args.Slate, args.Site, args.Scoring));
        if (args.Lineups.Count == 0) problems.Add("There are no lineups to enter: give an upload CSV with at least one lineup, or a finished job's lineups.");
        if (problems.Count > 0) return new ContestCheck(null, problems);
        try
        {
            var plan = ContestPlan.For(args);
            ContestEvaluator.Check(plan.Request());
            return new ContestCheck(plan, []);
        }
        catch (ContestException e)
        {
            return new ContestCheck(null, [e.Message]);
        }
        catch (Exception e) when (e is ArgumentException or InputFileException or InvalidOperationException)
        {
            return new ContestCheck(null, [e is ArgumentException a ? JsonProblem.Sentence(a) : e.Message]);
        }
    }

    public Task<JobRecord> SubmitAsync(ContestPlan plan, string? name = null, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        jobs.SubmitAsync(new JobSubmission(ContestArgs.Kind, string.IsNullOrWhiteSpace(name) ? plan.Args.Name : name, Codec.WriteArgs(plan.Args)) { Priority = priority, PreferGpu = preferGpu }, cancellationToken);

    public Task<JobRecord> SubmitAsync(ContestArgs args, string? name = null, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        SubmitAsync(Check(args).PlanOrThrow(), name, priority, preferGpu, cancellationToken);

    public Task<JobRecord> SubmitJsonAsync(string? name, string configJson, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        SubmitAsync(Codec.ReadSubmitted(configJson), name, priority, preferGpu, cancellationToken);

    public async Task<JobResultRead<ContestJobResult>> LoadAsync(string id, CancellationToken cancellationToken = default) =>
        Read(await jobs.GetAsync(id, cancellationToken), id);

    /// <summary>The one reader of contest results.</summary>
    public static JobResultRead<ContestJobResult> Read(JobRecord? job, string id) =>
        JobResults.Read(job, id, ContestArgs.Kind, "contest results", j => new ContestJobResult(j, Codec.ReadResult(j.Result!)));
}
