using System.Net.Http.Json;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>Issue 11 item 10: out-of-range input gets a range error naming the option or cell, never a misleading one.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ValidationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("--max-exposure", "1e308", "--max-exposure is a percentage of lineups, 0–100")]
    [InlineData("--max-exposure", "-10", "--max-exposure is a percentage of lineups, 0–100")]
    [InlineData("--min-exposure", "-10", "--min-exposure is a percentage of lineups, 0–100")]
    [InlineData("--randomness", "1e9", "--randomness is a percentage of the projection, 0–100")]
    [InlineData("--laps", "-1", "--laps must be 1–1,000")]
    [InlineData("--lineups", "100000", "--lineups must be 1–500")]
    [InlineData("--sims", "2000000000", "--sims must be 1–1,000,000")]
    public async Task Optimize_OutOfRangeOption_RefusedWithItsRange(string option, string value, string expected)
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["optimize", "--sample", option, value], temp.Path, Timeout);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.All);
        Assert.DoesNotContain("Infeasible", run.All);
    }

    [Fact]
    public async Task Simulate_NegativeLaps_RefusedNotReplaced()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["simulate", "--slate", NascarDfs.Testing.TestData.Daytona2019Slate, "--track-type", "superspeedway", "--laps", "-1"], temp.Path, Timeout);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--laps must be 1–1,000, not -1", run.All);
    }

    [Fact]
    public async Task Optimize_HugeSalary_SaysTooLarge_NotNotAWholeNumber()
    {
        using var temp = new TempFolder();
        var slate = HostileFiles.WithFirstSalary(temp.Path, "99999999999");

        var run = await AppProcess.RunAsync(["optimize", "--slate", slate, "--lineups", "1"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2, column 'Salary': the salary '99999999999' is too large", run.Error);
    }

    [Fact]
    public async Task Optimize_FileWithNulBytes_SaysItIsNotATextCsv()
    {
        using var temp = new TempFolder();
        var slate = HostileFiles.WithFirstName(temp.Path, "Kyle\0Busch");

        var run = await AppProcess.RunAsync(["optimize", "--slate", slate, "--lineups", "1"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2: the file holds NUL bytes, so it is not a text CSV", run.Error);
    }

    [Fact]
    public async Task Prune_OlderThanTenBillionDays_RangeErrorNotOverflow()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["jobs", "prune", "--older-than", "1e10"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--older-than must be 0–36,500 days", run.Error);
        Assert.DoesNotContain("Overflow", run.All);
    }

    [Fact]
    public async Task Optimize_ConstraintsFileWithARepeatedKey_RefusedNamingTheKey()
    {
        using var temp = new TempFolder();
        var constraints = temp.File("constraints.json");
        await File.WriteAllTextAsync(constraints, "{\"maxExposure\": 40,\n \"maxExposure\": 100}");

        var run = await AppProcess.RunAsync(["optimize", "--sample", "--lineups", "2", "--constraints", constraints], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("constraints.json, line 2", run.Error);
        Assert.Contains("the key 'maxExposure' is given twice", run.Error);
        Assert.DoesNotContain("NascarDfs.Optimization", run.Error);
    }

    [Fact(Timeout = 120_000)]
    public async Task Api_RepeatedKeyInTheBodyOrTheConfig_400NamingTheKey()
    {
        using var folder = new TempFolder();
        await using var server = await Web.ServerProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        foreach (var (body, key) in new[]
        {
            ("{\"kind\": \"optimize\", \"name\": \"a\", \"name\": \"b\", \"config\": {}}", "name"),
            ("{\"kind\": \"optimize\", \"name\": \"a\", \"config\": {\"lineups\": 1, \"lineups\": 150}}", "lineups"),
        })
        {
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            var response = await http.PostAsync("/api/jobs", content);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"the key '{key}' is given twice", text);
        }

        Assert.Equal(0, (await http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/jobs")).GetArrayLength());
    }

    [Theory]
    [InlineData("{\n \"port\": 5057,\n bad }", "settings.json is not valid JSON settings (line 3)")]
    [InlineData("{\"port\": 1, \"port\": 2}", "A duplicate key 'port' was found")]
    public async Task Serve_MalformedSettingsJson_SentenceNamingTheFileAndLine(string settings, string expected)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("settings.json"), settings);

        var run = await AppProcess.RunAsync(["serve", "--no-browser", "--port", "0"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Contains("or delete it to use the defaults", run.Error);
        Assert.DoesNotContain("Failed to load configuration", run.Error);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public async Task Optimize_ThreeDriverSlate_SaysTooFewDrivers_NotThatAnExposureRoundsDown()
    {
        using var temp = new TempFolder();
        var slate = temp.File("DKSalaries.csv");
        await File.WriteAllLinesAsync(slate, HostileFiles.DaytonaLines.Take(4));

        var run = await AppProcess.RunAsync(["optimize", "--slate", slate, "--lineups", "150", "--max-exposure", "40"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Only 3 drivers are available", run.Error);
        Assert.DoesNotContain("rounds down", run.Error);
    }

    [Fact]
    public async Task Optimize_MaxExposureThatReallyRoundsToZero_StillSaysSo()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["optimize", "--sample", "--lineups", "150", "--max-exposure", "0.5"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a max exposure of 0.5% of 150 lineups rounds down to 0 lineups", run.Error);
    }
}
