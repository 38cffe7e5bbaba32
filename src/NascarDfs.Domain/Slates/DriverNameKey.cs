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

    // Accented Latin letters folded by table: under InvariantGlobalization (this project's setting) string.Normalize
    // may leave them composed, and some letters (ø, ł, ß) have no decomposition at all.
    private static readonly Dictionary<char, string> Folds = BuildFolds();

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

    private static Dictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string> { ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th", ['ð'] = "d" };
        (char Base, string Variants)[] letters =
        [
            ('a', "àáâãäåāăąǎ"), ('c', "çćĉċč"), ('d', "ďđ"), ('e', "èéêëēĕėęě"), ('g', "ĝğġģ"), ('h', "ĥħ"),
            ('i', "ìíîïĩīĭįı"), ('j', "ĵ"), ('k', "ķ"), ('l', "ĺļľŀł"), ('n', "ñńņňŉ"), ('o', "òóôõöøōŏőǒ"),
            ('r', "ŕŗř"), ('s', "śŝşšș"), ('t', "ţťŧț"), ('u', "ùúûüũūŭůűųǔ"), ('w', "ŵ"), ('y', "ýÿŷ"), ('z', "źżž"),
        ];
        foreach (var (letter, variants) in letters)
        {
            foreach (var variant in variants) folds[variant] = letter.ToString();
        }

        return folds;
    }
}
