using System.Diagnostics;

namespace NascarDfs.App.Web.Notifications;

/// <summary>
/// Desktop notifications through the operating system when no page is open (SPEC §7): <c>osascript</c> on macOS,
/// <c>notify-send</c> on Linux, a PowerShell toast on Windows; silently nothing where none is available.
/// <c>NASCARDFS_NOTIFY_LOG=FILE</c> appends each notification to a file instead (tests; headless servers).
/// </summary>
internal sealed class OsNotifier(ILogger<OsNotifier> logger, Microsoft.Extensions.Options.IOptions<Services.AppSettings>? settings = null)
{
    public const string LogVariable = "NASCARDFS_NOTIFY_LOG";

    /// <summary>Nothing when the user turned notifications off (Settings; read at each call, so the switch applies at once).</summary>
    public void Notify(string title, string body)
    {
        if (settings?.Value.Notifications == false) return;
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

    /// <summary>
    /// The command for this OS. No text is ever spliced into a script (issue 11 item 11): osascript and notify-send get the
    /// texts as arguments; PowerShell gets <see cref="WindowsArguments"/>.
    /// </summary>
    private static ProcessStartInfo? Command(string title, string body)
    {
        if (OperatingSystem.IsMacOS())
        {
            return Start("osascript", "-e", "on run argv", "-e", "display notification (item 2 of argv) with title (item 1 of argv)", "-e", "end run", title, body);
        }

        if (OperatingSystem.IsLinux()) return OnPath("notify-send") ? Start("notify-send", "--app-name=NascarDfs", "--", title, body) : null;
        return OperatingSystem.IsWindows() ? Start("powershell", WindowsArguments(title, body)) : null;
    }

    /// <summary>
    /// PowerShell's arguments for the toast: <c>-EncodedCommand</c> with a fixed script in which each text appears only as
    /// Base64 (letters, digits, <c>+ / =</c>), decoded by the script itself. PowerShell takes U+2018–U+201B as single quotes
    /// and U+201C–U+201E as double quotes, so escaping only ASCII quotes let a job name break out; Base64 has no quote at all.
    /// </summary>
    internal static string[] WindowsArguments(string title, string body) =>
        ["-NoProfile", "-NonInteractive", "-EncodedCommand", Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes(WindowsScript(title, body)))];

    /// <summary>The toast script (before encoding).</summary>
    internal static string WindowsScript(string title, string body) =>
        "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] > $null;" +
        "$x = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02);" +
        "$t = $x.GetElementsByTagName('text');" +
        $"$t.Item(0).InnerText = {Decoded(title)};" +
        $"$t.Item(1).InnerText = {Decoded(body)};" +
        "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('NascarDfs').Show([Windows.UI.Notifications.ToastNotification]::new($x))";

    /// <summary>A PowerShell expression whose value is <paramref name="text"/>: its UTF-8 bytes as a Base64 literal, decoded.</summary>
    private static string Decoded(string text) =>
        $"[System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text))}'))";

    private static ProcessStartInfo Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    private static bool OnPath(string file) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, file)));
}
