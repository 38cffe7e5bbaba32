using NascarDfs.App.Services;

namespace NascarDfs.App.Web.Extensions;

/// <summary>Console and the rolling file in the data folder; warnings and up, plus the app's own information lines.</summary>
internal static class LoggingExtensions
{
    public static ILoggingBuilder AddNascarDfsLogging(this ILoggingBuilder logging, DataFolder folder)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(console => console.SingleLine = true);
        logging.AddProvider(new RollingFileLogger(folder));
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter("NascarDfs", LogLevel.Information);

        // Keys live unencrypted in the user's own data folder, like the database; the warning says nothing actionable.
        logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        return logging;
    }
}
