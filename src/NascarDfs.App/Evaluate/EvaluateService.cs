using NascarDfs.App.JobHandlers;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.App.Evaluate;

/// <summary>A completed evaluate job as the Evaluation page and the API read it.</summary>
public sealed record EvaluateJobResult(JobRecord Job, EvaluateResultDocument Document);

/// <summary>
/// The evaluate workflow, called alike by <c>jobs submit evaluate</c> and <c>POST /api/jobs</c>: check (once), queue
/// (serialized once), load a finished job's report.
/// </summary>
internal sealed class EvaluateService(JobService jobs) : IJobWorkflow
{
    public static JobDocumentCodec<EvaluateArgs, EvaluateArgsDocument, EvaluateResultDocument> Codec { get; } = new();

    public string Kind => EvaluateArgs.Kind;

    /// <summary>Every reason the evaluation cannot run (name, window, simulations, logs that cannot be read), or none.</summary>
    public static IReadOnlyList<string> Check(EvaluateArgs args) => Check(args, out _);

    /// <summary><see cref="Check(EvaluateArgs)"/>, handing back the race logs it read (null when it did not get that far or
    /// they cannot be read), so a run in this process does not parse them again.</summary>
    public static IReadOnlyList<string> Check(EvaluateArgs args, out RaceLog? log)
    {
        log = null;
        AppMetrics.ArgsValidated(EvaluateArgs.Kind);
        var problems = new List<string>();
        problems.AddRange(JobArgsRules.Name(args.Name));
        if (args.To < args.From) problems.Add($"The window ends ({args.To:yyyy-MM-dd}) before it starts ({args.From:yyyy-MM-dd}).");
        if (args.Sims is < 100 or > NascarDfs.Simulation.SimulationDefaults.MaxSimulations)
        {
            problems.Add($"Simulations per race must be between 100 and {NascarDfs.Simulation.SimulationDefaults.MaxSimulations:N0}; the config asks for {args.Sims:N0}.");
        }

        if (args.SimsPerRace is < 1) problems.Add($"Simulations per race while calibrating must be at least 1; the config asks for {args.SimsPerRace}.");
        if (problems.Count > 0) return problems;
        try
        {
            log = EvaluateRunner.ReadLogs(args);
            if (!log.Races.Any(r => r.IsCupPointsRace && r.Date >= args.From && (args.To is null || r.Date <= args.To)))
            {
                problems.Add($"{args.LogsFileName} has no Cup points race from {args.From:yyyy-MM-dd}{(args.To is { } to ? $" to {to:yyyy-MM-dd}" : "")}.");
            }

            EvaluateRunner.Options(args).Validate();
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException)
        {
            problems.Add(e is ArgumentException a ? JsonProblem.Sentence(a) : e.Message);
        }

        return problems;
    }

    /// <summary>Checks and queues; every problem is in one <see cref="ArgumentException"/> sentence.</summary>
    public Task<JobRecord> SubmitAsync(EvaluateArgs args, string? name = null, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default)
    {
        var problems = Check(args);
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems));
        return jobs.SubmitAsync(new JobSubmission(EvaluateArgs.Kind, string.IsNullOrWhiteSpace(name) ? args.Name : name, Codec.WriteArgs(args)) { Priority = priority, PreferGpu = preferGpu }, cancellationToken);
    }

    public Task<JobRecord> SubmitJsonAsync(string? name, string configJson, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default) =>
        SubmitAsync(Codec.ReadSubmitted(configJson), name, priority, preferGpu, cancellationToken);

    public async Task<JobResultRead<EvaluateJobResult>> LoadAsync(string id, CancellationToken cancellationToken = default) =>
        Read(await jobs.GetAsync(id, cancellationToken), id);

    /// <summary>The one reader of evaluate results.</summary>
    public static JobResultRead<EvaluateJobResult> Read(JobRecord? job, string id) =>
        JobResults.Read(job, id, EvaluateArgs.Kind, "evaluation report", j => new EvaluateJobResult(j, Codec.ReadResult(j.Result!)));
}
