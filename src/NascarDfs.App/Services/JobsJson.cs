using System.Text;
using System.Text.Json;
using NascarDfs.Jobs;
using NascarDfs.Jobs.History;

namespace NascarDfs.App.Services;

/// <summary>The JSON the CLI prints and the API returns for jobs and status (one shape for both).</summary>
internal static class JobsJson
{
    /// <summary>Jobs as an array; <paramref name="includePayload"/> adds config and result (large: the config embeds the slate).</summary>
    public static string Jobs(IEnumerable<JobSummary> jobs, bool includePayload) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var job in jobs) JobExporter.WriteJob(json, job, includePayload);
        json.WriteEndArray();
    });

    /// <summary>One job with config and result.</summary>
    public static string Job(JobRecord job) => Write(json => JobExporter.WriteJob(json, job, includePayload: true));

    /// <summary>What <c>status --format json</c> prints and <c>GET /api/status</c> returns.</summary>
    public static string Status(JobStatusSummary status, string? serverUrl) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("queued", status.Counts.Queued);
        json.WriteNumber("running", status.Counts.Running);
        json.WriteNumber("completed", status.Counts.Completed);
        json.WriteNumber("failed", status.Counts.Failed);
        json.WriteNumber("cancelled", status.Counts.Cancelled);
        json.WriteNumber("active", status.Counts.Active);
        json.WriteNumber("runnersAlive", status.RunnersAlive);
        json.WriteStartArray("runnerHosts");
        foreach (var host in status.RunnerHosts) json.WriteStringValue(host);
        json.WriteEndArray();
        if (serverUrl is null) json.WriteNull("serverUrl");
        else json.WriteString("serverUrl", serverUrl);
        json.WriteStartArray("recent");
        foreach (var job in status.Recent) JobExporter.WriteJob(json, job, includePayload: false);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            body(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
