using NascarDfs.App.JobHandlers;
using NascarDfs.App.Services;
using NascarDfs.Domain.Limits;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;

namespace NascarDfs.App.Simulate;

/// <summary>
/// The simulate workflow, called alike by the Optimize page's "Simulate race", <c>POST /api/jobs</c> and
/// <c>jobs submit simulate</c>: check (once), queue (serialized once), load a finished job's distributions.
/// </summary>
internal sealed class SimulateService(JobService jobs) : IJobWorkflow
{
    public static JobDocumentCodec<SimulateArgs, SimulateArgsDocument, SimulateResultDocument> Codec { get; } = new();

    public string Kind => SimulateArgs.Kind;

    /// <summary>Every reason the simulation cannot run, or the plan (slate assembled, race resolved).</summary>
    public static SimulateCheck Check(SimulateArgs args)
    {
        AppMetrics.ArgsValidated(SimulateArgs.Kind);
        var problems = new List<string>();
        problems.AddRange(JobArgsRules.Name(args.Name));
        problems.AddRange(JobArgsRules.Sims(args.Sims));
        problems.AddRange(JobArgsRules.Laps(args.Race.Laps));
        problems.AddRange(JobArgsRules.Site(args.Slate, args.Site, args.Scoring));
        if (problems.Count > 0) return new SimulateCheck(null, problems);
        try
        {
            return new SimulateCheck(SimulatePlan.For(args), []);
        }
        catch (Exception e) when (e is ArgumentException or InputFileException or InvalidOperationException)
        {
            return new SimulateCheck(null, [e is ArgumentException a ? JsonProblem.Sentence(a) : e.Message]);
        }
    }

    public Task<JobRecord> SubmitAsync(SimulatePlan plan, string? name = null, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        jobs.SubmitAsync(new JobSubmission(SimulateArgs.Kind, string.IsNullOrWhiteSpace(name) ? plan.Args.Name : name, Codec.WriteArgs(plan.Args)) { Priority = priority, PreferGpu = preferGpu }, cancellationToken);

    public Task<JobRecord> SubmitAsync(SimulateArgs args, string? name = null, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        SubmitAsync(Check(args).PlanOrThrow(), name, priority, preferGpu, cancellationToken);

    public Task<JobRecord> SubmitJsonAsync(string? name, string configJson, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        SubmitAsync(Codec.ReadSubmitted(configJson), name, priority, preferGpu, cancellationToken);

    public async Task<JobResultRead<SimulateJobResult>> LoadAsync(string id, CancellationToken cancellationToken = default) =>
        Read(await jobs.GetAsync(id, cancellationToken), id);

    /// <summary>The one reader of simulate results.</summary>
    public static JobResultRead<SimulateJobResult> Read(JobRecord? job, string id) =>
        JobResults.Read(job, id, SimulateArgs.Kind, "distributions", j => new SimulateJobResult(j, Codec.ReadResult(j.Result!)));
}
