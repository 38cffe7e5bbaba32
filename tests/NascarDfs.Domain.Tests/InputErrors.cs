using NascarDfs.Domain.Slates;

namespace NascarDfs.Domain.Tests;

/// <summary>Asserts that bad input is reported where the user can find it: file, line and column.</summary>
internal static class InputErrors
{
    public static InputFileException Assert(Action read, string file, int line, string? column)
    {
        var error = Xunit.Assert.Throws<InputFileException>(read);
        Xunit.Assert.Equal(file, error.File);
        Xunit.Assert.Equal(line, error.Line);
        Xunit.Assert.Equal(column, error.Column);
        Xunit.Assert.Contains(file, error.Message, StringComparison.Ordinal);
        if (line > 0) Xunit.Assert.Contains($"line {line}", error.Message, StringComparison.Ordinal);
        if (column is not null) Xunit.Assert.Contains($"column '{column}'", error.Message, StringComparison.Ordinal);
        return error;
    }
}
