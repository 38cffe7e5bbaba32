using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>The Contest page as a player uses it, in Debian's chromium against the real server: a finished portfolio,
/// a bundled contest, Evaluate, and the report (rates, ROI per lineup, histogram, leverage) when the job ends.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ContestPageTests
{
    [Fact(Timeout = 180_000)]
    public async Task EvaluatePortfolio_QueuesAContestJob_AndShowsItsReport()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var response = await http.PostAsJsonAsync("/api/jobs",
            new { kind = "optimize", name = "five for the contest", config = SampleArgs.Document(SampleArgs.Optimize("five for the contest", lineups: 5)) },
            NascarDfs.App.Services.AppJson.Options);
        response.EnsureSuccessStatusCode();
        var source = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await UntilStateAsync(http, source, "completed", TimeSpan.FromSeconds(60));

        var page = await browser.OpenAsync(server.Url + "/contest");
        await Assertions.Expect(page.GetByTestId("contest-source")).ToContainTextAsync($"#{source}");
        await Input(page, "contest-track").FillAsync("Daytona");
        await Input(page, "contest-sims").FillAsync("300");
        await Input(page, "contest-sims").PressAsync("Tab");
        await page.GetByTestId("contest-evaluate").ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/contest/[a-z0-9]+$"), new() { Timeout = 20_000, WaitUntil = WaitUntilState.Commit });
        var report = page.GetByTestId("contest-report");
        await Assertions.Expect(report).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.GetByTestId("lineup-roi")).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("rate-cash")).ToContainTextAsync("%");
        await Assertions.Expect(page.GetByTestId("profit-histogram")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("leverage-chart")).ToBeVisibleAsync();
        Assert.Empty(await page.GetByTestId("contest-error").AllAsync());

        // The job is a contest job like any other: the API has it completed, with its result.
        var id = page.Url.Split('/')[^1];
        Assert.Equal("completed", await StateAsync(http, id));
        var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        Assert.Equal("contest", job.GetProperty("kind").GetString());
        browser.FailureShots = false;
    }

    // MudBlazor puts the test id on the input itself or on its wrapper, depending on the field.
    private static ILocator Input(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
}
