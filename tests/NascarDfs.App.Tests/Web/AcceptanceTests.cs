using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// The issue's acceptance scenario in Debian's chromium against the real server: import the sample, queue optimizations
/// from the page and sleep jobs through the API, watch concurrency, badge, title and status menu, cancel from the CLI,
/// restart and find the history with its lineups. Screenshots go to bin/.../screenshots.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class AcceptanceTests
{
    [Fact(Timeout = 240_000)]
    public async Task Scenario_ImportQueueWatchCancelRestart()
    {
        using var folder = new TempFolder();
        var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
        try
        {
            await using var browser = await Browser.LaunchAsync();
            browser.FailureShots = true;
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

            // (1) Import the sample slate and queue 3 optimizations from the page.
            var page = await browser.OpenAsync(server.Url + "/slate");
            await page.GetByTestId("load-sample").ClickAsync();
            await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("drivers");
            await Browser.ScreenshotAsync(page, "1-slate");

            await page.GotoAsync(server.Url + "/optimize");
            await Browser.WaitInteractiveAsync(page);
            var optimizeIds = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                await page.GetByTestId("opt-submit").ClickAsync();
                var confirmation = page.GetByTestId("opt-confirmation");
                await Assertions.Expect(confirmation).ToContainTextAsync("queued (job #");
                await Poll.UntilAsync(async () => IdIn(await confirmation.InnerTextAsync()) is { } id && !optimizeIds.Contains(id), TimeSpan.FromSeconds(10), "a new job id");
                optimizeIds.Add(IdIn(await confirmation.InnerTextAsync())!);
                Assert.Matches(@"Optimization '.+' queued \(job #[a-z0-9]+\)", await confirmation.InnerTextAsync());
            }

            await Browser.ScreenshotAsync(page, "2-optimize");

            // ... and 3 sleep jobs through the API: with concurrency 2, never more than two run at once.
            await page.GotoAsync(server.Url + "/jobs");
            await Browser.WaitInteractiveAsync(page);
            var sleepIds = new List<string>();
            for (var i = 0; i < 3; i++) sleepIds.Add(await SubmitSleepAsync(http, $"sleep {i + 1}", 3));
            await Assertions.Expect(page.GetByTestId("job-name")).ToHaveCountAsync(6);

            var sawRunningTitle = false;
            var maxRunning = 0;
            await Poll.UntilAsync(async () =>
            {
                var status = await http.GetFromJsonAsync<JsonElement>("/api/status");
                maxRunning = Math.Max(maxRunning, status.GetProperty("running").GetInt32());
                sawRunningTitle |= (await page.TitleAsync()).Contains("running)", StringComparison.Ordinal);
                return status.GetProperty("active").GetInt32() == 0;
            }, TimeSpan.FromSeconds(60), "every job to finish");
            Assert.Equal(2, maxRunning);
            Assert.True(sawRunningTitle, "the title never showed the running count");

            // (6) Every job completed.
            foreach (var id in optimizeIds.Concat(sleepIds))
            {
                await Assertions.Expect(page.Locator($"[data-job-state-of='{id}'] [data-testid=state-badge]")).ToHaveAttributeAsync("data-state", "completed");
            }

            // (2) The badge counted queued + running and was cleared at zero; the title lost its count.
            await Poll.UntilAsync(async () => await page.EvaluateAsync<int>("() => window.__badges.at(-1) ?? -1") == 0, TimeSpan.FromSeconds(5), "the badge to clear");
            var badges = await page.EvaluateAsync<int[]>("() => window.__badges");
            Assert.True(badges.Max() >= 2, $"badge calls: {string.Join(",", badges)}");
            Assert.Equal("NascarDfs", await page.TitleAsync());

            // (3) The status menu lists the recent jobs.
            await Assertions.Expect(page.GetByTestId("status-indicator")).ToContainTextAsync("No jobs running");
            await page.GetByTestId("status-indicator").Locator("button").First.ClickAsync();
            await Assertions.Expect(page.GetByTestId("status-menu-job")).ToHaveCountAsync(5);
            await Browser.ScreenshotAsync(page, "3-jobs-and-status-menu");
            await page.Keyboard.PressAsync("Escape");

            // (7) A running job cancelled from the CLI updates the open page.
            var longId = await SubmitSleepAsync(http, "long sleep", 60);
            await Assertions.Expect(page.Locator($"[data-job-state-of='{longId}'] [data-testid=state-badge]")).ToHaveAttributeAsync("data-state", "running");
            var cancel = await AppProcess.RunAsync(["jobs", "cancel", longId], folder.Path);
            Assert.Equal(0, cancel.ExitCode);
            await Assertions.Expect(page.Locator($"[data-job-state-of='{longId}'] [data-testid=state-badge]"))
                .ToHaveAttributeAsync("data-state", "cancelled", new LocatorAssertionsToHaveAttributeOptions { Timeout = 5_000 });

            // The lineups page of a finished optimization, and its upload CSV.
            await page.GotoAsync($"{server.Url}/lineups/{optimizeIds[0]}");
            await Browser.WaitInteractiveAsync(page);
            await Assertions.Expect(page.GetByTestId("lineups-table")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(page, "4-lineups");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
            var csvPath = Path.Combine(folder.Path, "download.csv");
            await download.SaveAsAsync(csvPath);
            var lines = await File.ReadAllLinesAsync(csvPath);
            Assert.Equal("D,D,D,D,D,D", lines[0]);
            var slateIds = NascarDfs.App.Optimize.SampleSlate.SalaryFile().Drivers.Select(d => d.Id).ToHashSet();
            Assert.All(lines.Skip(1).SelectMany(l => l.Split(',')), id => Assert.Contains(id, slateIds));

            // (5) Stop the server, start it on the same database: the full history, with lineups.
            await page.CloseAsync();
            await server.StopAsync();
            await server.DisposeAsync();
            server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
            var again = await browser.OpenAsync(server.Url + "/jobs");
            await Assertions.Expect(again.GetByTestId("job-name")).ToHaveCountAsync(7);
            await again.GotoAsync($"{server.Url}/lineups/{optimizeIds[2]}");
            await Assertions.Expect(again.GetByTestId("lineups-table")).ToBeVisibleAsync();
            await Browser.ScreenshotAsync(again, "5-after-restart");
            browser.FailureShots = false;
        }
        catch
        {
            await SaveFailureAsync(server);
            throw;
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task SaveFailureAsync(ServerProcess server)
    {
        Directory.CreateDirectory(Browser.ScreenshotFolder);
        await File.WriteAllTextAsync(Path.Combine(Browser.ScreenshotFolder, "failure-server-output.txt"), server.Output);
    }

    private static async Task<string> SubmitSleepAsync(HttpClient http, string name, int seconds)
    {
        var response = await http.PostAsJsonAsync("/api/jobs", new { kind = "diagnostic.sleep", name, config = new { seconds } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static string? IdIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, "job #([a-z0-9]+)") is { Success: true } m ? m.Groups[1].Value : null;
}
