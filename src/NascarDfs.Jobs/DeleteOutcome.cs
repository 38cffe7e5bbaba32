namespace NascarDfs.Jobs;

/// <summary>What a delete did.</summary>
public enum DeleteOutcome
{
    /// <summary>The job was deleted.</summary>
    Deleted,

    /// <summary>No such job.</summary>
    NotFound,

    /// <summary>The job is running; cancel it first.</summary>
    Running,
}
