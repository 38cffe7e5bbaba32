using Microsoft.Extensions.Options;

namespace NascarDfs.App.Services;

/// <summary>
/// Options validation through the options type's own <c>Validate()</c> (the engine's options throw an
/// <see cref="ArgumentException"/> with a sentence), so <c>ValidateOnStart</c> stops the host with that sentence.
/// </summary>
internal sealed class ValidateByMethod<TOptions>(Action<TOptions> validate) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        try
        {
            validate(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(NascarDfs.App.JobHandlers.JsonProblem.Sentence(e));
        }
    }
}
