using System.Diagnostics;

namespace NascarDfs.App.Web.Notifications;

/// <summary>
/// Desktop notifications through the operating system when no page is open (SPEC §7): <c>osascript</c> on macOS,
/// <c>notify-send</c> on Linux, a PowerShell toast on Windows; silently nothing where none is available.
/// <c>NASCARDFS_NOTIFY_LOG=FILE</c> appends each notification to a file instead (tests; headless servers).
/// </summary>
internal sealed class OsNotifier(ILogger<OsNotifier> logger)
{
    public const string LogVariable = "NASCARDFS_NOTIFY_LOG";

    public void Notify(string title, string body)
    {
        var log = Environment.GetEnvironmentVariable(LogVariable);
        try
        {
            if (!string.IsNullOrEmpty(log))
            {
                File.AppendAllText(log, $"{title}\t{body}\n");
                return;
            }

            var start = Command(title, body);
            if (start is null) return;
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("No OS notification ({Reason}): {Title} {Body}", e.Message, title, body);
        }
    }

    private static ProcessStartInfo? Command(string title, string body)
    {
        if (OperatingSystem.IsMacOS())
        {
            var script = $"display notification \"{Quote(body)}\" with title \"{Quote(title)}\"";
            return Start("osascript", "-e", script);
        }

        if (OperatingSystem.IsLinux()) return OnPath("notify-send") ? Start("notify-send", "--app-name=NascarDfs", title, body) : null;
        if (OperatingSystem.IsWindows())
        {
            var script =
                "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] > $null;" +
                "$x = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02);" +
                $"$t = $x.GetElementsByTagName('text'); $t.Item(0).InnerText = '{title.Replace("'", "''", StringComparison.Ordinal)}';" +
                $"$t.Item(1).InnerText = '{body.Replace("'", "''", StringComparison.Ordinal)}';" +
                "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('NascarDfs').Show([Windows.UI.Notifications.ToastNotification]::new($x))";
            return Start("powershell", "-NoProfile", "-Command", script);
        }

        return null;
    }

    private static ProcessStartInfo Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    private static bool OnPath(string file) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, file)));

    private static string Quote(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
