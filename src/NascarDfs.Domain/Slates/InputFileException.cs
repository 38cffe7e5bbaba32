namespace NascarDfs.Domain.Slates;

/// <summary>
/// Bad input in a user's file, located by file, line (1-based, as an editor shows it) and column name,
/// so the user can fix it without reading a stack trace.
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>Creates the error.</summary>
    public InputFileException(string file, int line, string? column, string reason)
        : base(Format(file, line, column, reason))
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file name as the user gave it.</summary>
    public string File { get; }

    /// <summary>1-based line number; 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>The column's name, when one column is at fault.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, in a sentence.</summary>
    public string Reason { get; }

    private static string Format(string file, int line, string? column, string reason)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        if (column is not null) where += $", column '{column}'";
        return $"{where}: {reason}";
    }
}
