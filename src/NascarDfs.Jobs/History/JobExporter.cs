using System.Text.Json;

namespace NascarDfs.Jobs.History;

/// <summary>Writes the job history as CSV or JSON (SPEC §6 "History").</summary>
internal static class JobExporter
{
    public static readonly string[] CsvHeader =
        ["id", "name", "kind", "state", "priority", "created", "started", "finished", "duration_s", "progress", "attempt", "max_attempts", "error", "rerun_of", "warning"];

    public static async Task WriteCsvAsync(IAsyncEnumerable<JobSummary> jobs, TextWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(string.Join(',', CsvHeader)).ConfigureAwait(false);
        await foreach (var job in jobs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            string[] cells =
            [
                CsvCell.Text(job.Id), CsvCell.Text(job.Name), CsvCell.Text(job.Kind), CsvCell.Text(JobSummary.StateName(job.State)),
                CsvCell.Number(job.Priority), CsvCell.Time(job.CreatedAt), CsvCell.Time(job.StartedAt), CsvCell.Time(job.FinishedAt),
                CsvCell.Number(job.FinishedAt is not null ? job.DurationAt(job.FinishedAt.Value)?.TotalSeconds : null),
                CsvCell.Number(job.Progress), CsvCell.Number(job.Attempt), CsvCell.Number(job.MaxAttempts),
                CsvCell.Text(job.Error), CsvCell.Text(job.RerunOf), CsvCell.Text(job.Warning),
            ];
            await writer.WriteLineAsync(string.Join(',', cells)).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteJsonAsync(IAsyncEnumerable<JobRecord> jobs, Stream stream, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        await foreach (var job in jobs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteJob(json, job);
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One job as JSON; a full record's config and result are embedded as JSON, not as strings.</summary>
    public static void WriteJob(Utf8JsonWriter json, JobSummary job, bool includePayload = true)
    {
        json.WriteStartObject();
        json.WriteString("id", job.Id);
        json.WriteString("name", job.Name);
        json.WriteString("kind", job.Kind);
        json.WriteString("state", JobSummary.StateName(job.State));
        json.WriteNumber("priority", job.Priority);
        WriteTime(json, "createdAt", job.CreatedAt);
        WriteTime(json, "startedAt", job.StartedAt);
        WriteTime(json, "finishedAt", job.FinishedAt);
        json.WriteNumber("progress", job.Progress);
        WriteString(json, "progressMessage", job.ProgressMessage);
        WriteString(json, "error", job.Error);
        json.WriteBoolean("hasWarnings", job.HasWarnings);
        WriteString(json, "warning", job.Warning);
        json.WriteNumber("attempt", job.Attempt);
        json.WriteNumber("maxAttempts", job.MaxAttempts);
        WriteTime(json, "cancelRequestedAt", job.CancelRequestedAt);
        WriteString(json, "rerunOf", job.RerunOf);
        WriteString(json, "leaseOwner", job.LeaseOwner);
        WriteString(json, "ranOn", job.RanOn);
        json.WriteBoolean("preferGpu", job.PreferGpu);
        if (includePayload && job is JobRecord record)
        {
            WriteRaw(json, "config", record.Config);
            WriteRaw(json, "result", record.Result);
        }

        json.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value.Value.UtcDateTime);
    }

    private static void WriteRaw(Utf8JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        try
        {
            if (value is null) json.WriteNullValue();
            else json.WriteRawValue(value);
        }
        catch (JsonException)
        {
            json.WriteStringValue(value);
        }
    }
}
