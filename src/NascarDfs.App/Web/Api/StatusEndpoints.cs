using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Web.Api;

/// <summary><c>GET /api/status</c>: what <c>status --format json</c> prints.</summary>
internal static class StatusEndpoints
{
    public static RouteGroupBuilder MapStatusEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/status", async (JobService service, DataFolder folder, CancellationToken ct) =>
            ApiEndpoints.Json(JobsJson.Status(await service.GetStatusAsync(5, ct), ServerFile.Read(folder)?.Url)))
            .WithTags("Status").WithSummary("Queued and running counts, live runners and the last 5 jobs.");
        return api;
    }
}
