using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Tests.Stores.Sqlite;

/// <summary>Pooled connections, the change stamp and claims from several connections at once.</summary>
public sealed class SqliteJobStoreConnectionTests : IDisposable
{
    private const string Host = "host-a";
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Open_PooledConnections_KeepTheirStoresPragmas()
    {
        using var normal = _db.Open();
        using var durable = _db.Open(durable: true);

        // The stores share one pool (same file): each open must still see its own synchronous setting and the busy timeout.
        for (var round = 0; round < 3; round++)
        {
            foreach (var (store, synchronous) in new[] { (normal, 1L), (durable, 2L) })
            {
                using var connection = store.Open();
                Assert.Equal(synchronous, Scalar(connection, "PRAGMA synchronous"));
                Assert.Equal(5000L, Scalar(connection, "PRAGMA busy_timeout"));
                Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
            }
        }
    }

    [Fact]
    public async Task DataVersion_MovesOnACommitByAnotherConnection_NotOnReads()
    {
        using var store = _db.Open();
        using var other = _db.Open();
        var before = await store.Changes.ReadAsync();
        await store.CountAsync();
        await other.ListAsync(new JobQuery());
        Assert.Equal(before, await store.Changes.ReadAsync());
        Assert.False(await store.Changes.WaitForChangeAsync(before, TimeSpan.FromMilliseconds(50)));
        await other.SubmitAsync(new JobSubmission("k", "n", "{}"));
        var afterOther = await store.Changes.ReadAsync();
        Assert.NotEqual(before, afterOther);
        Assert.True(await store.Changes.WaitForChangeAsync(before, TimeSpan.FromMinutes(1)));

        // This process's own writes go through other (pooled) connections, so they move it too.
        await store.SubmitAsync(new JobSubmission("k", "n", "{}"));
        Assert.NotEqual(afterOther, await store.Changes.ReadAsync());
    }

    [Fact]
    public async Task Claim_ManyClaimersAtOnceOnOneHost_NeverRunMoreThanTheLimit()
    {
        const int limit = 3;
        using var seed = _db.Open();
        for (var i = 0; i < 60; i++) await seed.SubmitAsync(new JobSubmission("k", "n", "{}"));
        var stores = Enumerable.Range(0, 4).Select(_ => _db.Open()).ToArray();
        var held = 0;
        var peak = 0;
        var completed = 0;
        try
        {
            // Held in memory only between a claim's commit and the completion's: never more than the host really runs.
            await Task.WhenAll(stores.Select((store, n) => Task.Run(async () =>
            {
                var owner = $"{Host}:{n}:runner";
                var mine = new List<JobSummary>(await store.ClaimAsync(Claim(owner, limit)));
                Track(mine.Count);
                while (mine.Count > 0 || await store.HasQueuedAsync(["k"]))
                {
                    if (mine.Count == 0)
                    {
                        mine.AddRange(await store.ClaimAsync(Claim(owner, limit)));
                        Track(mine.Count);
                        if (mine.Count == 0) await Task.Delay(1);
                        continue;
                    }

                    var job = mine[^1];
                    mine.RemoveAt(mine.Count - 1);
                    Interlocked.Decrement(ref held);
                    var handoff = await store.CompleteAndClaimAsync(job.Id, owner, null, Claim(owner, 1));
                    Assert.True(handoff.Completed);
                    Interlocked.Increment(ref completed);
                    mine.AddRange(handoff.Claimed);
                    Track(handoff.Claimed.Count);
                }
            })));
        }
        finally
        {
            foreach (var store in stores) store.Dispose();
        }

        Assert.InRange(peak, 1, limit);
        Assert.Equal(60, completed);
        var counts = await seed.CountAsync();
        Assert.Equal((60, 0, 0), (counts.Completed, counts.Running, counts.Queued));
        Assert.All((await seed.ListAsync(new JobQuery { Limit = 100 })).Items, j => Assert.Equal(1, j.Attempt));

        void Track(int added)
        {
            var now = Interlocked.Add(ref held, added);
            int seen;
            while ((seen = Volatile.Read(ref peak)) < now && Interlocked.CompareExchange(ref peak, now, seen) != seen)
            {
            }
        }
    }

    private static JobClaim Claim(string owner, int max) => new(owner, Host, max, 3, ["k"], TimeSpan.FromSeconds(30));

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
