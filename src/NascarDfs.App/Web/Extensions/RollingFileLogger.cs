using System.Globalization;
using NascarDfs.App.Services;

namespace NascarDfs.App.Web.Extensions;

/// <summary>
/// Logs to <c>logs/nascar-dfs-YYYYMMDD.log</c> in the data folder (SPEC §7), one file a day, the newest
/// <see cref="KeepFiles"/> kept. Writes are serialized by a lock: the app logs little (warnings and up by default).
/// </summary>
internal sealed class RollingFileLogger : ILoggerProvider
{
    public const int KeepFiles = 7;
    private readonly string _folder;
    private readonly Lock _gate = new();
    private StreamWriter? _writer;
    private string? _day;

    public RollingFileLogger(DataFolder folder) => _folder = folder.LogsFolder;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (_gate) _writer?.Dispose();
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var now = DateTimeOffset.UtcNow;
        var line = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy-MM-dd HH:mm:ss.fff}Z {level,-11} {category}: {message}");
        lock (_gate)
        {
            try
            {
                var writer = WriterFor(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
                writer.WriteLine(line);
                if (exception is not null) writer.WriteLine(exception);
            }
            catch (IOException)
            {
                // A full disk or a locked file must not take the server down; the console still has the line.
            }
        }
    }

    private StreamWriter WriterFor(string day)
    {
        if (_writer is not null && _day == day) return _writer;
        _writer?.Dispose();
        Directory.CreateDirectory(_folder);
        _day = day;
        _writer = new StreamWriter(new FileStream(Path.Combine(_folder, $"nascar-dfs-{day}.log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        foreach (var old in Directory.GetFiles(_folder, "nascar-dfs-*.log").Order(StringComparer.Ordinal).SkipLast(KeepFiles)) File.Delete(old);
        return _writer;
    }

    private sealed class Logger(RollingFileLogger owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner.Write(category, logLevel, formatter(state, exception), exception);
        }
    }
}
