using System.Text;

namespace NascarDfs.Domain.Tests;

/// <summary>
/// Builds a DraftKings entries file / entry template as DraftKings serves it: the entry header and rows, an empty
/// column, instructions to the right, and the player table shifted right below them.
/// </summary>
internal static class DkEntriesFixture
{
    public const string Header = "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D,,Instructions";

    private static readonly string[] Instructions =
    [
        "1. Locate the player you want to select in the list below",
        "2. Copy the ID of your player (you can use the Name + ID column or the ID column)",
        "3. Paste the ID into the roster position desired",
        "4. You must paste the ID or the Name + ID into the correct column",
    ];

    /// <summary>
    /// The file text with <paramref name="entries"/> entry rows on the left and, from column 12, the instructions,
    /// a blank row and the player table of <paramref name="salaryLines"/>, sharing rows with the entries as DraftKings does.
    /// </summary>
    public static string Build(int entries, IReadOnlyList<string> salaryLines, string newLine = "\r\n")
    {
        string[] right = [.. Instructions, "", .. salaryLines];
        var text = new StringBuilder(Header).Append(newLine);
        for (var i = 0; i < Math.Max(entries, right.Length); i++)
        {
            var entry = i < entries
                ? $"{4_000_001 + i},\"NASCAR $5 Double Up, Talladega\",17000{i % 2},$5,,,,,,"
                : ",,,,,,,,,";
            text.Append(entry).Append(",,").Append(i < right.Length ? right[i] : "").Append(newLine);
        }

        return text.ToString();
    }
}
