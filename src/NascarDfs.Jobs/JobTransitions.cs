namespace NascarDfs.Jobs;

/// <summary>The state machine: which state each transition leaves from and goes to.</summary>
public static class JobTransitions
{
    /// <summary>The state a transition writes.</summary>
    public static JobState Target(JobTransition transition) => transition switch
    {
        JobTransition.Claim => JobState.Running,
        JobTransition.Complete => JobState.Completed,
        JobTransition.Fail => JobState.Failed,
        JobTransition.Cancel => JobState.Cancelled,
        JobTransition.Requeue => JobState.Queued,
        _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, "Unknown transition."),
    };

    /// <summary>Whether <paramref name="transition"/> may be applied to a job in state <paramref name="from"/>.</summary>
    public static bool IsAllowed(JobTransition transition, JobState from) => transition switch
    {
        JobTransition.Claim => from == JobState.Queued,
        JobTransition.Complete or JobTransition.Fail or JobTransition.Requeue => from == JobState.Running,
        JobTransition.Cancel => from is JobState.Queued or JobState.Running,
        _ => false,
    };

    /// <summary>Whether the state is final (completed, failed or cancelled).</summary>
    public static bool IsFinished(JobState state) => state is JobState.Completed or JobState.Failed or JobState.Cancelled;

    /// <summary>Throws when the transition is not allowed from <paramref name="from"/>.</summary>
    public static void EnsureAllowed(JobTransition transition, JobState from)
    {
        if (!IsAllowed(transition, from))
        {
            throw new InvalidOperationException($"Transition {transition} is not allowed from state {from}.");
        }
    }
}
