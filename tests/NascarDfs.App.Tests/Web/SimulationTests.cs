using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Optimize;
using NascarDfs.App.Simulate;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Simulation jobs in the app: a coverage portfolio queued from the Optimize page and shown on the Lineups page with its
/// distributions, a plain simulation from the same form, and the API's <c>simulate</c> kind and race validation.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class SimulationTests
{
    [Fact(Timeout = 90_000)]
    public async Task OptimizePage_CoverageAtTalladega_LineupsPageShowsSimulatedStatsHistogramsAndCoverage()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("load-sample").ClickAsync();
        await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("drivers");
        await page.GotoAsync(server.Url + "/optimize");
        await Browser.WaitInteractiveAsync(page);

        await Assertions.Expect(page.GetByTestId("race-fields")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=objective-fields] label", new() { HasText = "coverage" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("race-fields")).ToBeVisibleAsync();
        await Assertions.Expect(Input(page, "opt-name")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(" coverage$"));

        // The sample's Game Info names Talladega, so the track is prefilled (issue 13 defect 9). Inline validation before
        // anything is queued: with the track cleared there is no race.
        await Assertions.Expect(Input(page, "race-track")).ToHaveValueAsync("Talladega Superspeedway");
        await Input(page, "race-track").FillAsync("");
        await Input(page, "race-track").PressAsync("Tab");
        await page.GetByTestId("opt-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("race-fields")).ToContainTextAsync("Give a track or a track type.");
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/jobs")).GetArrayLength());

        await Input(page, "race-track").FillAsync("Talladega");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Talladega Superspeedway" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("race-fields")).Not.ToContainTextAsync("Give a track or a track type.");
        await Input(page, "race-laps").FillAsync("188");
        await Input(page, "race-sims").FillAsync("1000");
        await Input(page, "opt-lineups").FillAsync("5");
        await Input(page, "opt-lineups").PressAsync("Tab");
        await Browser.ScreenshotAsync(page, "8-optimize-simulation");
        await page.GetByTestId("opt-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("opt-confirmation")).ToContainTextAsync("coverage' queued (job #");
        var id = JobIdIn(await page.GetByTestId("opt-confirmation").InnerTextAsync());

        // The same race as a plain simulation.
        await page.GetByTestId("opt-simulate").ClickAsync();
        await Assertions.Expect(page.GetByTestId("opt-confirmation")).ToContainTextAsync("Simulation '");
        var simulationId = JobIdIn(await page.GetByTestId("opt-confirmation").InnerTextAsync());
        Assert.NotEqual(id, simulationId);

        await UntilCompletedAsync(http, id, TimeSpan.FromSeconds(45));
        var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        var race = job.GetProperty("config").GetProperty("race");
        Assert.Equal("Talladega Superspeedway", race.GetProperty("track").GetString());
        Assert.Equal(188, race.GetProperty("laps").GetInt32());

        await page.GotoAsync($"{server.Url}/lineups/{id}");
        await Browser.WaitInteractiveAsync(page);
        var headers = page.GetByTestId("lineups-table").Locator("th");
        foreach (var column in new[] { "Mean", "SD", "p90", "p99", "P(≥ target)", "Optimal" })
        {
            await Assertions.Expect(headers.Filter(new() { HasTextString = column }).First).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByTestId("lineup-mean")).ToHaveCountAsync(5);
        var histogram = page.GetByTestId("lineup-histogram").Locator("svg");
        await Assertions.Expect(histogram).ToBeVisibleAsync();
        Assert.Equal(24, await histogram.Locator("rect").CountAsync());
        await Assertions.Expect(histogram).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Lineup 1 simulated points: 24 bins .* over 1,000 races"));
        await Assertions.Expect(page.GetByTestId("sim-coverage")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Coverage: \d+(\.\d)?%"));
        await Assertions.Expect(page.GetByTestId("sim-summary")).ToContainTextAsync("Talladega Superspeedway");

        // Another lineup, another distribution; a driver's histogram on selection.
        await page.GetByTestId("lineup-pick").Nth(2).ClickAsync();
        await Assertions.Expect(histogram).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Lineup 3 simulated points"));
        var rows = page.GetByTestId("driver-row");
        Assert.True(await rows.CountAsync() >= 30);
        var second = await rows.Nth(1).Locator("button").InnerTextAsync();
        await rows.Nth(1).Locator("button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("driver-histogram").Locator("svg")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(second.Trim())));
        await Browser.ScreenshotAsync(page, "9-lineups-simulated");

        await UntilCompletedAsync(http, simulationId, TimeSpan.FromSeconds(30));
        await page.GotoAsync($"{server.Url}/jobs");
        await Browser.WaitInteractiveAsync(page);
        await page.GetByLabel($"Distributions of #{simulationId}").ClickAsync();
        await page.WaitForURLAsync($"**/simulations/{simulationId}");
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("sim-summary")).ToContainTextAsync("188 laps");
        Assert.True(await page.GetByTestId("driver-row").CountAsync() >= 30);
        await Assertions.Expect(page.GetByTestId("driver-histogram").Locator("rect")).ToHaveCountAsync(24);
        await Browser.ScreenshotAsync(page, "10-simulation");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 90_000)]
    public async Task Api_SimulateKind_Completes_WithDrivers_RaceValidatedForBothKinds()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        // Schema v1 wrote simulate configs in the optimize shape; the API still takes that shape for both kinds.
        var config = SampleArgs.Document(SampleArgs.Optimize("Talladega sims")) with { Kind = SimulateArgs.Kind };

        await AssertBadRequestAsync(await PostAsync(http, SimulateArgs.Kind, config), "needs the race");
        await AssertBadRequestAsync(await PostAsync(http, OptimizeArgs.Kind, config with { Kind = OptimizeArgs.Kind, Objective = Objective.Coverage.Name() }), "simulates the race");
        await AssertBadRequestAsync(await PostAsync(http, SimulateArgs.Kind, config with { Race = new RaceDocument("Nowhere Speedway", null, 188, null) }), "Nowhere Speedway");

        var submitted = await PostAsync(http, SimulateArgs.Kind, config with { Race = new RaceDocument("Talladega", null, 188, null), Sims = 2000 });
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await UntilCompletedAsync(http, id, TimeSpan.FromSeconds(45));

        var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        Assert.Equal(SimulateArgs.Kind, job.GetProperty("kind").GetString());
        var result = job.GetProperty("result");
        var drivers = result.GetProperty("drivers");
        Assert.Equal(SampleSlate.SalaryFile().Drivers.Length, drivers.GetArrayLength());
        Assert.Equal(2000, result.GetProperty("simulations").GetInt32());
        Assert.All(drivers.EnumerateArray(), d => Assert.InRange(d.GetProperty("winProbability").GetDouble(), 0, 1));
        Assert.Equal(drivers.GetArrayLength(), result.GetProperty("histograms").GetArrayLength());
    }

    private static ILocator Input(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static string JobIdIn(string text) => System.Text.RegularExpressions.Regex.Match(text, "job #([a-z0-9]+)").Groups[1].Value;

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string kind, OptimizeArgsDocument config) =>
        http.PostAsJsonAsync("/api/jobs", new { kind, name = config.Name, config }, NascarDfs.App.Services.AppJson.Options);

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string detail)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    // Fails at once with the job's error when it fails, rather than waiting out the timeout.
    private static Task UntilCompletedAsync(HttpClient http, string id, TimeSpan timeout) =>
        Poll.UntilAsync(async () =>
        {
            var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
            var state = job.GetProperty("state").GetString();
            Assert.True(state is not ("failed" or "cancelled"), $"#{id} is {state}: {(job.TryGetProperty("error", out var e) ? e.ToString() : "")}");
            return state == "completed";
        }, timeout, $"#{id} to complete");
}
