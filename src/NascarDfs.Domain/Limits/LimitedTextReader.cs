using NascarDfs.Domain.Slates;

namespace NascarDfs.Domain.Limits;

/// <summary>
/// A reader that refuses a file once it passes <see cref="InputLimits.FileBytes"/> characters, so an oversized upload
/// is refused after reading 5 MiB of it, not after reading it whole. A file on disk is checked by its length first.
/// </summary>
internal sealed class LimitedTextReader(TextReader inner, string fileName) : TextReader
{
    private long _read;

    /// <summary>Refuses the file at <paramref name="path"/> when it is larger than the limit, before reading any of it.</summary>
    public static void CheckSize(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > InputLimits.FileBytes) throw TooLarge(Path.GetFileName(path), $"is {InputLimits.Describe(length)}");
    }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Count(1);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Count(inner.Read(buffer));

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    private int Count(int read)
    {
        _read += read;
        if (_read > InputLimits.FileBytes) throw TooLarge(fileName, "is larger than that");
        return read;
    }

    private static InputFileException TooLarge(string fileName, string what) =>
        new(fileName, 0, null, $"the file {what}; the most a salary, projections or entries file may be is {InputLimits.Describe(InputLimits.FileBytes)} (real ones are a few KB). Check that this is the right file.");
}
