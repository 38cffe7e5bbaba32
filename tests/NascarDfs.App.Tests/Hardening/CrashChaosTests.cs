using System.Text.Json;
using NascarDfs.App.JobHandlers.Diagnostic;
using NascarDfs.App.Tests.Jobs;
using NascarDfs.Jobs;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>
/// The bounded form of the issue 11 crash probe (there: 400 jobs under 80 SIGKILLs), kept in the default suite: 36 jobs,
/// workers SIGKILLed while they run them, replacements started. Nothing is lost, nothing is stuck, and no job is run to the
/// end by two processes that both lived (a run cut short by a SIGKILL is expected to be run again).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class CrashChaosTests
{
    private const int Jobs = 36;
    private const int Kills = 3;

    [Fact(Timeout = 150_000)]
    public async Task ThirtySixJobs_ThreeSigkills_NoneLost_NoneRunTwice_NoneStuck()
    {
        var runLog = Path.Combine(Path.GetTempPath(), "nascardfs-chaos-" + Guid.NewGuid().ToString("N")[..8]);
        using var cli = new JobsCli { Environment = new Dictionary<string, string> { [DiagnosticSleepHandler.RunLogVariable] = runLog } };
        try
        {
            var ids = await cli.SubmitSleepAsync(seconds: 1, count: Jobs);
            Assert.Equal(Jobs, ids.Length);
            var workers = new List<JobsCli.Worker> { cli.StartWorker(concurrency: 3), cli.StartWorker(concurrency: 3) };
            var killed = new HashSet<int>();

            for (var k = 0; k < Kills; k++)
            {
                await JobsCli.WaitAsync(async () => (await cli.Store.CountAsync()).Running > 0, 30, "a running job to interrupt");
                await Task.Delay(300);
                var victim = workers[k % workers.Count];
                killed.Add(victim.ProcessId);
                victim.Kill();
                workers.Remove(victim);
                workers.Add(cli.StartWorker(concurrency: 3));
            }

            await JobsCli.WaitAsync(async () => (await cli.Store.CountAsync()).Completed == Jobs, 90, "every job to complete\n" + string.Join("\n", workers.Select(w => w.Output)));

            // 0 lost, 0 stuck: every submitted job is there, completed; nothing queued, running or failed.
            Assert.Equal(new JobCounts(0, 0, Jobs, 0, 0), await cli.Store.CountAsync());
            var results = new Dictionary<string, int>();
            foreach (var id in ids)
            {
                var job = await cli.GetAsync(id);
                Assert.Equal(JobState.Completed, job.State);
                Assert.Null(job.LeaseOwner);
                using var result = JsonDocument.Parse(job.Result!);
                results[id] = result.RootElement.GetProperty("pid").GetInt32();
            }

            // 0 duplicated: per job, at most one run to the end in a process that was not killed, and the stored result
            // is a run that did end (in a survivor, or in a killed worker that recorded it before it died).
            var runs = Directory.GetFiles(runLog).Select(f => Path.GetFileName(f).Split('.'))
                .Select(p => (Id: p[0], Pid: int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.All(runs, r => Assert.Contains(r.Id, ids));
            foreach (var id in ids)
            {
                var ofJob = runs.Where(r => r.Id == id).ToList();
                Assert.True(ofJob.Count(r => !killed.Contains(r.Pid)) <= 1, $"job {id} ran to the end in {string.Join(", ", ofJob.Select(r => r.Pid))}");
                Assert.Contains(results[id], ofJob.Select(r => r.Pid));
            }

            Assert.True(killed.Count == Kills);
        }
        finally
        {
            if (Directory.Exists(runLog)) Directory.Delete(runLog, recursive: true);
        }
    }
}
