using NascarDfs.Jobs.Stores.Postgres;

namespace NascarDfs.Jobs.Tests.Stores.Postgres;

/// <summary>The store contract, unchanged, against a real PostgreSQL server (a fresh schema per store).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresJobStoreContractTests(PostgresServer server) : JobStoreContractTests
{
    protected override IJobStore CreateStore() =>
        PostgresJobStore.OpenAsync(new PostgresJobStoreOptions { ConnectionString = server.NewSchema() }, Time).GetAwaiter().GetResult();
}
