namespace NascarDfs.Jobs;

/// <summary>The only ways a job's state is written (STYLE rule 9; SPEC §9 "Transitions").</summary>
public enum JobTransition
{
    /// <summary><c>queued → running</c>: a runner takes the job and counts an attempt.</summary>
    Claim,

    /// <summary><c>running → completed</c>.</summary>
    Complete,

    /// <summary><c>running → failed</c>.</summary>
    Fail,

    /// <summary><c>queued → cancelled</c> at once, or <c>running → cancelled</c> once the handler stopped.</summary>
    Cancel,

    /// <summary><c>running → queued</c>: recovery of an interrupted job, or a clean shutdown.</summary>
    Requeue,
}
