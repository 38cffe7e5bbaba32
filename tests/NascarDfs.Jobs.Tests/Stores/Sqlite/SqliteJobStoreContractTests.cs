using NascarDfs.Jobs.Tests.Stores;

namespace NascarDfs.Jobs.Tests.Stores.Sqlite;

public sealed class SqliteJobStoreContractTests : JobStoreContractTests
{
    private readonly List<TestDatabase> _databases = [];

    protected override IJobStore CreateStore()
    {
        var database = new TestDatabase();
        _databases.Add(database);
        return database.Open(Time);
    }

    public override void Dispose()
    {
        base.Dispose();
        foreach (var database in _databases) database.Dispose();
    }
}
