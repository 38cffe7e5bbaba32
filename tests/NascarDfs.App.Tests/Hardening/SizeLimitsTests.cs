using System.Net;
using System.Net.Http.Json;
using System.Text;
using NascarDfs.App.Tests.Web;
using NascarDfs.Domain.Limits;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>Issue 11 item 2: every size a user can hand the program is bounded and refused early, with a sentence.</summary>
[Collection(ProcessCollection.Name)]
public sealed class SizeLimitsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Optimize_FiftyMegabyteSalaryFile_RefusedBeforeReadingIt()
    {
        using var temp = new TempFolder();
        var big = HostileFiles.Padded(temp.Path, 50L * 1024 * 1024);

        var run = await AppProcess.RunAsync(["optimize", "--slate", big, "--lineups", "1"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DKSalaries.big.csv: the file is 50", run.Error);
        Assert.Contains(InputLimits.Describe(InputLimits.FileBytes), run.Error);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public async Task Optimize_TwoMegabyteNameCell_RefusedAtTheCellLimit()
    {
        using var temp = new TempFolder();
        var slate = HostileFiles.WithFirstName(temp.Path, new string('x', 2_000_000));

        var run = await AppProcess.RunAsync(["optimize", "--slate", slate, "--lineups", "1"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DKSalaries.csv, line 2: a cell is longer than 1,000 characters", run.Error);
        Assert.True(run.Error.Length < 2_000, "the error must not echo the cell");
    }

    [Fact]
    public async Task Optimize_LineupsIntMax_RefusedWithTheLimitInsteadOfRunningOutOfMemory()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["optimize", "--sample", "--lineups", "2147483647"], temp.Path, Timeout);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"--lineups must be 1–{InputLimits.LineupsPerRequest}", run.All);
        Assert.DoesNotContain("OutOfMemory", run.All);
    }

    [Fact]
    public async Task JobsSubmit_TenThousandCharacterName_Refused()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["jobs", "submit", "optimize", "--sample", "--name", new string('n', 10_000)], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"--name is 10,000 characters long; a name may have at most {InputLimits.NameLength}", run.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "nascar-dfs.db")) && new FileInfo(Path.Combine(temp.Path, "nascar-dfs.db")).Length > 1_000_000);
    }

    [Fact(Timeout = 180_000)]
    public async Task Api_OversizedUploadsAndNames_RefusedWith413Or400()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        // A 25 MB name cell: more than the server reads at all.
        var huge = HostileFiles.WithFirstName(folder.Path, new string('x', 25_000_000), "huge.csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await UploadAsync(http, huge)).StatusCode);

        // 100 MB of multipart: refused as too large, not a 500.
        var padded = HostileFiles.Padded(folder.Path, 100L * 1024 * 1024);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await UploadAsync(http, padded)).StatusCode);

        // A 1 MB cell fits in a request but not in a cell: a 400 that says so, and the page stays small.
        var wide = HostileFiles.WithFirstName(folder.Path, new string('x', 1_000_000), "wide.csv");
        var refused = await UploadAsync(http, wide);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("longer than 1,000 characters", await refused.Content.ReadAsStringAsync());
        Assert.True((await http.GetStringAsync("/")).Length < 1_000_000);

        // A 1 MB job name.
        var named = await http.PostAsJsonAsync("/api/jobs", new { kind = "diagnostic.sleep", name = new string('n', 1_000_000), config = new { seconds = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Contains($"at most {InputLimits.NameLength}", await named.Content.ReadAsStringAsync());
        Assert.Equal(0, (await http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/jobs")).GetArrayLength());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, string path)
    {
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(File.OpenRead(path));
        form.Add(file, "salary", Path.GetFileName(path));
        // As curl does for a large body: wait for the server's go-ahead, so a refusal arrives before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/slates") { Content = form };
        request.Headers.ExpectContinue = true;
        return await http.SendAsync(request);
    }
}
