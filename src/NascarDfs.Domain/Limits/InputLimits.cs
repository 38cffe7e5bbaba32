namespace NascarDfs.Domain.Limits;

/// <summary>
/// Every size limit on what a user (or a script, or another site's page) can hand the product, in one place: the
/// readers, the CLI, the API and the pages enforce these values and no others. Each is far above what real use
/// needs and low enough that one request cannot take the machine's memory or minutes of its time. The README's
/// "Limits" section lists them.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// The largest salary, projections or entries file read: 5 MiB. A DraftKings salary file is about 10 KB and a
    /// DKEntries file with a few thousand entries under 1 MB; a file this size is read in well under a second.
    /// </summary>
    public const long FileBytes = 5 * 1024 * 1024;

    /// <summary>
    /// The most records in one such file: 20,000 (a slate has under 50 drivers; an entries file one row per entry,
    /// and DraftKings caps a contest at 150 entries per user).
    /// </summary>
    public const int FileRows = 20_000;

    /// <summary>The longest cell: 1,000 characters (the longest cell in every real file we have is 42).</summary>
    public const int CellLength = 1_000;

    /// <summary>
    /// The longest driver or job name: 200 characters. A job's name is shown on every status line and menu-bar
    /// entry, so a long one makes every poll large.
    /// </summary>
    public const int NameLength = 200;

    /// <summary>
    /// The most lineups one optimize request asks for: 500, the most one upload file holds on either site
    /// (DraftKings allows 150 entries per contest). The k-best search grows with the count.
    /// </summary>
    public const int LineupsPerRequest = 500;

    /// <summary>
    /// The most simulated races one request asks for: 1,000,000. The points matrix is simulations × drivers × 4
    /// bytes: 160 MB for a 40-car field, what one job may take on a laptop that runs several at once.
    /// </summary>
    public const int SimulationsPerRequest = 1_000_000;

    /// <summary>The largest contest field a contest simulation models: 200,000 entries (the largest DraftKings NASCAR GPPs are about 150,000).</summary>
    public const int ContestFieldSize = 200_000;

    /// <summary>
    /// The most drivers in one slate: 128, what the optimizer's driver masks hold (a Cup field is 40; a salary file with
    /// more is refused when read, naming the file).
    /// </summary>
    public const int SlateDrivers = 128;

    /// <summary>The longest race simulated: 1,000 laps (the longest Cup races are 500 laps; simulation time grows with laps).</summary>
    public const int RaceLaps = 1_000;

    /// <summary>The largest HTTP request body the server reads (an upload of two files, with room for the form): 12 MiB.</summary>
    public const long RequestBodyBytes = 2 * FileBytes + 2 * 1024 * 1024;

    /// <summary>
    /// Refuses a job or driver name longer than <see cref="NameLength"/> or holding control characters (a NUL, a line
    /// break) with a sentence naming <paramref name="what"/> (<c>"--name"</c>, <c>"the job name"</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The name breaks a rule; the message says which.</exception>
    public static void CheckName(string? name, string what)
    {
        if (NameProblem(name, what) is { } problem) throw new ArgumentException(problem);
    }

    /// <summary>The sentence <see cref="CheckName"/> would throw, or null when the name is allowed (null is allowed).</summary>
    public static string? NameProblem(string? name, string what)
    {
        if (name is null) return null;
        if (name.Length > NameLength) return $"{what} is {name.Length:N0} characters long; a name may have at most {NameLength}.";
        return name.Any(char.IsControl)
            ? $"{what} holds a control character (a NUL, tab or line break); use letters, digits, spaces and punctuation."
            : null;
    }

    /// <summary>"5 MiB" for messages.</summary>
    public static string Describe(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MiB" : $"{bytes / 1024.0:0.#} KiB";
}
