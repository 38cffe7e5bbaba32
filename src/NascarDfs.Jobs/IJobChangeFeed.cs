namespace NascarDfs.Jobs;

/// <summary>
/// Change notification (SPEC §9 "Change watching"): a stamp that moves whenever another connection or process commits a
/// change to the store. SQLite implements it with <c>PRAGMA data_version</c> on a held connection; PostgreSQL with
/// <c>LISTEN</c>/<c>NOTIFY</c>.
/// </summary>
public interface IJobChangeFeed
{
    /// <summary>The current stamp; compare with an earlier one (not ordered, only equal or not).</summary>
    ValueTask<long> ReadAsync(CancellationToken cancellationToken = default);

    /// <summary>True as soon as the stamp differs from <paramref name="stamp"/>; false once <paramref name="timeout"/> passed without a change.</summary>
    Task<bool> WaitForChangeAsync(long stamp, TimeSpan timeout, CancellationToken cancellationToken = default);
}
