using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace NascarDfs.App.Services;

/// <summary>
/// The log of <c>serve</c> and <c>worker</c>: standard error and a rolling file, <c>logs/nascar-dfs-YYYYMMDD.log</c> in the
/// data folder (one a day, the newest <see cref="KeepFiles"/> kept). By default the app's own categories (<c>NascarDfs.*</c>)
/// at Information and up, everything else at Warning and up; <c>Logging:LogLevel</c> in settings.json or
/// <c>NASCARDFS_Logging__LogLevel__Default</c> change it.
/// </summary>
internal static class LoggingExtensions
{
    public const int KeepFiles = 7;

    public static ILoggingBuilder AddNascarDfsLogging(this ILoggingBuilder logging, DataFolder folder)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(console => console.SingleLine = true);
        // Standard output carries the command's own lines (the URL, job ids) for scripts; the log goes to standard error.
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // The sink writes whatever the logging filters let through; the file's own level is the lowest.
        var file = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.File(
                Path.Combine(folder.LogsFolder, "nascar-dfs-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: KeepFiles,
                shared: true,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}",
                restrictedToMinimumLevel: LogEventLevel.Verbose)
            .CreateLogger();
        logging.AddSerilog(file, dispose: true);

        // AddSerilog lets every event through to Serilog (a Trace rule for its provider); the file follows the same
        // Logging:LogLevel rules as the console instead, so drop that rule.
        logging.Services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var serilog = typeof(Serilog.Extensions.Logging.SerilogLoggerProvider).FullName;
            foreach (var rule in options.Rules.Where(r => r.ProviderName == serilog && r.CategoryName is null).ToList()) options.Rules.Remove(rule);
        });
        return logging;
    }

    /// <summary>The default levels, as configuration so that settings.json and the environment can override them.</summary>
    public static IReadOnlyDictionary<string, string?> DefaultLevels { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Logging:LogLevel:Default"] = nameof(LogLevel.Warning),
        ["Logging:LogLevel:NascarDfs"] = nameof(LogLevel.Information),

        // Keys live unencrypted in the user's own data folder, like the database; the warning says nothing actionable.
        ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = nameof(LogLevel.Error),
    };
}
