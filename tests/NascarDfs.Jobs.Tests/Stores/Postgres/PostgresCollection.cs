namespace NascarDfs.Jobs.Tests.Stores.Postgres;

/// <summary>One server for every PostgreSQL test class of the run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
