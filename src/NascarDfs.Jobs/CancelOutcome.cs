namespace NascarDfs.Jobs;

/// <summary>What a cancel request did.</summary>
public enum CancelOutcome
{
    /// <summary>No such job.</summary>
    NotFound,

    /// <summary>The job was queued and is now cancelled.</summary>
    Cancelled,

    /// <summary>The job is running; its runner was asked to stop it.</summary>
    Requested,

    /// <summary>The job had already finished.</summary>
    AlreadyFinished,
}
