namespace NascarDfs.App.Services;

/// <summary>A loaded job result, or why there is none: <see cref="Problem"/> and a sentence to show.</summary>
internal sealed record JobResultRead<T>(T? Value, JobResultProblem? Problem, string? Message)
    where T : class
{
    public static JobResultRead<T> Of(T value) => new(value, null, null);

    public static JobResultRead<T> Failed(JobResultProblem problem, string message) => new(null, problem, message);
}
