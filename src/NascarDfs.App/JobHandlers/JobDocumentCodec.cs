using System.Text.Json;
using NascarDfs.App.Services;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers;

/// <summary>
/// The stored form of a job kind: its arguments as <typeparamref name="TDocument"/> and its result document, in the app's
/// JSON. Reading is the one place a kind's stored text becomes typed arguments (counted in <see cref="AppMetrics"/>).
/// </summary>
internal sealed class JobDocumentCodec<TArgs, TDocument, TResult> : IJobCodec<TArgs, TResult>
    where TArgs : IJobArgs
    where TDocument : IArgsDocument<TDocument, TArgs>
    where TResult : class, IResultDocument
{
    // Stored text skips unknown fields (a newer minor writer); what a user sends may not (a typo is not ignored).
    private readonly JsonSerializerOptions _stored = AppJson.Options;
    private readonly JsonSerializerOptions _submitted = AppJson.Strict;

    /// <summary>Reads a stored config; a newer schema is refused with a sentence.</summary>
    public TArgs ReadArgs(string json) => Read(json, _stored, "The job's config");

    /// <summary>Reads a config a user sent (API body): an unknown field is an error.</summary>
    public TArgs ReadSubmitted(string json) => Read(json, _submitted, "The config");

    public string WriteArgs(TArgs args)
    {
        AppMetrics.ArgsWritten(TArgs.Kind);
        return JsonSerializer.Serialize(TDocument.From(args), _stored);
    }

    public string WriteResult(TResult result) => JsonSerializer.Serialize(result, _stored);

    /// <summary>Reads a stored result; throws <see cref="ArgumentException"/> with a sentence when this version cannot.</summary>
    public TResult ReadResult(string json)
    {
        TResult? result;
        try
        {
            result = JsonSerializer.Deserialize<TResult>(json, _stored);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The job's result is not readable by this version: " + JsonProblem.Describe(e), e);
        }

        if (result is null) throw new ArgumentException("The job has no result.");
        CheckVersion(result.SchemaVersion, TResult.CurrentSchemaVersion, "The job's result");
        return result;
    }

    private static TArgs Read(string json, JsonSerializerOptions options, string what)
    {
        TDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<TDocument>(json, options);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{what} is not a valid {TArgs.Kind} config: {JsonProblem.Describe(e)}", e);
        }

        if (document is null) throw new ArgumentException($"{what} is empty (null).");
        CheckVersion(document.SchemaVersion, TDocument.CurrentSchemaVersion, what);
        AppMetrics.ArgsRead(TArgs.Kind);
        try
        {
            return document.ToArgs();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{what}: {JsonProblem.Sentence(e)}", e);
        }
    }

    private static void CheckVersion(int version, int current, string what)
    {
        if (version > current) throw new ArgumentException($"{what} has schema version {version}; this version reads up to {current}.");
        if (version < 1) throw new ArgumentException($"{what} has schema version {version}; versions start at 1.");
    }
}
