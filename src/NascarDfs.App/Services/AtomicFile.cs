namespace NascarDfs.App.Services;

/// <summary>Writes a small file of the data folder whole or not at all: a reader, or a crash mid-write, sees the old file
/// or the new one, never half of one.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to a temporary file beside <paramref name="path"/> and renames it over it,
    /// creating the folder first.</summary>
    public static void WriteAllText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
