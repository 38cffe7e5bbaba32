namespace NascarDfs.App.Services;

/// <summary>Why a job's result could not be loaded (each front end turns it into its own answer: 404, 409, exit 1...).</summary>
internal enum JobResultProblem
{
    /// <summary>No job has the id.</summary>
    NotFound,

    /// <summary>The job is of another kind.</summary>
    WrongKind,

    /// <summary>The job has not completed.</summary>
    NotCompleted,

    /// <summary>The stored config or result cannot be read by this version.</summary>
    Unreadable,
}
