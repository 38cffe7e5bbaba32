using NascarDfs.Jobs.Handlers;

namespace NascarDfs.Jobs.Tests.Handlers;

/// <summary>A handler whose body is a lambda.</summary>
internal sealed class DelegateHandler(string kind, Func<JobContext, CancellationToken, Task<string?>> run) : IJobHandler
{
    public string Kind => kind;

    public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken) => run(context, cancellationToken);
}
