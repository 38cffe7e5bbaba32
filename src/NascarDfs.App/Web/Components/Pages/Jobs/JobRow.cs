using NascarDfs.Jobs;

namespace NascarDfs.App.Web.Components.Pages.Jobs;

/// <summary>
/// A row of the Jobs grid. The grid keys its rows by item; a <see cref="JobSummary"/> is a value, so every store write of a
/// running job (progress, heartbeat) made a new key and the browser got a new row — and a click pressed on the old
/// button was lost. A row is equal to another by job id only, so reloads patch the row in place.
/// </summary>
public sealed class JobRow(JobSummary job) : IEquatable<JobRow>
{
    public JobSummary Job { get; } = job;

    public string Id => Job.Id;

    public bool Equals(JobRow? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as JobRow);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
