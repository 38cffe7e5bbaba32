using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 "Several slates" and defect 14 in Debian's chromium: a new salary file adds a slate (the edited one keeps its
/// edits), the Slate page switches between them, and a job names the slate it was queued from, also after a restart;
/// "Project from race history" fills the projections through the history projector, with the source named.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class SlateLibraryBrowserTests
{
    private static readonly string Vegas = TestData.File("draftkings", "2023-03-05-las-vegas.DKSalaries.csv");
    private static readonly string Phoenix = TestData.File("draftkings", "2023-03-12-phoenix.DKSalaries.csv");

    [Fact(Timeout = 180_000)]
    public async Task TwoSalaryFiles_TwoSlates_SwitchKeepsEdits_AJobKeepsItsSlateLinkAfterARestart()
    {
        using var folder = new TempFolder();
        string jobId;
        const string Driver = "Kyle Larson";
        await using (var server = await ServerProcess.StartAsync(folder.Path))
        {
            await using var browser = await Browser.LaunchAsync();
            browser.FailureShots = true;
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            var page = await browser.OpenAsync(server.Url + "/slate");
            await page.GetByTestId("salary-input").SetInputFilesAsync(Vegas);
            await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("Pennzoil 400");
            var projection = page.GetByLabel($"Projection of {Driver}", new() { Exact = true });
            await projection.FillAsync("71.5");
            await projection.PressAsync("Tab");
            await Assertions.Expect(page.GetByTestId("projection-source")).ToContainTextAsync("projections (edited)");

            // Defect 14: the second file is a second slate, not a replacement of the edited one.
            await page.GetByTestId("salary-input").SetInputFilesAsync(Phoenix);
            await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("United Rentals Work United 500");
            await Assertions.Expect(page.GetByLabel("Race date", new() { Exact = true })).ToHaveValueAsync("2023-03-12");
            await SwitchAsync(page, "Pennzoil 400");
            await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("Pennzoil 400");
            await Assertions.Expect(page.GetByLabel($"Projection of {Driver}", new() { Exact = true })).ToHaveValueAsync("71.5");

            // A job queued from the Las Vegas slate names it.
            await page.GotoAsync(server.Url + "/optimize");
            await Browser.WaitInteractiveAsync(page);
            await page.Locator("input[data-testid=opt-lineups], [data-testid=opt-lineups] input").First.FillAsync("3");
            await page.GetByTestId("opt-submit").ClickAsync();
            await Assertions.Expect(page.GetByTestId("opt-confirmation")).ToContainTextAsync("queued (job #");
            jobId = JobId().Match(await page.GetByTestId("opt-confirmation").InnerTextAsync()).Groups[1].Value;
            await PageSpies.UntilStateAsync(http, jobId, "completed", TimeSpan.FromSeconds(60));

            // Switch away, so the link cannot be "whatever is current".
            await page.GotoAsync(server.Url + "/slate");
            await Browser.WaitInteractiveAsync(page);
            await SwitchAsync(page, "United Rentals Work United 500");
            await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("United Rentals");
            var slates = await http.GetFromJsonAsync<JsonElement>("/api/slates");
            Assert.Equal(2, slates.GetArrayLength());
            browser.FailureShots = false;
        }

        await using (var server = await ServerProcess.StartAsync(folder.Path))
        {
            await using var browser = await Browser.LaunchAsync();
            browser.FailureShots = true;
            var page = await browser.OpenAsync(server.Url + $"/jobs/{jobId}");
            await Assertions.Expect(page.GetByTestId("job-slate")).ToContainTextAsync(new Regex("^Pennzoil 400.* · DraftKings · 2023-03-05$"));

            // The Jobs grid names it too, in the job's row.
            var jobs = await browser.OpenAsync(server.Url + "/jobs");
            await Assertions.Expect(jobs.Locator($"[data-slate-of='{jobId}']")).ToContainTextAsync(new Regex("^Pennzoil 400.* · DraftKings · 2023-03-05$"));

            // The link opens that slate, with its edit.
            await page.GetByTestId("job-slate").ClickAsync();
            await page.WaitForURLAsync(new Regex("/slate\\?id="));
            await Browser.WaitInteractiveAsync(page);
            await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("Pennzoil 400");
            await Assertions.Expect(page.GetByLabel($"Projection of {Driver}", new() { Exact = true })).ToHaveValueAsync("71.5");
            browser.FailureShots = false;
        }
    }

    [Fact(Timeout = 180_000)]
    public async Task ProjectFromRaceHistory_FillsProjections_WithTheSourceNamed_AndRemembersTheLogs()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("salary-input").SetInputFilesAsync(Phoenix);
        await Assertions.Expect(page.GetByTestId("projection-source")).ToContainTextAsync("salary file's average");
        var before = await page.GetByLabel("Projection of Kyle Larson", new() { Exact = true }).InputValueAsync();

        await page.GetByText("Project from race history").First.ClickAsync();
        await page.GetByLabel("Race logs path", new() { Exact = true }).FillAsync(TestData.RaceLogs);
        await page.GetByTestId("history-project").ClickAsync();
        await Assertions.Expect(page.GetByTestId("projection-source")).ToContainTextAsync("the history projector on race-logs.csv", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("projection-source")).ToContainTextAsync("to 2023-03-11 for Phoenix Raceway");
        var after = page.GetByLabel("Projection of Kyle Larson", new() { Exact = true });
        await Assertions.Expect(after).Not.ToHaveValueAsync(before);
        Assert.NotEqual("", await page.GetByLabel("StdDev of Kyle Larson", new() { Exact = true }).InputValueAsync());

        // A date the page cannot read is a sentence naming the field; the logs path is remembered in settings.json.
        await page.GetByLabel("Race date", new() { Exact = true }).FillAsync("12/03/2023");
        await page.GetByLabel("Race date", new() { Exact = true }).PressAsync("Tab");
        await page.GetByTestId("history-project").ClickAsync();
        await Assertions.Expect(page.GetByTestId("slate-error")).ToContainTextAsync("Race date: '12/03/2023' is not a date in the form YYYY-MM-DD.");
        Assert.Contains("race-logs.csv", await File.ReadAllTextAsync(Path.Combine(folder.Path, "settings.json")), StringComparison.Ordinal);
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("projection-source")).ToContainTextAsync("the history projector on race-logs.csv");
        await page.GetByText("Project from race history").First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Race logs path", new() { Exact = true })).ToHaveValueAsync(TestData.RaceLogs);
        browser.FailureShots = false;
    }

    private static async Task SwitchAsync(IPage page, string slate)
    {
        await page.GetByTestId("slate-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = slate }).ClickAsync();
    }

    [GeneratedRegex("job #([a-z0-9]+)")]
    private static partial Regex JobId();
}
