using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 defect 14, against the real <c>serve</c>: twelve jobs finishing together with no page open raise one OS
/// notification ("12 jobs finished"), not twelve.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class OsNotificationServeTests
{
    [Fact(Timeout = 120_000)]
    public async Task TwelveJobsFinishing_WithNoPageOpen_OneBatchedOsNotification()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "12"]);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var ids = new List<string>();
        for (var i = 0; i < 12; i++) ids.Add(await SubmitSleepAsync(http, $"batch {i}", 1));
        foreach (var id in ids) await UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));

        var log = Path.Combine(folder.Path, "os-notifications.log");
        string[] lines = [];
        await Poll.UntilAsync(() =>
        {
            lines = File.Exists(log) ? File.ReadAllLines(log) : [];
            return lines.Sum(Jobs) >= 12;
        }, TimeSpan.FromSeconds(60), "notifications of the 12 jobs");

        Assert.Equal(12, lines.Sum(Jobs));
        Assert.True(lines.Length <= 2, $"{lines.Length} notifications for 12 jobs:\n{string.Join('\n', lines)}");
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^NascarDfs: \d+ jobs finished\t\d+ completed: batch \d+, batch \d+, batch \d+( and \d+ more)?\.$"));
    }

    // The jobs one notification line speaks for.
    private static int Jobs(string line)
    {
        var title = line.Split('\t')[0];
        var match = System.Text.RegularExpressions.Regex.Match(title, @"^NascarDfs: (\d+) jobs finished$");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
    }
}
