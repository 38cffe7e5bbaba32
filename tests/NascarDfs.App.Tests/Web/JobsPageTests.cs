using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NascarDfs.App.Optimize;
using NascarDfs.Optimization.Portfolio;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// The acceptance scenario's steps about jobs as the Jobs page shows them, in Debian's chromium against the real server:
/// each job's life (6), closing and reopening the page (4), cancelling and failing (7), and the notifications.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class JobsPageTests
{
    private static readonly string[] Lifecycle = ["queued", "running", "completed"];

    [Fact(Timeout = 90_000)]
    public async Task EachJobQueuedRunningCompleted_PageClosedAndReopened_ShowsTrueState()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "1"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        await browser.Context.AddInitScriptAsync(StateRecorder);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        // (6) With one slot, every job waits its turn: the page shows each one queued, then running, then completed.
        var page = await browser.OpenAsync(server.Url + "/jobs");
        string[] ids = [await SubmitSleepAsync(http, "first", 1.5), await SubmitSleepAsync(http, "second", 1.5), await SubmitSleepAsync(http, "third", 1.5)];
        foreach (var id in ids)
        {
            await Assertions.Expect(Badge(page, id)).ToHaveAttributeAsync("data-state", "completed", new() { Timeout = 20_000 });
        }

        var states = await page.EvaluateAsync<Dictionary<string, string[]>>("() => window.__states");
        Assert.Equal(["running", "completed"], states[ids[0]].SkipWhile(s => s == "queued"));
        Assert.Equal(Lifecycle, states[ids[1]]);
        Assert.Equal(Lifecycle, states[ids[2]]);

        // (4) Close the page while a job runs; the server keeps going without it.
        var before = await SubmitSleepAsync(http, "ran while closed", 2);
        var after = await SubmitSleepAsync(http, "runs after reopening", 8);
        await Assertions.Expect(Badge(page, before)).ToHaveAttributeAsync("data-state", "running", new() { Timeout = 10_000 });
        await page.CloseAsync();
        await UntilStateAsync(http, before, "completed", TimeSpan.FromSeconds(15));
        await UntilStateAsync(http, after, "running", TimeSpan.FromSeconds(5));

        // Reopened: the true state of each job, which then goes on live.
        var again = await browser.OpenAsync(server.Url + "/jobs");
        await Assertions.Expect(Badge(again, before)).ToHaveAttributeAsync("data-state", "completed");
        await Assertions.Expect(Badge(again, after)).ToHaveAttributeAsync("data-state", "running");
        foreach (var id in ids) await Assertions.Expect(Badge(again, id)).ToHaveAttributeAsync("data-state", "completed");
        await Assertions.Expect(Badge(again, after)).ToHaveAttributeAsync("data-state", "completed", new() { Timeout = 15_000 });
        await Assertions.Expect(again.GetByTestId("status-indicator")).ToContainTextAsync("No jobs running");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 90_000)]
    public async Task CancelQueuedAtOnce_CancelRunningWithin2s_FailedJobShowsItsMessage()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "1"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var running = await SubmitSleepAsync(http, "long runner", 60);
        var queued = await SubmitSleepAsync(http, "waiting", 60);
        var page = await browser.OpenAsync(server.Url + "/jobs");
        await Assertions.Expect(Badge(page, running)).ToHaveAttributeAsync("data-state", "running", new() { Timeout = 10_000 });
        await Assertions.Expect(Badge(page, queued)).ToHaveAttributeAsync("data-state", "queued");

        // (7) A queued job is cancelled at once: the store says so as soon as the click returns.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel #{queued}" }).ClickAsync();
        await Assertions.Expect(Badge(page, queued)).ToHaveAttributeAsync("data-state", "cancelled", new() { Timeout = 2_000 });
        Assert.Equal("cancelled", await StateAsync(http, queued));
        Assert.Equal("running", await StateAsync(http, running));

        // A running one stops within 2 s of the click, as the page shows it.
        var clock = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel #{running}" }).ClickAsync();
        await Assertions.Expect(Badge(page, running)).ToHaveAttributeAsync("data-state", "cancelled", new() { Timeout = 5_000 });
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the running job took {clock.Elapsed.TotalSeconds:0.00} s to show cancelled");
        Assert.Equal("cancelled", await StateAsync(http, running));

        // A config the pre-submit check accepts (each group is possible alone) fails when run; the details show why.
        var config = SampleArgs.Document(SampleArgs.Optimize("two dear groups", 2, new PortfolioConstraints
        {
            Groups =
            [
                new DriverGroup("Top A", ["Kyle Larson", "William Byron", "Denny Hamlin"], AtLeast: 3),
                new DriverGroup("Top B", ["Christopher Bell", "Ryan Blaney", "Chase Elliott"], AtLeast: 3),
            ],
        }));
        var submitted = await http.PostAsJsonAsync("/api/jobs", new { kind = OptimizeArgs.Kind, name = config.Name, config }, NascarDfs.App.Services.AppJson.Options);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, submitted.StatusCode);
        var failing = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Assertions.Expect(Badge(page, failing)).ToHaveAttributeAsync("data-state", "failed", new() { Timeout = 30_000 });
        await page.GetByTestId("job-name").And(page.Locator($"[data-job-id='{failing}']")).ClickAsync();
        await Assertions.Expect(page.GetByTestId("job-details")).ToHaveAttributeAsync("data-state", "failed");
        await Assertions.Expect(page.GetByTestId("job-error")).ToContainTextAsync("No lineup satisfies every constraint together");
        await Assertions.Expect(page.GetByTestId("job-error")).ToContainTextAsync("group 'Top A' at least 3");
        await Browser.ScreenshotAsync(page, "6-failed-job-details");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 90_000)]
    public async Task FinishedJob_ToastWhenFocused_OneDesktopNotificationAcrossTwoUnfocusedTabs()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        await browser.Context.AddInitScriptAsync(NotificationSpy);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var first = await browser.OpenAsync(server.Url + "/jobs");
        var second = await browser.OpenAsync(server.Url + "/optimize");
        IPage[] tabs = [first, second];
        foreach (var tab in tabs) await RecordHandledAsync(tab);

        // With focus: an in-app toast in the focused tab, no desktop notification anywhere, nothing in the other tab.
        await first.EvaluateAsync("() => window.__focused = true");
        var foreground = await SubmitSleepAsync(http, "in front", 0.5);
        await UntilHandledAsync(tabs, foreground);
        await Assertions.Expect(first.Locator(".mud-snackbar", new() { HasText = $"job #{foreground}" })).ToBeVisibleAsync();
        Assert.Equal(0, await NotesAsync(tabs));
        Assert.Equal(0, await second.Locator(".mud-snackbar", new() { HasText = $"job #{foreground}" }).CountAsync());

        // Without focus, two tabs open: exactly one desktop notification, and its click opens the job.
        await first.EvaluateAsync("() => window.__focused = false");
        var background = await SubmitSleepAsync(http, "behind", 0.5);
        await UntilHandledAsync(tabs, background);
        Assert.Equal(1, await NotesAsync(tabs));
        var shower = await first.EvaluateAsync<int>("() => window.__notes.length") == 1 ? first : second;
        Assert.Contains($"job #{background}", await shower.EvaluateAsync<string>("() => window.__notes[0].body"));
        await shower.EvaluateAsync("() => window.__notes[0].onclick()");
        await shower.WaitForURLAsync($"**/jobs/{background}");
        await Assertions.Expect(shower.GetByTestId("job-details")).ToHaveAttributeAsync("data-state", "completed");
        browser.FailureShots = false;
    }

    private static Task UntilHandledAsync(IPage[] tabs, string id) =>
        Poll.UntilAsync(async () =>
        {
            foreach (var tab in tabs)
            {
                if (!await tab.EvaluateAsync<bool>("id => window.__handled.includes(id)", id)) return false;
            }

            return true;
        }, TimeSpan.FromSeconds(20), $"every tab to handle the end of #{id}");

    private static async Task<int> NotesAsync(IPage[] tabs)
    {
        var total = 0;
        foreach (var tab in tabs) total += await tab.EvaluateAsync<int>("() => window.__notes.length");
        return total;
    }
}
