using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Services;

/// <summary>The job engine's parts for one command: the data folder, the store, the handlers, the events and the service.</summary>
internal sealed class JobsEnvironment : IDisposable
{
    private JobsEnvironment(DataFolder folder, IJobStore store, JobHandlerRegistry handlers)
    {
        Folder = folder;
        Store = store;
        Handlers = handlers;
        Service = new JobService(store, Events, handlers);
    }

    public DataFolder Folder { get; }

    public IJobStore Store { get; }

    public JobHandlerRegistry Handlers { get; }

    public JobEvents Events { get; } = new();

    public JobService Service { get; }

    /// <summary>
    /// Opens (creating and migrating) the selected store (<see cref="JobStoreSelection"/>); throws <see cref="JobStoreException"/>
    /// for a file it must not touch or a server it cannot use.
    /// </summary>
    public static async Task<JobsEnvironment> OpenAsync(DataFolder folder, bool durable, CancellationToken cancellationToken = default)
    {
        var store = await JobStoreSelection.OpenAsync(folder, durable, cancellationToken);
        return new JobsEnvironment(folder, store, JobsHandlerCatalog.Create());
    }

    public void Dispose() => Store.Dispose();
}
