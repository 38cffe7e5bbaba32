namespace NascarDfs.Jobs;

/// <summary>
/// Where jobs live: one implementation per database (SQLite for one machine, PostgreSQL for several), both passing the same
/// contract tests. The app uses the <see cref="IJobHistory"/> side, the runner and maintenance the <see cref="IJobEngineStore"/> side.
/// </summary>
public interface IJobStore : IJobHistory, IJobEngineStore, IDisposable
{
    /// <summary>Where the store is, for messages (a file path, or a server and database; never a password).</summary>
    string Location { get; }
}
