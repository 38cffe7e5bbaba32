using System.Globalization;
using System.Text;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>Jobs as plain text for the terminal (stable columns, easy to grep).</summary>
internal static class JobText
{
    public static bool TryParseState(string? text, out JobState? state)
    {
        state = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Enum.TryParse<JobState>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _))
        {
            state = parsed;
            return true;
        }

        return false;
    }

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "",
        { TotalHours: >= 1 } d => d.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture),
        { TotalMinutes: >= 1 } d => d.ToString(@"m\:ss", CultureInfo.InvariantCulture),
        { } d => d.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s",
    };

    public static string Time(DateTimeOffset? time) =>
        time?.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";

    public const string Header = "ID        STATE      PROGRESS  CREATED              DURATION  KIND              NAME";

    /// <summary>The footnote under a list with a <c>completed*</c> row.</summary>
    public const string WarningsNote = "* completed with warnings (fewer lineups than asked, or a missed minimum): `jobs show ID` says why.";

    /// <summary>The STATE cell: <c>completed*</c> for a job completed with warnings (see <see cref="WarningsNote"/>).</summary>
    public static string StateCell(JobSummary job) => job.HasWarnings ? "completed*" : JobSummary.StateName(job.State);

    public static string Row(JobSummary job, DateTimeOffset now) => string.Create(
        CultureInfo.InvariantCulture,
        $"{job.Id,-9} {StateCell(job),-10} {job.Progress,7}%  {Time(job.CreatedAt),-20} {Duration(job.DurationAt(now)),-9} {job.Kind,-17} {job.Name}");

    public static string Details(JobRecord job, DateTimeOffset now)
    {
        var text = new StringBuilder();
        void Add(string label, object? value)
        {
            if (value is null || (value is string s && s.Length == 0)) return;
            text.Append(CultureInfo.InvariantCulture, $"{label + ":",-17}{value}\n");
        }

        Add("Job", "#" + job.Id);
        Add("Name", job.Name);
        Add("Kind", job.Kind);
        Add("State", job.StateText);
        Add("Warning", job.Warning);
        Add("Priority", job.Priority);
        Add("Progress", $"{job.Progress}% {job.ProgressMessage}".TrimEnd());
        Add("Created", Time(job.CreatedAt));
        Add("Started", Time(job.StartedAt));
        Add("Finished", Time(job.FinishedAt));
        Add("Duration", Duration(job.DurationAt(now)));
        Add("Attempts", $"{job.Attempt} of {job.MaxAttempts}");
        Add("Cancel asked", Time(job.CancelRequestedAt));
        Add("Ran on", job.RanOn);
        Add("Prefers a GPU", job.PreferGpu ? "yes" : null);
        Add("Lease owner", job.LeaseOwner);
        Add("Lease expires", Time(job.LeaseExpiresAt));
        Add("Re-run of", job.RerunOf is null ? null : "#" + job.RerunOf);
        Add("Error", job.Error);
        text.Append("Config:\n").Append(job.Config).Append('\n');
        if (job.Result is not null) text.Append("Result:\n").Append(job.Result).Append('\n');
        return text.ToString();
    }
}
