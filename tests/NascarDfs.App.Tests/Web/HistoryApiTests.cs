using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using NascarDfs.App.Optimize;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 9 through the API: <c>POST /api/jobs</c> takes <c>"history"</c> like <c>--history</c> on the command line (the
/// same ProjectionInputs/ProjectionResolver), the job stores the projector's rows and the source, and a missing field or
/// file is a 400 problem naming the config field, in plain words.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class HistoryApiTests
{
    private static readonly string Phoenix = TestData.File("draftkings", "2023-03-12-phoenix.DKSalaries.csv");

    private static JsonObject Config(JsonObject? history, JsonObject? race = null)
    {
        var args = new OptimizeArgs
        {
            Name = "Phoenix from history",
            Site = SiteRegistry.DraftKings,
            Scoring = ScoringTables.Current(Site.DraftKings),
            Objective = Objective.Projection,
            Lineups = 2,
            Seed = 1,
            Slate = SalaryFileReader.Read(Phoenix),
        };
        var config = JsonNode.Parse(OptimizeService.Codec.WriteArgs(args))!.AsObject();
        config.Remove("kind");
        if (history is not null) config["history"] = history;
        if (race is not null) config["race"] = race;
        return config;
    }

    [Fact(Timeout = 120_000)]
    public async Task SubmittedHistory_ProjectsOnTheServer_SourceStored_BadRequestsNameTheField()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var submitted = await http.PostAsJsonAsync("/api/jobs", new
        {
            kind = "optimize",
            name = "from history",
            config = Config(new JsonObject { ["logs"] = TestData.RaceLogs, ["track"] = "Phoenix", ["raceDate"] = "2023-03-12" }),
        });
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await PageSpies.UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));
        var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}");
        var config = job.GetProperty("config");
        Assert.Equal("history", config.GetProperty("projectionSource").GetProperty("kind").GetString());
        Assert.Contains("the history projector on race-logs.csv", config.GetProperty("projectionSource").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("to 2023-03-11 for Phoenix Raceway", config.GetProperty("projectionSource").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("history projector (race-logs.csv)", config.GetProperty("projections").GetProperty("fileName").GetString());
        Assert.False(config.TryGetProperty("history", out _)); // the request is not stored: a re-run does not read the logs

        (JsonObject History, JsonObject? Race, string Detail)[] bad =
        [
            (new JsonObject { ["logs"] = TestData.RaceLogs, ["track"] = "Phoenix" }, null, "give \"history.raceDate\" or \"race.date\""),
            (new JsonObject { ["logs"] = TestData.RaceLogs, ["raceDate"] = "2023-03-12" }, null, "give \"history.track\" or \"history.trackType\""),
            (new JsonObject { ["logs"] = TestData.RaceLogs, ["track"] = "Nowhere", ["raceDate"] = "2023-03-12" }, null, "The track 'Nowhere' is unknown"),
            (new JsonObject { ["logs"] = folder.File("missing.csv"), ["track"] = "Phoenix", ["raceDate"] = "2023-03-12" }, null, "history.logs: file not found"),
        ];
        foreach (var (history, race, detail) in bad)
        {
            var response = await http.PostAsJsonAsync("/api/jobs", new { kind = "optimize", name = "bad", config = Config(history, race) });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
            Assert.Contains(detail, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Parameter '", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        }

        // The date and track may come from "race", as the job's own race.
        var fromRace = await http.PostAsJsonAsync("/api/jobs", new
        {
            kind = "optimize",
            name = "race fields",
            config = Config(new JsonObject { ["logs"] = TestData.RaceLogs }, new JsonObject { ["track"] = "Phoenix", ["laps"] = 312, ["date"] = "2023-03-12" }),
        });
        Assert.Equal(HttpStatusCode.Accepted, fromRace.StatusCode);
    }
}
