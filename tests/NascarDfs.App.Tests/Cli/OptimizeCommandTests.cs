using System.Text.Json;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Cli;

/// <summary>The <c>optimize</c> verb as a user runs it: the real program, real files, exit codes and messages.</summary>
[Collection(ProcessCollection.Name)]
public sealed class OptimizeCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Optimize_Sample_PrintsTwentyLineupsAndExitsZero()
    {
        using var temp = new TempFolder();
        var json = temp.File("result.json");
        var run = await AppProcess.RunAsync(["optimize", "--sample", "--json", json], temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(20, document.RootElement.GetProperty("lineups").GetArrayLength());
        Assert.Contains("20 lineups", run.Output);
    }

    [Fact]
    public async Task Optimize_DaytonaWithJson_WritesTheResultContract()
    {
        using var temp = new TempFolder();
        var json = temp.File("result.json");
        var run = await AppProcess.RunAsync(
            ["optimize", "--slate", TestData.Daytona2019Slate, "--race-date", "2019-02-17", "--lineups", "10", "--max-exposure", "50", "--json", json],
            temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.Equal("draftkings", root.GetProperty("site").GetString());
        Assert.Equal("draftkings-legacy", root.GetProperty("scoring").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("stoppedEarly").ValueKind);
        var lineups = root.GetProperty("lineups").EnumerateArray().ToList();
        Assert.Equal(10, lineups.Count);
        Assert.All(lineups, l =>
        {
            Assert.Equal(6, l.GetProperty("driverIds").GetArrayLength());
            Assert.True(l.GetProperty("salary").GetInt32() <= 50_000);
        });
        foreach (var exposure in root.GetProperty("exposures").EnumerateObject())
        {
            Assert.True(exposure.Value.GetProperty("count").GetInt32() <= 5);
            Assert.Equal(exposure.Value.GetProperty("count").GetInt32() * 10.0, exposure.Value.GetProperty("percent").GetDouble(), 6);
        }
    }

    [Fact]
    public async Task Optimize_OutAboveTheFileLimit_SplitsUploadFiles()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(
            ["optimize", "--slate", TestData.File("fanduel", "slate-126561.players.csv"), "--lineups", "300", "--out", temp.File("upload.csv")], temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        var first = File.ReadAllLines(temp.File("upload-1.csv"));
        var second = File.ReadAllLines(temp.File("upload-2.csv"));
        Assert.Equal("Driver,Driver,Driver,Driver,Driver", first[0]);
        Assert.Equal(251, first.Length);
        Assert.Equal(51, second.Length);
        Assert.All(first.Skip(1), row => Assert.Matches(@"^126561-\d+(,126561-\d+){4}$", row));
    }

    [Fact]
    public async Task Optimize_MalformedSlate_NamesFileLineAndColumnAndExitsOne()
    {
        using var temp = new TempFolder();
        var slate = temp.File("bad.csv");
        File.WriteAllLines(slate, File.ReadAllLines(TestData.Daytona2019Slate).Select((l, i) => i == 3 ? l.Replace(",10200,", ",ten,", StringComparison.Ordinal) : l));

        var run = await AppProcess.RunAsync(["optimize", "--slate", slate], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv", run.Error);
        Assert.Contains("line 4", run.Error);
        Assert.Contains("Salary", run.Error);
        Assert.DoesNotContain("   at ", run.All); // a sentence, not a stack trace
    }

    [Fact]
    public async Task Optimize_InfeasibleLocks_ExplainsTheConflictAndExitsOne()
    {
        using var temp = new TempFolder();
        // The five dearest Daytona drivers cost $51,100 together (10,600 + 10,400 + 10,200 + 10,000 + 9,900).
        var run = await AppProcess.RunAsync(
            ["optimize", "--slate", TestData.Daytona2019Slate, "--lock", "12073091", "--lock", "12073092", "--lock", "12073093", "--lock", "12073094", "--lock", "12073095"],
            temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Locked drivers cost $51,100, above the $50,000 cap", run.Error);
    }

    [Theory]
    [InlineData("{\n  \"maxExposure\": 50,\n  \"maxRepaeting\": 3\n}", "maxRepaeting")] // a typo is not ignored
    [InlineData("{ \"lock\": null }", "lock")]                                           // a null list is not a crash
    public async Task Optimize_BadConstraintsFile_NamesTheFileAndTheField(string json, string field)
    {
        using var temp = new TempFolder();
        var constraints = temp.File("constraints.json");
        File.WriteAllText(constraints, json);

        var run = await AppProcess.RunAsync(["optimize", "--sample", "--constraints", constraints], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("constraints.json", run.Error);
        Assert.Contains(field, run.Error);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public async Task Optimize_ConstraintsFile_AppliesGroupsAndFlagsOverride()
    {
        using var temp = new TempFolder();
        var constraints = temp.File("constraints.json");
        File.WriteAllText(constraints, """
            { "maxExposure": 20, "groups": [ { "name": "Top two", "drivers": ["Kyle Larson", "William Byron"], "atMost": 1 } ] }
            """);
        var json = temp.File("result.json");

        var run = await AppProcess.RunAsync(["optimize", "--sample", "--constraints", constraints, "--max-exposure", "60", "--json", json], temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        var lineups = JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("lineups").EnumerateArray()
            .Select(l => l.GetProperty("driverIds").EnumerateArray().Select(x => x.GetString()).ToList()).ToList();
        Assert.All(lineups, l => Assert.False(l.Contains("40000001") && l.Contains("40000002")));
        var maxCount = lineups.SelectMany(l => l).GroupBy(x => x).Max(g => g.Count());
        Assert.True(maxCount > 4 && maxCount <= 12, $"flag 60% must override the file's 20%: max count {maxCount}");
    }

    [Fact]
    public async Task Optimize_UnknownOption_IsUsageErrorTwo()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["optimize", "--sample", "--no-such-flag"], temp.Path, Timeout);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Optimize_CoverageObjective_SimulatesAndReportsLineupStats()
    {
        using var temp = new TempFolder();
        var json = temp.File("result.json");
        var run = await AppProcess.RunAsync(
            ["optimize", "--sample", "--objective", "coverage", "--track", "Talladega", "--laps", "188", "--sims", "1000", "--seed", "5", "--lineups", "5", "--max-exposure", "60", "--json", json],
            temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        var lineups = root.GetProperty("lineups");
        var simulation = root.GetProperty("simulation");
        Assert.Equal(5, lineups.GetArrayLength());
        Assert.Equal("coverage", simulation.GetProperty("objective").GetString());
        Assert.Equal(1000, simulation.GetProperty("simulations").GetInt32());
        Assert.InRange(simulation.GetProperty("coverage").GetDouble(), 0.0001, 1);
        var stats = simulation.GetProperty("lineups").EnumerateArray().ToList();
        Assert.Equal(5, stats.Count);
        Assert.All(stats, s => Assert.Equal(1000, s.GetProperty("histogram").GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32())));
        Assert.All(root.GetProperty("exposures").EnumerateObject(), e => Assert.True(e.Value.GetProperty("count").GetInt32() <= 3));
    }

    [Fact]
    public async Task Optimize_SimulationObjectiveWithoutRace_SaysWhatIsMissing()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["optimize", "--sample", "--objective", "sim-mean"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("give --track NAME or --track-type TYPE", run.Error);
    }

    [Fact]
    public async Task Optimize_CtrlCDuringASimulation_StopsCleanlyWithExit130()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return; // sends SIGINT with kill(1)

        using var temp = new TempFolder();
        var info = AppProcess.StartInfo(
            ["optimize", "--sample", "--objective", "coverage", "--track", "Talladega", "--laps", "188", "--sims", "400000"], temp.Path);
        using var process = System.Diagnostics.Process.Start(info)!;
        var started = new TaskCompletionSource();
        var error = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (error) error.AppendLine(e.Data);
            if (e.Data.Contains('%', StringComparison.Ordinal)) started.TrySetResult(); // the first progress line: the work has begun
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            await Task.WhenAny(started.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.False(process.HasExited, "the optimization ended before it could be interrupted: " + error);
            using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill!.WaitForExitAsync();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            process.WaitForExit();

            Assert.Equal(130, process.ExitCode);
            Assert.Contains("Cancelled.", error.ToString());
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed} to stop");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Optimize_Entries_FillsACopyOfDkEntriesAndWarnsAboutTheLeftover()
    {
        using var temp = new TempFolder();
        var entries = temp.File("DKEntries.csv");
        File.WriteAllLines(entries,
        [
            "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D",
            "3000000001,NASCAR $5 Double Up,90000001,$5,,,,,,",
            "3000000002,NASCAR $5 Double Up,90000001,$5,,,,,,",
            "3000000003,NASCAR $20 GPP,90000002,$20,,,,,,",
        ]);

        var run = await AppProcess.RunAsync(["optimize", "--slate", TestData.Daytona2019Slate, "--lineups", "2", "--entries", entries], temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        var filled = File.ReadAllLines(temp.File("DKEntries.filled.csv"));
        Assert.Equal(4, filled.Length);
        Assert.StartsWith("3000000001,NASCAR $5 Double Up,90000001,$5,", filled[1]);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(filled[1], @"[A-Za-z. ]+ \(\d{8}\)"));
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(filled[2], @"\(\d{8}\)"));
        Assert.DoesNotContain("(", filled[3]);
        Assert.Contains("Entry 3 was left as it was", run.All);
        Assert.Equal("3000000001,NASCAR $5 Double Up,90000001,$5,,,,,,", File.ReadAllLines(entries)[1]); // the user's file is untouched
    }

    [Fact]
    public async Task Optimize_JsonIntoAMissingFolder_IsASentenceNotAStackTrace()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["optimize", "--sample", "--lineups", "2", "--json", temp.File(Path.Combine("no-such-folder", "r.json"))], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-folder", run.Error);
        Assert.DoesNotContain("   at ", run.All);
    }
}
