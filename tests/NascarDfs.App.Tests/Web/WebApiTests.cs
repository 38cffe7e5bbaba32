using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NascarDfs.App.Optimize;

namespace NascarDfs.App.Tests.Web;

/// <summary>The HTTP API on a real server: status codes, problem details, the token, cross-origin writes.</summary>
[Collection(ProcessCollection.Name)]
public sealed class WebApiTests
{
    [Fact(Timeout = 120_000)]
    public async Task Api_JobLifecycle_StatusCodesAndProblemDetails()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var submitted = await http.PostAsJsonAsync("/api/jobs", new { kind = "diagnostic.sleep", name = "nap", config = new { seconds = 30 } });
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var got = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        Assert.Equal("nap", got.GetProperty("name").GetString());
        var list = await http.GetFromJsonAsync<JsonElement>("/api/jobs?search=nap");
        Assert.Equal(1, list.GetArrayLength());

        await AssertProblemAsync(await http.GetAsync("/api/jobs/nosuchjob"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await http.GetAsync("/api/jobs?state=sleeping"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await http.PostAsJsonAsync("/api/jobs", new { kind = "no.such.kind", name = "x", config = new { } }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await http.GetAsync($"/api/jobs/{id}/lineups.csv"), HttpStatusCode.BadRequest);

        await Poll.UntilAsync(async () => (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("state").GetString() == "running",
            TimeSpan.FromSeconds(20), "the job to run");
        await AssertProblemAsync(await http.DeleteAsync($"/api/jobs/{id}"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"/api/jobs/{id}/cancel", null)).StatusCode);
        await Poll.UntilAsync(async () => (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("state").GetString() == "cancelled",
            TimeSpan.FromSeconds(5), "the running job to be cancelled");

        var rerun = await http.PostAsync($"/api/jobs/{id}/rerun", null);
        Assert.Equal(HttpStatusCode.Accepted, rerun.StatusCode);
        var rerunId = (await rerun.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync($"/api/jobs/{rerunId}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/jobs/{id}")).StatusCode);

        var status = await http.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.Equal(server.Url, status.GetProperty("serverUrl").GetString());
        Assert.True(status.GetProperty("runnersAlive").GetInt32() >= 1);

        var openApi = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/jobs/{id}/cancel", out _));
    }

    [Fact(Timeout = 120_000)]
    public async Task Api_OptimizeJob_InfeasibleRefused_CompletedExportsUploadCsv()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(SampleSlate.Text(SampleSlate.SalaryFileName)), "salary", SampleSlate.SalaryFileName },
            { new StringContent(SampleSlate.Text(SampleSlate.ProjectionsFileName)), "projections", SampleSlate.ProjectionsFileName },
        };
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsync("/api/slates", upload)).StatusCode);
        var slates = await http.GetFromJsonAsync<JsonElement>("/api/slates");
        Assert.Equal(1, slates.GetArrayLength());

        var args = SampleArgs.Optimize("API test", 3);
        var config = SampleArgs.Document(args);
        var infeasible = SampleArgs.Document(args with { Constraints = new() { MaxSalary = 1000 } });
        await AssertProblemAsync(await http.PostAsJsonAsync("/api/jobs", new { kind = OptimizeArgs.Kind, name = "bad", config = infeasible }, NascarDfs.App.Services.AppJson.Options), HttpStatusCode.BadRequest);

        var submitted = await http.PostAsJsonAsync("/api/jobs", new { kind = OptimizeArgs.Kind, name = "good", config }, NascarDfs.App.Services.AppJson.Options);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Poll.UntilAsync(async () => (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("state").GetString() == "completed",
            TimeSpan.FromSeconds(60), "the optimize job to complete");

        var csv = await http.GetAsync($"/api/jobs/{id}/lineups.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("D,D,D,D,D,D", lines[0].Trim());
        Assert.Equal(4, lines.Length);
        var slateIds = SampleSlate.SalaryFile().Drivers.Select(d => d.Id).ToHashSet();
        Assert.All(lines.Skip(1).SelectMany(l => l.Trim().Split(',')), cell => Assert.Contains(cell, slateIds));
    }

    [Fact(Timeout = 120_000)]
    public async Task Security_TokenRequiredWhenRemote_CrossOriginWriteRefused_ForeignHostRefused()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--allow-remote"]);
        Assert.NotNull(server.Token);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        await AssertProblemAsync(await http.GetAsync("/api/status"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await http.GetAsync("/jobs"), HttpStatusCode.Unauthorized);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/status")).StatusCode);

        using var crossOrigin = new HttpRequestMessage(HttpMethod.Post, "/api/jobs")
        {
            Content = JsonContent.Create(new { kind = "diagnostic.sleep", name = "evil", config = new { seconds = 1 } }),
        };
        crossOrigin.Headers.Add("Origin", "http://evil.example");
        await AssertProblemAsync(await http.SendAsync(crossOrigin), HttpStatusCode.Forbidden);
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/jobs")).GetArrayLength());

        using var foreignHost = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        foreignHost.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(foreignHost)).StatusCode);

        // The page gets the token once from the printed URL: an HttpOnly cookie, then a redirect without it.
        using var cookies = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };
        var redirect = await cookies.GetAsync($"/jobs?token={server.Token}");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains(redirect.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }
}
