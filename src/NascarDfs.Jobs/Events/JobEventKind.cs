namespace NascarDfs.Jobs.Events;

/// <summary>What happened to a job (or to the store).</summary>
public enum JobEventKind
{
    /// <summary>A job was submitted.</summary>
    Queued,

    /// <summary>A runner started a job.</summary>
    Started,

    /// <summary>A running job reported progress.</summary>
    Progress,

    /// <summary>A job completed.</summary>
    Completed,

    /// <summary>A job failed.</summary>
    Failed,

    /// <summary>A job was cancelled.</summary>
    Cancelled,

    /// <summary>A running job was asked to stop.</summary>
    CancelRequested,

    /// <summary>A running job went back to the queue (recovery or shutdown).</summary>
    Requeued,

    /// <summary>Jobs were deleted, cleared or pruned.</summary>
    Deleted,

    /// <summary>Another process changed the store (seen through <see cref="JobChangeWatcher"/>); refresh.</summary>
    ExternalChange,
}
