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
    /// <param name="folder">The data folder and store options.</param>
    /// <param name="durable">synchronous=FULL.</param>
    /// <param name="readsOnly">The command only reads: an existing SQLite file is not integrity-checked and may be read-only.</param>
    /// <param name="cancellationToken">Stops the open.</param>
    public static async Task<JobsEnvironment> OpenAsync(DataFolder folder, bool durable, bool readsOnly, CancellationToken cancellationToken = default)
    {
        var store = await JobStoreSelection.OpenAsync(folder, durable, readsOnly, cancellationToken);
        return new JobsEnvironment(folder, store, JobsHandlerCatalog.Create());
    }

    /// <inheritdoc cref="OpenAsync(DataFolder, bool, bool, CancellationToken)"/>
    public static Task<JobsEnvironment> OpenAsync(DataFolder folder, bool durable, CancellationToken cancellationToken = default) =>
        OpenAsync(folder, durable, readsOnly: false, cancellationToken);

    public void Dispose() => Store.Dispose();
}
