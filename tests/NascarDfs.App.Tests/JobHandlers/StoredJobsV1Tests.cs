using System.Text.Json;
using System.Text.Json.Nodes;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Simulate;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Tests.JobHandlers;

/// <summary>
/// Jobs stored by the first release (schema v1; the fixtures were taken from a database that release wrote with
/// <c>jobs submit optimize|simulate --sample</c> and a worker): this version reads their configs and results, re-runs them,
/// and writes the same config back, so existing users' databases keep loading and re-running.
/// </summary>
public sealed class StoredJobsV1Tests
{
    [Fact]
    public void OptimizeConfig_V1_ReadsEveryField()
    {
        var args = OptimizeService.Codec.ReadArgs(Fixture("v1-optimize-projection.config.json"));

        Assert.Equal(("Sample GPP", "draftkings", "draftkings", Objective.Projection, 3, 11UL), (args.Name, args.Site.Name, args.Scoring.Name, args.Objective, args.Lineups, args.Seed));
        Assert.Equal(["Kyle Larson"], args.Constraints.Lock);
        Assert.Equal(70, args.Constraints.MaxExposure);
        Assert.Equal(38, args.Slate.Drivers.Length);
        Assert.Equal(NascarDfs.Domain.Sites.Site.DraftKings, args.Slate.Site);
        Assert.NotNull(args.Projections);
        Assert.Null(args.Race);

        var coverage = OptimizeService.Codec.ReadArgs(Fixture("v1-optimize-coverage.config.json"));
        Assert.Equal((Objective.Coverage, 300, 12UL), (coverage.Objective, coverage.Sims, coverage.Seed));
        Assert.Equal(new RaceConfig("Talladega", null, 188, null), coverage.Race);
    }

    [Fact]
    public void SimulateConfig_V1_InTheOptimizeShape_Reads()
    {
        var args = SimulateService.Codec.ReadArgs(Fixture("v1-simulate.config.json"));

        Assert.Equal((300, 5UL, "superspeedway", 188), (args.Sims, args.Seed, args.Race.TrackType, args.Race.Laps));
        Assert.Equal(38, args.Slate.Drivers.Length);
    }

    [Theory]
    [InlineData("v1-optimize-projection.config.json")]
    [InlineData("v1-optimize-coverage.config.json")]
    public void OptimizeConfig_V1_WrittenBackUnchanged(string fixture)
    {
        var stored = Fixture(fixture);

        var written = OptimizeService.Codec.WriteArgs(OptimizeService.Codec.ReadArgs(stored));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void SimulateConfig_V1_WrittenWithoutTheOptimizeFields_ReadsTheSame()
    {
        var args = SimulateService.Codec.ReadArgs(Fixture("v1-simulate.config.json"));

        var written = SimulateService.Codec.WriteArgs(args);

        var fields = JsonNode.Parse(written)!.AsObject().Select(p => p.Key).ToList();
        Assert.DoesNotContain("lineups", fields);
        Assert.DoesNotContain("objective", fields);
        Assert.Equal(1, JsonNode.Parse(written)!["schemaVersion"]!.GetValue<int>());
        var again = SimulateService.Codec.ReadArgs(written);
        Assert.Equal((args.Name, args.Race, args.Sims, args.Seed, args.Slate.Drivers.Length), (again.Name, again.Race, again.Sims, again.Seed, again.Slate.Drivers.Length));
    }

    [Fact]
    public void Results_V1_Read()
    {
        var projection = OptimizeService.Codec.ReadResult(Fixture("v1-optimize-projection.result.json"));
        Assert.Equal((1, 3, "draftkings"), (projection.SchemaVersion, projection.Lineups.Count, projection.Site));
        Assert.Null(projection.Simulation);
        Assert.All(projection.Lineups, l => Assert.Equal(6, l.DriverIds.Count));

        var coverage = OptimizeService.Codec.ReadResult(Fixture("v1-optimize-coverage.result.json"));
        Assert.Equal(("coverage", 300, 38), (coverage.Simulation!.Objective, coverage.Simulation.Simulations, coverage.Simulation.Drivers.Count));
        Assert.Equal(3, coverage.Simulation.Lineups.Count);

        var simulate = SimulateService.Codec.ReadResult(Fixture("v1-simulate.result.json"));
        Assert.Equal((300, 38, 38), (simulate.Simulations, simulate.Drivers.Count, simulate.Fit.Count));
    }

    [Fact]
    public async Task OptimizeJob_V1_ReRunsToTheSameLineups()
    {
        var registry = JobsHandlerCatalog.Create(_ => null);

        var result = await RunAsync(registry, OptimizeArgs.Kind, Fixture("v1-optimize-projection.config.json"));

        var stored = JsonNode.Parse(Fixture("v1-optimize-projection.result.json"))!["lineups"];
        Assert.True(JsonNode.DeepEquals(stored, JsonNode.Parse(result)!["lineups"]), result);
    }

    [Theory]
    [InlineData("optimize", "v1-optimize-coverage.config.json")]
    [InlineData("simulate", "v1-simulate.config.json")]
    public async Task SimulatedJobs_V1_ReRun(string kind, string fixture)
    {
        var registry = JobsHandlerCatalog.Create(_ => null);

        var result = JsonNode.Parse(await RunAsync(registry, kind, Fixture(fixture)))!;

        var simulations = kind == OptimizeArgs.Kind ? result["simulation"]!["simulations"] : result["simulations"];
        Assert.Equal(300, simulations!.GetValue<int>());
    }

    [Fact]
    public void Config_NewerSchema_RefusedWithASentence()
    {
        var newer = JsonNode.Parse(Fixture("v1-optimize-projection.config.json"))!;
        newer["schemaVersion"] = 2;

        var e = Assert.Throws<ArgumentException>(() => OptimizeService.Codec.ReadArgs(newer.ToJsonString()));

        Assert.Contains("schema version 2; this version reads up to 1", e.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(JobHandlerRegistry registry, string kind, string config)
    {
        var job = new JobRecord { Id = "fixture", Kind = kind, Name = "fixture", Config = config, Attempt = 1 };
        var handler = registry.Find(kind)!;
        return (await handler.RunAsync(new JobContext(job, 1, new Progress<JobProgress>()), CancellationToken.None))!;
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "JobHandlers", "Fixtures", name));
}
