namespace NascarDfs.Jobs;

/// <summary>The job database cannot be used (not a database, damaged, or from a newer version). The file was left as it was.</summary>
public sealed class JobStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JobStoreException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public JobStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and its cause.</summary>
    public JobStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
