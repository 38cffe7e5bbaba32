using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Simulate;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 defect 4: a simulation job's bar only moves forward over all its phases (fitting, simulating, the final
/// corrections), and its caption names the phase. Every value the job page's bar shows is recorded in the browser.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class ProgressTests
{
    // Records each data-percent and caption the progress bar shows (a MutationObserver: none is missed between polls).
    private const string BarRecorder = """
        window.__bar = [];
        const __note = () => {
          const bar = document.querySelector('[data-testid=job-details] [data-testid=job-progress]');
          if (!bar) return;
          const entry = { percent: Number(bar.getAttribute('data-percent')), text: bar.closest('[data-testid=job-details]').innerText };
          const last = window.__bar.at(-1);
          if (!last || last.percent !== entry.percent || last.text !== entry.text) window.__bar.push(entry);
        };
        new MutationObserver(__note).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        """;

    [Fact(Timeout = 150_000)]
    public async Task SimulationJob_ProgressOnlyMovesForward_CaptionNamesThePhase()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        await browser.Context.AddInitScriptAsync(BarRecorder);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        // A long enough run to show several ticks (the store is written about once a second), held queued behind a sleep
        // until the page watches it.
        var blocker = await PageSpies.SubmitSleepAsync(http, "hold the slot", 60);
        var config = SampleArgs.Document(SampleArgs.Optimize("progress sims")) with
        {
            Kind = SimulateArgs.Kind,
            Race = new RaceDocument("Talladega", null, 188, null),
            Sims = 150_000,
        };
        var submitted = await http.PostAsJsonAsync("/api/jobs", new { kind = SimulateArgs.Kind, name = config.Name, config }, NascarDfs.App.Services.AppJson.Options);
        submitted.EnsureSuccessStatusCode();
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var page = await browser.OpenAsync($"{server.Url}/jobs/{id}");
        await http.PostAsync($"/api/jobs/{blocker}/cancel", null);
        await Assertions.Expect(page.GetByTestId("job-details")).ToHaveAttributeAsync("data-state", "completed", new() { Timeout = 120_000 });

        var shown = (await page.EvaluateAsync<JsonElement>("() => window.__bar")).EnumerateArray()
            .Select(e => (Percent: e.GetProperty("percent").GetInt32(), Text: e.GetProperty("text").GetString()!)).ToList();
        var running = shown.Where(s => s.Percent is > 0 and < 100).ToList();
        Assert.True(running.Count >= 2, $"only {running.Count} running values were shown: {string.Join(" | ", shown)}");
        for (var i = 1; i < shown.Count; i++) Assert.True(shown[i].Percent >= shown[i - 1].Percent, $"the bar went from {shown[i - 1].Percent}% to {shown[i].Percent}%: {string.Join(" → ", shown.Select(s => s.Percent))}");
        Assert.All(running, s => Assert.Matches("Fitting|Simulated|re-simulated", s.Text));
        browser.FailureShots = false;
    }
}
