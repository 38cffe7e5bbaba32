using Microsoft.Extensions.Time.Testing;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.Jobs;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>
/// Issue 13 defect 14: <c>jobs cancel</c> of a running job says what happened — it used to say "it ends cancelled within
/// 2 seconds" even when the job then completed. The job's states are read in turn, as the store would give them.
/// </summary>
public sealed class CancelOutcomeTextTests
{
    private static JobRecord Job(JobState state, string? warning = null, string? error = null) =>
        new() { Id = "abc", Kind = "optimize", Name = "n", Config = "{}", State = state, Warning = warning, Error = error };

    private static Task<string> OutcomeAsync(TimeProvider time, params JobRecord?[] states)
    {
        var read = 0;
        return CancelCommand.OutcomeAsync(_ => Task.FromResult(states[Math.Min(read++, states.Length - 1)]), "abc", CancelCommand.Wait, time, CancellationToken.None);
    }

    [Fact]
    public async Task JobThatThenCompletes_SaysItCompleted_NotCancelled()
    {
        var text = await OutcomeAsync(TimeProvider.System, Job(JobState.Running), Job(JobState.Completed));
        Assert.Equal("#abc completed before the stop reached it; its result is kept (`jobs show abc`).", text);
    }

    [Fact]
    public async Task JobThatCompletesWithWarnings_SaysSo()
    {
        var text = await OutcomeAsync(TimeProvider.System, Job(JobState.Completed, warning: "Built 85 of the 150 lineups asked for."));
        Assert.StartsWith("#abc completed with warnings before the stop reached it", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobThatStops_SaysCancelled()
    {
        Assert.Equal("Cancelled #abc (it was running and has stopped).", await OutcomeAsync(TimeProvider.System, Job(JobState.Running), Job(JobState.Cancelled)));
    }

    [Fact]
    public async Task JobThatFails_SaysItFailed_WithTheError()
    {
        Assert.Equal("#abc failed before the stop reached it: boom", await OutcomeAsync(TimeProvider.System, Job(JobState.Failed, error: "boom")));
    }

    [Fact]
    public async Task JobStillRunningAfterTheWait_SaysItIsStillRunning()
    {
        var time = new FakeTimeProvider();
        var outcome = OutcomeAsync(time, Job(JobState.Running));
        while (!outcome.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Yield();
        }

        Assert.StartsWith("Asked the runner to stop #abc; it is still running after 5 seconds", await outcome, StringComparison.Ordinal);
    }
}
