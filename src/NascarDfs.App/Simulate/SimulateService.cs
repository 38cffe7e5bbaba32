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
        try
        {
            InputLimits.CheckName(args.Name, "The job name");
        }
        catch (ArgumentException e)
        {
            problems.Add(e.Message);
        }

        if (string.IsNullOrWhiteSpace(args.Name)) problems.Add("The job needs a name.");
        if (args.Sims is < 1 or > InputLimits.SimulationsPerRequest)
        {
            problems.Add($"Simulations must be between 1 and {InputLimits.SimulationsPerRequest:N0}; the config asks for {args.Sims:N0}.");
        }

        if (args.Race.Laps is < 0 or > InputLimits.RaceLaps) problems.Add($"Laps must be between 1 and {InputLimits.RaceLaps:N0}; the config asks for {args.Race.Laps:N0}.");
        if (args.Slate.Site != args.Site.Site) problems.Add($"The slate is a {NascarDfs.Domain.Sites.SiteRegistry.Get(args.Slate.Site).DisplayName} file, but the config says {args.Site.DisplayName}.");
        if (args.Scoring.Site != args.Site.Site) problems.Add($"Scoring '{args.Scoring.Name}' is not a {args.Site.DisplayName} table.");
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

    public Task<JobRecord> SubmitAsync(SimulatePlan plan, string? name = null, int priority = 0, CancellationToken cancellationToken = default) =>
        jobs.SubmitAsync(new JobSubmission(SimulateArgs.Kind, string.IsNullOrWhiteSpace(name) ? plan.Args.Name : name, Codec.WriteArgs(plan.Args)) { Priority = priority }, cancellationToken);

    public Task<JobRecord> SubmitAsync(SimulateArgs args, string? name = null, int priority = 0, CancellationToken cancellationToken = default) =>
        SubmitAsync(Check(args).PlanOrThrow(), name, priority, cancellationToken);

    public Task<JobRecord> SubmitJsonAsync(string? name, string configJson, int priority = 0, CancellationToken cancellationToken = default) =>
        SubmitAsync(Codec.ReadSubmitted(configJson), name, priority, cancellationToken);

    public async Task<JobResultRead<SimulateJobResult>> LoadAsync(string id, CancellationToken cancellationToken = default) =>
        Read(await jobs.GetAsync(id, cancellationToken), id);

    /// <summary>The one reader of simulate results.</summary>
    public static JobResultRead<SimulateJobResult> Read(JobRecord? job, string id) =>
        JobResults.Read(job, id, SimulateArgs.Kind, "distributions", j => new SimulateJobResult(j, Codec.ReadResult(j.Result!)));
}
