using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 defects 12, 13 and 9 in Debian's chromium: locks and exclusions have one home (the slate), shown by the Slate
/// table and the Optimize page alike; the Optimize form survives leaving the page, and Edit &amp; re-run fills it from a job;
/// laps may stay empty (the typical race, as on the command line) and the race is prefilled from the slate's Game Info.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class OptimizeFormTests
{
    [Fact(Timeout = 150_000)]
    public async Task LocksAndExclusions_OneSource_SlateTableAndOptimizePageShowTheSame()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("load-sample").ClickAsync();
        await page.GetByLabel("Lock Kyle Larson", new() { Exact = true }).CheckAsync();

        // Set in the Slate table, shown on the Optimize page.
        await NavigateAsync(page, "Optimize");
        await Assertions.Expect(page.GetByTestId("opt-lock")).ToHaveValueAsync(new Regex("Kyle Larson"));

        // Set on the Optimize page, shown in the Slate table.
        await page.GetByTestId("opt-exclude").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Ty Gibbs" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("opt-exclude")).ToHaveValueAsync(new Regex("Ty Gibbs"));
        await NavigateAsync(page, "Slate");
        await Assertions.Expect(page.GetByLabel("Exclude Ty Gibbs", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Lock Kyle Larson", new() { Exact = true })).ToBeCheckedAsync();

        // And the optimizer gets both.
        await NavigateAsync(page, "Optimize");
        await Input(page, "opt-lineups").FillAsync("4");
        await Input(page, "opt-lineups").PressAsync("Tab");
        await page.GetByTestId("opt-submit").ClickAsync();
        var id = JobIdIn(await ConfirmationAsync(page));
        await PageSpies.UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));
        var lineups = (await http.GetStringAsync($"/api/jobs/{id}/lineups.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(4, lineups.Count);
        Assert.All(lineups, l => Assert.Contains("40000001", l, StringComparison.Ordinal)); // Kyle Larson, locked
        Assert.All(lineups, l => Assert.DoesNotContain(SampleId("Ty Gibbs"), l, StringComparison.Ordinal));
        browser.FailureShots = false;
    }

    [Fact(Timeout = 150_000)]
    public async Task OptimizeForm_KeptAcrossPages_EditAndRerunFillsItFromAJob_LapsDefaultAndRacePrefilled()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("load-sample").ClickAsync();
        await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("drivers");
        await NavigateAsync(page, "Optimize");

        // Defect 9: a simulation objective prefills the track the sample's Game Info names; laps may stay empty.
        await page.Locator("[data-testid=objective-fields] label", new() { HasText = "coverage" }).ClickAsync();
        await Assertions.Expect(Input(page, "race-track")).ToHaveValueAsync("Talladega Superspeedway");
        await Assertions.Expect(Input(page, "race-laps")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByTestId("race-fields")).ToContainTextAsync(new Regex(@"default: \d+ laps \(the typical race\)"));
        await Input(page, "race-sims").FillAsync("1000");
        await Input(page, "opt-lineups").FillAsync("7");
        await Input(page, "opt-lineups").PressAsync("Tab");

        // Defect 13: the form is as it was left after visiting another page.
        await NavigateAsync(page, "Jobs");
        await NavigateAsync(page, "Optimize");
        await Assertions.Expect(Input(page, "opt-lineups")).ToHaveValueAsync("7");
        await Assertions.Expect(Input(page, "race-sims")).ToHaveValueAsync("1000");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "coverage", Exact = true })).ToBeCheckedAsync();

        await page.GetByTestId("opt-submit").ClickAsync();
        var id = JobIdIn(await ConfirmationAsync(page));
        await PageSpies.UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(90));
        var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        Assert.Equal("Talladega Superspeedway", job.GetProperty("config").GetProperty("race").GetProperty("track").GetString());
        var name = job.GetProperty("name").GetString()!;

        // Edit & re-run from the Jobs grid: a fresh form filled with the job's settings, named as a re-run.
        await NavigateAsync(page, "Optimize");
        await Input(page, "opt-lineups").FillAsync("2");
        await NavigateAsync(page, "Jobs");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit & re-run #{id}", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/optimize?from={id}");
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("opt-loaded-from")).ToContainTextAsync($"#{id}");
        await Assertions.Expect(Input(page, "opt-name")).ToHaveValueAsync(name + " (re-run)");
        await Assertions.Expect(Input(page, "opt-lineups")).ToHaveValueAsync("7");
        await Assertions.Expect(Input(page, "race-track")).ToHaveValueAsync("Talladega Superspeedway");
        await Assertions.Expect(Input(page, "race-sims")).ToHaveValueAsync("1000");
        browser.FailureShots = false;
    }

    private static async Task NavigateAsync(IPage page, string link)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByText(link).ClickAsync();
        await page.WaitForURLAsync("**/" + link.ToLowerInvariant());
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(link);
    }

    private static async Task<string> ConfirmationAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("opt-confirmation")).ToContainTextAsync("queued (job #");
        return await page.GetByTestId("opt-confirmation").InnerTextAsync();
    }

    private static string SampleId(string name) =>
        NascarDfs.App.Optimize.SampleSlate.SalaryFile().Drivers.Single(d => d.Name == name).Id;

    private static ILocator Input(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static string JobIdIn(string text) => JobId().Match(text).Groups[1].Value;

    [GeneratedRegex("job #([a-z0-9]+)")]
    private static partial Regex JobId();
}
