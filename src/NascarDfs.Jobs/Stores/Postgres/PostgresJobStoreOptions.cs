namespace NascarDfs.Jobs.Stores.Postgres;

/// <summary>Where the PostgreSQL job store is (SPEC §8: several machines, one queue).</summary>
public sealed class PostgresJobStoreOptions
{
    /// <summary>
    /// An Npgsql connection string (<c>Host=db;Username=nascar;Database=nascardfs;SSL Mode=VerifyFull</c>) or a URL
    /// (<c>postgres://user:password@host:5432/db?sslmode=require</c>). Required. Its <c>Search Path</c>, if any, is the schema
    /// the tables live in.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("The PostgreSQL connection string is required.", nameof(ConnectionString));
        }
    }
}
