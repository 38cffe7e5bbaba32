namespace NascarDfs.Jobs;

/// <summary>The life of a job (SPEC §6): <c>queued → running → completed | failed | cancelled</c>, <c>queued → cancelled</c>, and <c>running → queued</c> on recovery or clean shutdown.</summary>
public enum JobState
{
    /// <summary>Waiting for a runner.</summary>
    Queued = 0,

    /// <summary>Claimed by a runner that holds its lease.</summary>
    Running = 1,

    /// <summary>Finished with a result.</summary>
    Completed = 2,

    /// <summary>Finished with an error (the handler threw, or the job was interrupted too often).</summary>
    Failed = 3,

    /// <summary>Cancelled by the user.</summary>
    Cancelled = 4,
}
