using System.Text.Json.Nodes;
using NascarDfs.App.Optimize;
using NascarDfs.App.Simulate;
using NascarDfs.Simulation.Gpu;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Cli;

/// <summary><c>--device auto|cpu|gpu</c> as a user meets it: the path taken is printed and stored; asking for a GPU on
/// a machine without one is a sentence; jobs keep the choice.</summary>
[Collection(ProcessCollection.Name)]
public sealed class DeviceOptionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Simulate_SaysWhereTheRacesRan_AndRefusesAGpuItDoesNotHave()
    {
        using var temp = new TempFolder();
        string[] common = ["simulate", "--slate", TestData.Daytona2019Slate, "--race-date", "2019-02-17", "--track", "Daytona", "--sims", "500"];

        var cpu = await AppProcess.RunAsync([.. common, "--device", "cpu"], temp.Path, Timeout);
        Assert.True(cpu.ExitCode == 0, cpu.All);
        Assert.Contains("simulated on CPU", Unwrapped(cpu.Output));

        var bogus = await AppProcess.RunAsync([.. common, "--device", "tpu"], temp.Path, Timeout);
        Assert.Equal(1, bogus.ExitCode);
        Assert.Contains("--device 'tpu' is not one of: auto, cpu, gpu", bogus.All);

        var gpu = await AppProcess.RunAsync([.. common, "--device", "gpu"], temp.Path, Timeout);
        if (GpuDevices.Available)
        {
            Assert.True(gpu.ExitCode == 0, gpu.All);
            Assert.DoesNotContain("simulated on CPU", Unwrapped(gpu.Output));
        }
        else
        {
            Assert.Equal(1, gpu.ExitCode);
            Assert.Contains("--device gpu needs a CUDA or OpenCL GPU", gpu.All);
            Assert.DoesNotContain("   at ", gpu.All);
        }
    }

    [Fact]
    public async Task PreferGpu_IsStoredOnTheQueuedJob_KeptByRerun_AndRefusedWithDeviceCpu()
    {
        using var cli = new NascarDfs.App.Tests.Jobs.JobsCli();
        string[] submit = ["jobs", "submit", "simulate", "--slate", TestData.Daytona2019Slate, "--race-date", "2019-02-17", "--track", "Daytona", "--sims", "500"];
        var queued = await cli.RunAsync([.. submit, "--prefer-gpu"]);
        Assert.True(queued.ExitCode == 0, queued.Error);
        var job = await cli.GetAsync(queued.Output.Trim());
        Assert.True(job.PreferGpu);
        Assert.Contains("Prefers a GPU:   yes", (await cli.RunAsync(["jobs", "show", job.Id])).Output);
        var rerun = await cli.RunAsync(["jobs", "rerun", job.Id]);
        Assert.True((await cli.GetAsync(rerun.Output.Trim())).PreferGpu);

        var plain = await cli.RunAsync(submit);
        Assert.False((await cli.GetAsync(plain.Output.Trim())).PreferGpu);

        var refused = await cli.RunAsync([.. submit, "--prefer-gpu", "--device", "cpu"]);
        Assert.Equal(2, refused.ExitCode); // a usage error, as every option check
        Assert.Contains("--prefer-gpu asks for a worker's GPU", refused.Output + refused.Error);
    }

    [Theory]
    [InlineData(SimulationDevice.Auto, null)]
    [InlineData(SimulationDevice.Cpu, "cpu")]
    [InlineData(SimulationDevice.Gpu, "gpu")]
    public void JobConfigs_KeepTheDevice_AndOldConfigsMeanAuto(SimulationDevice device, string? stored)
    {
        var simulate = SimulateService.Codec.ReadArgs(Fixture("v1-simulate.config.json"));
        var optimize = OptimizeService.Codec.ReadArgs(Fixture("v1-optimize-coverage.config.json"));
        Assert.Equal(SimulationDevice.Auto, simulate.Device);
        Assert.Equal(SimulationDevice.Auto, optimize.Device);

        var written = SimulateService.Codec.WriteArgs(simulate with { Device = device });
        Assert.Equal(stored, JsonNode.Parse(written)!["device"]?.GetValue<string>());
        Assert.Equal(device, SimulateService.Codec.ReadArgs(written).Device);
        var o = OptimizeService.Codec.WriteArgs(optimize with { Device = device });
        Assert.Equal(device, OptimizeService.Codec.ReadArgs(o).Device);
    }

    // The table printer wraps long lines at the terminal width.
    private static string Unwrapped(string output) => string.Join(" ", output.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "JobHandlers", "Fixtures", name));
}
