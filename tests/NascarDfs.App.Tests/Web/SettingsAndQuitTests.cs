using System.Text.Json;
using Microsoft.Playwright;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 "Preferences and Quit" and defect 14 in Debian's chromium: the Settings page (from the status menu) refuses
/// an invalid value with a sentence and saves nothing, saves a valid one to settings.json and applies concurrency at once;
/// Quit NascarDfs asks while a job runs, stops the server cleanly and the running job is queued again; the notifications
/// item is a state line once the browser allows them, and says what the browser answered when clicked.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class SettingsAndQuitTests
{
    [Fact(Timeout = 180_000)]
    public async Task Settings_InvalidRefusedWithASentence_ValidSavedAndConcurrencyAppliedWithoutARestart()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await browser.OpenAsync(server.Url + "/jobs");
        await page.GetByTestId("status-indicator").Locator("button").First.ClickAsync();
        await page.GetByTestId("status-menu-settings").ClickAsync();
        await page.WaitForURLAsync("**/settings");
        await Browser.WaitInteractiveAsync(page);
        var concurrency = page.GetByLabel("Concurrency", new() { Exact = true });

        foreach (var (text, reason) in new[] { ("abc", "Concurrency is 'abc'; it must be a whole number from 1 to 1,024."), ("0", "Concurrency is '0'; it must be a whole number from 1 to 1,024.") })
        {
            await concurrency.FillAsync(text);
            await concurrency.PressAsync("Tab");
            await page.GetByTestId("settings-save").ClickAsync();
            await Assertions.Expect(page.GetByTestId("settings-error")).ToContainTextAsync(reason);
            Assert.False(File.Exists(Path.Combine(folder.Path, "settings.json")));
        }

        var retention = page.GetByLabel("Retention days", new() { Exact = true });
        await retention.FillAsync("5000");
        await retention.PressAsync("Tab");
        await concurrency.FillAsync("1");
        await concurrency.PressAsync("Tab");
        await page.GetByTestId("settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settings-error")).ToContainTextAsync("Retention (days) is '5000'; it must be a whole number from 1 to 3,650.");
        await retention.FillAsync("12");
        await retention.PressAsync("Tab");
        await page.GetByTestId("settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("Concurrency is 1 now");
        var saved = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "settings.json"))).RootElement;
        Assert.Equal(1, saved.GetProperty("concurrency").GetInt32());
        Assert.Equal(12, saved.GetProperty("retentionDays").GetInt32());

        // Applied: with concurrency 1 the second job waits for the first; raised to 2, it starts while the first runs.
        var first = await PageSpies.SubmitSleepAsync(http, "first", 60);
        await PageSpies.UntilStateAsync(http, first, "running", TimeSpan.FromSeconds(20));
        var second = await PageSpies.SubmitSleepAsync(http, "second", 60);
        await Task.Delay(2500);
        Assert.Equal("queued", await PageSpies.StateAsync(http, second));
        await concurrency.FillAsync("2");
        await concurrency.PressAsync("Tab");
        await page.GetByTestId("settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync("Concurrency is 2 now");
        await PageSpies.UntilStateAsync(http, second, "running", TimeSpan.FromSeconds(10));
        Assert.Equal("running", await PageSpies.StateAsync(http, first));

        // After a reload the page shows what is in force.
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Concurrency", new() { Exact = true })).ToHaveValueAsync("2");
        await Assertions.Expect(page.GetByLabel("Retention days", new() { Exact = true })).ToHaveValueAsync("12");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 180_000)]
    public async Task Quit_AsksWhileAJobRuns_StopsTheServer_TheRunningJobIsQueuedAgain()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var id = await PageSpies.SubmitSleepAsync(http, "long sleep", 120);
        await PageSpies.UntilStateAsync(http, id, "running", TimeSpan.FromSeconds(20));
        var page = await browser.OpenAsync(server.Url + "/jobs");
        await page.GetByTestId("status-indicator").Locator("button").First.ClickAsync();
        await page.GetByTestId("status-menu-quit").ClickAsync();

        // Asked first; Keep keeps it serving.
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("1 job(s) are running");
        await page.GetByTestId("confirm-no").ClickAsync();
        await Task.Delay(500);
        Assert.False(server.HasExited);

        await page.GetByTestId("status-indicator").Locator("button").First.ClickAsync();
        await page.GetByTestId("status-menu-quit").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("quit-message")).ToContainTextAsync("NascarDfs has stopped; 1 running job(s) went back to the queue");
        try
        {
            await Poll.UntilAsync(() => server.HasExited, TimeSpan.FromSeconds(30), "the server to exit after Quit");
        }
        catch (TimeoutException e)
        {
            Directory.CreateDirectory(Browser.ScreenshotFolder);
            await File.WriteAllTextAsync(Path.Combine(Browser.ScreenshotFolder, "quit-server-output.txt"), server.Output);
            throw new TimeoutException(e.Message + " (server output in quit-server-output.txt)", e);
        }

        Assert.Equal(0, server.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "server.json")));

        var show = await AppProcess.RunAsync(["jobs", "show", id, "--format", "json"], folder.Path);
        Assert.Equal(0, show.ExitCode);
        Assert.Equal("queued", JsonDocument.Parse(show.Output).RootElement.GetProperty("state").GetString());
        browser.FailureShots = false;
    }

    [Fact(Timeout = 120_000)]
    public async Task NotificationsItem_IsAStateLineOnceGranted_AndSaysWhatTheBrowserAnswered()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;

        // Not asked yet: the item asks, and says what the browser answered (headless chromium refuses a prompt).
        var page = await browser.OpenAsync(server.Url + "/jobs");
        await page.GetByTestId("status-indicator").Locator("button").First.ClickAsync();
        var item = page.GetByTestId("status-menu-notifications");
        await Assertions.Expect(item).ToHaveTextAsync("Enable desktop notifications");
        await item.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Desktop notifications are on|blocked desktop notifications|did not answer"));

        // Granted: a state line, no longer an action.
        await browser.Context.GrantPermissionsAsync(["notifications"]);
        var granted = await browser.OpenAsync(server.Url + "/jobs");
        await granted.GetByTestId("status-indicator").Locator("button").First.ClickAsync();
        await Assertions.Expect(granted.GetByTestId("status-menu-notifications")).ToHaveTextAsync("Desktop notifications: on");
        await Assertions.Expect(granted.GetByText("Enable desktop notifications")).ToHaveCountAsync(0);
        browser.FailureShots = false;
    }
}
