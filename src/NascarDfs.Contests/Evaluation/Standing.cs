namespace NascarDfs.Contests.Evaluation;

/// <summary>
/// Where one probe lineup (a user entry or a roi candidate) finishes against the field in each race it can be
/// paid in: the races, its score, field entries strictly above it and field entries tied with it. Races where
/// at least <c>threshold</c> field entries beat it are left out: it cannot be paid there, and it cannot move an
/// own entry that could (any own entry above it is also beaten by the field).
/// </summary>
internal sealed class Standing(int[] races, float[] scores, int[] above, int[] ties)
{
    public int[] Races { get; } = races;

    public float[] Scores { get; } = scores;

    public int[] Above { get; } = above;

    public int[] Ties { get; } = ties;

    public int Count => Races.Length;
}
