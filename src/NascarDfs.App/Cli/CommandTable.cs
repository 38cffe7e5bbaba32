using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>Every verb of the <c>nascar-dfs</c> command, in one table (STYLE rule 13).</summary>
internal static class CommandTable
{
    // Redirected output (a pipe, a file, a script) has no terminal width; Spectre would wrap at 80 columns and split
    // warnings and table rows mid-sentence. Tables stay readable at this width in a log or a wide terminal.
    private const int RedirectedWidth = 160;

    // The commands that run here and now on the options of their `jobs submit` form (and refuse its queue options).
    private static readonly IReadOnlySet<string> RunHere = new HashSet<string> { Optimize.OptimizeArgs.Kind, Simulate.SimulateArgs.Kind, Evaluate.EvaluateArgs.Kind };

    public static Task<int> RunAsync(string[] args)
    {
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = RedirectedWidth;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("nascar-dfs");
            config.UseStrictParsing();
            config.SetHelpProvider(new RunHereHelp(config.Settings, RunHere));
            config.SetExceptionHandler((exception, _) => UsageErrors.Handle(exception, args));
            config.AddCommand<OptimizeCommand>(Optimize.OptimizeArgs.Kind).WithDescription("Build an exact lineup portfolio from a slate.");
            config.AddCommand<SimulateCommand>(Simulate.SimulateArgs.Kind).WithDescription("Simulate the race for a slate: per-driver point distributions.");
            config.AddCommand<CalibrateCommand>("calibrate").WithDescription("Fit the race model on real races (--out) and compare it with them (--report).");
            config.AddCommand<ContestCommand>("contest").WithDescription("Enter a finished portfolio in a contest against a simulated field: ROI, cash and win rates, leverage.");
            config.AddCommand<EvaluateCommand>(Evaluate.EvaluateArgs.Kind).WithDescription("Score the simulator out of sample on real races (calibrated before --from), beside a normal baseline.");
            config.AddCommand<ProjectCommand>("project").WithDescription("Project a slate from the race logs (earlier races only): a projections CSV with StdDev.");
            config.AddCommand<BacktestCommand>("backtest").WithDescription("Build a portfolio per objective on a past slate and score it with the real race.");
            config.AddBranch("jobs", jobs =>
            {
                jobs.SetDescription("Queue jobs and manage their history (same database for every process on this machine).");
                jobs.AddBranch("submit", submit =>
                {
                    submit.SetDescription("Queue a job; prints its id at once.");
                    submit.AddCommand<Jobs.SubmitOptimizeCommand>(Optimize.OptimizeArgs.Kind).WithDescription("Queue an optimization (every optimize option but --out/--json/--entries).");
                    submit.AddCommand<Jobs.SubmitEvaluateCommand>(Evaluate.EvaluateArgs.Kind).WithDescription("Queue the simulator's out-of-sample evaluation (--logs, --from, --to, --sims, --seed).");
                    submit.AddCommand<Jobs.SubmitSimulateCommand>(Simulate.SimulateArgs.Kind).WithDescription("Queue a race simulation (--track or --track-type, --laps, --sims, --seed).");
                    submit.AddCommand<Jobs.SubmitContestCommand>(Contests.ContestArgs.Kind).WithDescription("Queue a contest evaluation of a portfolio (every contest option but --json).");

                    // Test instruments (SPEC §9): hidden unless NASCARDFS_DIAGNOSTIC_JOBS=1, refused as unknown kinds then.
                    var diagnostic = JobHandlers.Diagnostic.DiagnosticJobs.Enabled();
                    var sleep = submit.AddCommand<Jobs.SubmitSleepCommand>("diagnostic.sleep").WithDescription("Test job: sleeps --seconds S.");
                    var crash = submit.AddCommand<Jobs.SubmitCrashCommand>("diagnostic.crash").WithDescription("Test job: kills the process running it.");
                    if (!diagnostic)
                    {
                        sleep.IsHidden();
                        crash.IsHidden();
                    }
                });
                jobs.AddCommand<Jobs.ListCommand>("list").WithDescription("List jobs, newest first.");
                jobs.AddCommand<Jobs.ShowCommand>("show").WithDescription("Show one job: every field, config and result.");
                jobs.AddCommand<Jobs.CancelCommand>("cancel").WithDescription("Cancel a queued job, or stop a running one.");
                jobs.AddCommand<Jobs.RerunCommand>("rerun").WithDescription("Queue a new job with the same config.");
                jobs.AddCommand<Jobs.DeleteCommand>("delete").WithDescription("Delete a job that is not running.");
                jobs.AddCommand<Jobs.ClearCommand>("clear").WithDescription("Delete every completed, failed and cancelled job.");
                jobs.AddCommand<Jobs.PruneCommand>("prune").WithDescription("Delete finished jobs older than --older-than DAYS (default 30).");
                jobs.AddCommand<Jobs.ExportCommand>("export").WithDescription("Export the history as CSV or JSON.");
                jobs.AddCommand<Jobs.ExportLineupsCommand>("export-lineups").WithDescription("Write a finished optimize job's lineups as the site's upload CSV.");
            });
            config.AddBranch("db", db =>
            {
                db.SetDescription("The job database file.");
                db.AddCommand<DbCheckCommand>("check").WithDescription("Run the full integrity check of the SQLite job database (read-only).");
            });
            config.AddCommand<ServeCommand>("serve").WithDescription("Start the local web app (http://127.0.0.1:5057) with the job runner in-process.");
            config.AddCommand<WorkerCommand>("worker").WithDescription("Run queued jobs until stopped (Ctrl+C = clean shutdown).");
            config.AddCommand<StatusCommand>("status").WithDescription("Queued and running counts and the last 5 jobs (text, json or xbar).");
        });
        return app.RunAsync(args);
    }
}
