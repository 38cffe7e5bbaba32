using System.Globalization;
using System.Text;

namespace NascarDfs.Domain.Slates;

/// <summary>
/// A key for matching driver names across files (SPEC §3): insensitive to case, accents, punctuation,
/// whitespace and generational suffixes, so "Ricky Stenhouse Jr." = "ricky stenhouse jr" = "Ricky Stenhouse"
/// = "Ricky Stenhouse II", "B.J. McLeod" = "BJ McLeod" and "Daniel Suárez" = "Daniel Suarez".
/// </summary>
public static class DriverNameKey
{
    // Dropped when they are not the whole name: DraftKings writes "Martin Truex Jr", race logs "Martin Truex Jr.".
    private static readonly string[] Suffixes = ["jr", "sr", "ii", "iii", "iv"];

    // Letters that Unicode does not decompose into a base letter plus an accent.
    private static readonly Dictionary<char, string> Folds = new()
    {
        ['ß'] = "ss", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['æ'] = "ae", ['œ'] = "oe", ['ı'] = "i",
    };

    /// <summary>The matching key of <paramref name="name"/>; two names match when their keys are equal.</summary>
    public static string Normalize(string name)
    {
        var words = new List<StringBuilder> { new() };
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (Folds.TryGetValue(c, out var folded)) words[^1].Append(folded);
                else words[^1].Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                // The accent of a decomposed letter: "Suárez" becomes "suarez".
            }
            else if (c is '.' or '\'' or '\u2019')
            {
                // Initials and apostrophes join their letters: "B.J." = "BJ", "O'Neil" = "ONeil".
            }
            else if (words[^1].Length > 0)
            {
                words.Add(new StringBuilder());
            }
        }

        var tokens = words.Select(w => w.ToString()).Where(w => w.Length > 0).ToList();
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);

        // Joined without spaces so that "Jean-Pierre", "Jean Pierre" and "JeanPierre" agree.
        return string.Concat(tokens);
    }
}
