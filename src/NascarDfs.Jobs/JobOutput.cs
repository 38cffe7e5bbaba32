namespace NascarDfs.Jobs;

/// <summary>
/// What a completed job leaves: its result (JSON, or null) and, when it fell short of what was asked, a warning sentence
/// (the job is then <em>completed with warnings</em>, see <see cref="JobSummary.Warning"/>). A plain result converts.
/// </summary>
/// <param name="Result">The handler's result JSON.</param>
/// <param name="Warning">Why the result falls short of the request, or null.</param>
public readonly record struct JobOutput(string? Result, string? Warning = null)
{
    public static implicit operator JobOutput(string? result) => new(result);

    /// <summary>A result without a warning (the named form of the implicit conversion).</summary>
    public static JobOutput FromResult(string? result) => new(result);
}
