using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NascarDfs.App.Web.Components.Pages.Optimize;
using NascarDfs.App.Web.Slates;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 defect 8: every message a user sees is a plain sentence — in the CLI, the API's problem details and the
/// Optimize form. The sweep feeds each the bad input the issue lists (and its neighbours) and fails on any .NET type
/// name, parameter suffix or serializer wording.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class PlainMessagesTests
{
    [Theory]
    [InlineData("optimize --sample --lineups abc", "--lineups takes a whole number")]
    [InlineData("optimize --sample --seed -1", "--seed takes a whole number, 0 or more")]
    [InlineData("optimize --sample --min-salary 1.5", "--min-salary takes a whole number")]
    [InlineData("optimize --sample --max-exposure lots", "--max-exposure takes a number")]
    [InlineData("optimize --sample --lock Nobody", "No driver 'Nobody' in the slate")]
    [InlineData("optimize --sample --exclude Nobody", "No driver 'Nobody' in the slate")]
    [InlineData("optimize --sample --constraints {constraints}", "'grups' is not a field; the fields are")]
    [InlineData("optimize --slate {big}", "a slate may have at most 128")]
    [InlineData("jobs list --limit abc", "--limit takes a whole number")]
    [InlineData("jobs show nosuchjob", "nosuchjob")]
    public async Task Cli_BadInput_PlainSentence(string command, string expected)
    {
        using var temp = new TempFolder();
        var constraints = Path.Combine(temp.Path, "constraints.json");
        await File.WriteAllTextAsync(constraints, """{"grups": [], "lock": []}""");
        var big = Path.Combine(temp.Path, "DKSalaries-big.csv");
        await File.WriteAllTextAsync(big, BigSalaryFile(130));
        var args = command.Replace("{constraints}", constraints, StringComparison.Ordinal).Replace("{big}", big, StringComparison.Ordinal).Split(' ');

        var run = await AppProcess.RunAsync(args, temp.Path, TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.All, StringComparison.Ordinal);
        if (command.Contains("{big}", StringComparison.Ordinal)) Assert.Contains("DKSalaries-big.csv", run.All, StringComparison.Ordinal);
        AssertPlain(run.All);
    }

    [Fact(Timeout = 120_000)]
    public async Task Api_BadInput_ProblemDetailsArePlainSentences()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var valid = JsonSerializer.SerializeToNode(SampleArgs.Document(SampleArgs.Optimize("plain")), NascarDfs.App.Services.AppJson.Options)!.AsObject();

        string With(string field, string json)
        {
            var config = valid.DeepClone().AsObject();
            config[field] = System.Text.Json.Nodes.JsonNode.Parse(json);
            return JsonSerializer.Serialize(new { kind = "optimize", name = "plain", config });
        }

        (string Body, string Expected)[] bodies =
        [
            (With("lineups", "\"abc\""), "$.lineups must be a whole number"),
            (With("constraints", """{"grups": []}"""), "'grups' is not a field"),
            (With("constraints", """{"lock": ["Nobody"]}"""), "No driver 'Nobody'"),
            (With("seed", "-1"), "$.seed must be"),
            ("""{"kind": "optimize", "name": "x", "config": {}}""", "Required field(s) missing"),
            ("""{"kind": "bogus", "name": "x", "config": {}}""", "Unknown job kind 'bogus'"),
            ("""{"kind": 1}""", "must be JSON like"),
            ("not json", "must be JSON like"),
        ];
        var problems = new List<string>();
        foreach (var (body, expected) in bodies)
        {
            var response = await http.PostAsync("/api/jobs", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";
            if (!detail.Contains(expected, StringComparison.Ordinal) || Leaks(detail)) problems.Add($"{body[..Math.Min(body.Length, 60)]} → {detail}");
        }

        foreach (var query in new[] { "limit=abc", "offset=x", "limit=0", "state=sleeping", "sort=size" })
        {
            var response = await http.GetAsync("/api/jobs?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";
            if (detail.Length == 0 || Leaks(detail)) problems.Add($"?{query} → {detail}");
        }

        Assert.True(problems.Count == 0, "Not plain:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("""{"grups": []}""", "'grups' is not a field")]
    [InlineData("""{"lock": "Kyle Larson"}""", "must be a list")]
    [InlineData("""{"maxRepeating": "two"}""", "must be a whole number")]
    [InlineData("""{"exposures": {"Nobody": {"min": 10}}}""", "No driver 'Nobody'")]
    public void OptimizeForm_BadConstraints_PlainSentence(string json, string expected)
    {
        var form = new OptimizeForm { Name = "plain", MoreConstraints = json };

        var errors = form.Validate(new CurrentSlate(NascarDfs.App.Optimize.SampleSlate.SalaryFile(), NascarDfs.App.Optimize.SampleSlate.Projections()));

        var all = string.Join(" ", errors.Values);
        Assert.Contains(expected, all, StringComparison.Ordinal);
        AssertPlain(all);
    }

    private static bool Leaks(string text) => DotNetWords().IsMatch(text);

    private static void AssertPlain(string text) =>
        Assert.False(Leaks(text), $"A .NET type name or parameter suffix reached the user: {DotNetWords().Match(text).Value}\n{text}");

    private static string BigSalaryFile(int drivers)
    {
        var text = new StringBuilder("Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame\n");
        for (var i = 0; i < drivers; i++) text.Append($"D,Driver {i} ({50000000 + i}),Driver {i},{50000000 + i},D,{5000 + (i * 10)},Big Slate,Nasca,20\n");
        return text.ToString();
    }

    [GeneratedRegex(@"Nullable`|`1|System\.[A-Z]|NascarDfs\.[A-Z]|Parameter '|\.NET|\bInt32\b|\bInt64\b|\bUInt64\b|\bDouble\b|could not be mapped|JSON deserialization for type|Failed to convert|Exception\b")]
    private static partial Regex DotNetWords();
}
