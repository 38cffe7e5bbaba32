using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>The Runners view (issue "Beyond one machine"): the machines sharing the queue, what each runs now, and where
/// each job ran — with the server on this host and a worker that calls itself another machine.</summary>
[Collection(ProcessCollection.Name)]
public sealed class RunnersPageTests
{
    [Fact(Timeout = 120_000)]
    public async Task RunnersPage_ListsBothMachines_WithTheirJobs_AndTheJobSaysWhereItRan()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "1"]);
        var env = new Dictionary<string, string> { ["NASCARDFS_DIAGNOSTIC_JOBS"] = "1" };
        using var worker = Process.Start(AppProcess.StartInfo(["worker", "--concurrency", "1", "--host-name", "machine-b"], folder.Path, env))!;
        try
        {
            await using var browser = await Browser.LaunchAsync();
            browser.FailureShots = true;
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            var page = await browser.OpenAsync(server.Url + "/runners");
            var remote = page.Locator("[data-testid=runner-row][data-host=machine-b]");
            await Assertions.Expect(remote).ToHaveAttributeAsync("data-alive", "true", new() { Timeout = 20_000 });
            await Assertions.Expect(page.Locator("[data-testid=runner-row][data-alive=true]")).ToHaveCountAsync(2);
            // Each process probed its GPU at start (both on this machine: the same answer).
            await Assertions.Expect(remote.GetByTestId("runner-gpu")).ToHaveTextAsync(NascarDfs.Simulation.Gpu.GpuDevices.Available ? "yes" : "no");

            // Two slow jobs, one slot per machine: each machine holds one, and the page shows it in that machine's row.
            string[] ids = [await SubmitSleepAsync(http, "on one machine", 6), await SubmitSleepAsync(http, "on the other", 6)];
            await Assertions.Expect(page.Locator("[data-testid=runner-row][data-alive=true] [data-testid=runner-job]")).ToHaveCountAsync(2, new() { Timeout = 20_000 });
            await Assertions.Expect(remote.Locator("[data-testid=runner-job]")).ToHaveCountAsync(1);
            var onB = await remote.Locator("[data-testid=runner-job]").GetAttributeAsync("href");

            foreach (var id in ids) await UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(30));

            // The API takes preferGpu next to the config and says it back; with no GPU runner connected any runner takes it.
            var gpuJob = await http.PostAsJsonAsync("/api/jobs", new { kind = "diagnostic.sleep", name = "wants a GPU", config = new { seconds = 0 }, preferGpu = true });
            var submitted = await gpuJob.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.True(submitted.GetProperty("preferGpu").GetBoolean(), submitted.ToString());
            await UntilStateAsync(http, submitted.GetProperty("id").GetString()!, "completed", TimeSpan.FromSeconds(30));
            var details = await browser.OpenAsync(server.Url + onB);
            await Assertions.Expect(details.GetByTestId("job-ran-on")).ToHaveTextAsync("machine-b");
            await Assertions.Expect(page.Locator("[data-testid=runner-job]")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
            browser.FailureShots = false;
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }
}
