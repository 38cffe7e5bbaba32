using System.Text.Json;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Components.Pages.Jobs;
using NascarDfs.Domain.Lineups;
using NascarDfs.Jobs;

namespace NascarDfs.App.Web.Api;

/// <summary><c>/api/jobs</c>: list, get, submit, cancel, re-run, delete, lineups CSV and history export.</summary>
internal static class JobsEndpoints
{
    public static RouteGroupBuilder MapJobsEndpoints(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/", ListAsync).WithSummary("Jobs, newest first (?state=queued|running|completed|failed|cancelled&search=&offset=&limit=&sort=created|name|state|duration|progress&order=desc|asc).");
        jobs.MapGet("/export", ExportAsync).WithSummary("The history as CSV or JSON (?format=csv|json).");
        jobs.MapGet("/{id}", GetAsync).WithSummary("One job with config and result.");
        jobs.MapPost("/", SubmitAsync).WithSummary("Queue a job: {kind, name, config, preferGpu} → 202 with the job (preferGpu: run on a worker with a GPU while one is connected).");
        jobs.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancel a queued job at once, or ask a running one to stop.");
        jobs.MapPost("/{id}/rerun", RerunAsync).WithSummary("Queue a new job with the same config.");
        jobs.MapDelete("/{id}", DeleteAsync).WithSummary("Delete a job that is not running.");
        jobs.MapGet("/{id}/lineups.csv", LineupsCsvAsync).WithSummary("A completed optimize job's lineups as the site's upload CSV.");
        return api;
    }

    private static async Task<IResult> ListAsync(
        JobService service, string? state, string? search, int? offset, int? limit, string? sort, string? order, HttpResponse response, CancellationToken ct)
    {
        if (!JobText.TryParseState(state, out var parsed)) return ApiEndpoints.BadRequest("Unknown state", $"'{state}' is not a job state (queued, running, completed, failed, cancelled).");
        if (limit is < 1 or > 1000) return ApiEndpoints.BadRequest("Bad limit", "limit must be 1–1000.");
        if (!JobGridSort.TryParse(sort, out var column)) return ApiEndpoints.BadRequest("Unknown sort", $"'{sort}' is not a sort column (created, name, state, duration, progress).");
        if (order is not (null or "asc" or "desc")) return ApiEndpoints.BadRequest("Unknown order", "order must be asc or desc.");
        var query = new JobQuery { State = parsed, Search = search, Offset = Math.Max(0, offset ?? 0), Limit = limit ?? 100, Sort = column, Ascending = order == "asc" };
        var page = await service.ListAsync(query, ct);
        response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ApiEndpoints.Json(JobsJson.Jobs(page.Items, includePayload: false));
    }

    private static async Task<IResult> GetAsync(JobService service, string id, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } job ? ApiEndpoints.Json(JobsJson.Job(job)) : ApiEndpoints.NotFound(id);

    private static async Task<IResult> SubmitAsync(JobWorkflows submissions, JobSubmitRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Kind)) return ApiEndpoints.BadRequest("Missing kind", "The body needs {kind, name, config}.");
        if (request.Config.ValueKind != JsonValueKind.Object) return ApiEndpoints.BadRequest("Missing config", "config must be a JSON object.");
        try
        {
            var job = await submissions.SubmitAsync(request.Kind, request.Name, request.Config.GetRawText(), request.PreferGpu, ct);
            return Results.Content(JobsJson.Job(job), "application/json", System.Text.Encoding.UTF8, StatusCodes.Status202Accepted);
        }
        catch (ArgumentException e)
        {
            return ApiEndpoints.BadRequest("The job was not queued", e.Message);
        }
    }

    private static async Task<IResult> CancelAsync(JobService service, string id, CancellationToken ct) =>
        await service.CancelAsync(id, ct) switch
        {
            CancelOutcome.NotFound => ApiEndpoints.NotFound(id),
            CancelOutcome.AlreadyFinished => ApiEndpoints.Conflict("Already finished", $"Job #{id} has already finished."),
            var outcome => await service.GetAsync(id, ct) is { } job ? ApiEndpoints.Json(JobsJson.Job(job)) : Results.Ok(new { outcome }),
        };

    private static async Task<IResult> RerunAsync(JobService service, string id, CancellationToken ct) =>
        await service.RerunAsync(id, ct) is { } job
            ? Results.Content(JobsJson.Job(job), "application/json", System.Text.Encoding.UTF8, StatusCodes.Status202Accepted)
            : ApiEndpoints.NotFound(id);

    private static async Task<IResult> DeleteAsync(JobService service, string id, CancellationToken ct) =>
        await service.DeleteAsync(id, ct) switch
        {
            DeleteOutcome.Deleted => Results.NoContent(),
            DeleteOutcome.NotFound => ApiEndpoints.NotFound(id),
            _ => ApiEndpoints.Conflict("Job is running", $"Job #{id} is running; cancel it first."),
        };

    private static async Task<IResult> LineupsCsvAsync(OptimizeService optimize, string id, CancellationToken ct)
    {
        var read = await optimize.LoadAsync(id, cancellationToken: ct);
        if (read.Value is not { } result)
        {
            return read.Problem switch
            {
                JobResultProblem.NotFound => ApiEndpoints.NotFound(id),
                JobResultProblem.WrongKind => ApiEndpoints.BadRequest("No lineups", read.Message!),
                JobResultProblem.NotCompleted => ApiEndpoints.Conflict("Not completed", read.Message!),
                _ => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unreadable job", detail: read.Message),
            };
        }

        var writer = new StringWriter();
        LineupUploadCsv.Write(result.Site, result.Lineups, writer);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(writer.ToString()), "text/csv", $"lineups-{result.Job.Id}.csv");
    }

    private static async Task<IResult> ExportAsync(JobService service, string? format, HttpResponse response, CancellationToken ct)
    {
        if (format is not (null or "csv" or "json")) return ApiEndpoints.BadRequest("Unknown format", "format must be csv or json.");
        var stream = new MemoryStream();
        if (format == "json")
        {
            await service.ExportJsonAsync(stream, null, ct);
        }
        else
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            await service.ExportCsvAsync(writer, null, ct);
        }

        stream.Position = 0;
        return Results.File(stream, format == "json" ? "application/json" : "text/csv", $"jobs.{format ?? "csv"}");
    }
}
