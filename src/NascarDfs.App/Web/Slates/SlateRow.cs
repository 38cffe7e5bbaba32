using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// A row of the Slate table, equal to another by driver id only: the table keys its rows by item, and a saved edit makes
/// new <see cref="Driver"/> values, so without this every edit replaced the rows and the focused box or field lost focus.
/// </summary>
public sealed class SlateRow(Driver driver) : IEquatable<SlateRow>
{
    public Driver Driver { get; } = driver;

    public bool Equals(SlateRow? other) => other is not null && string.Equals(Driver.Id, other.Driver.Id, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SlateRow);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Driver.Id);
}
