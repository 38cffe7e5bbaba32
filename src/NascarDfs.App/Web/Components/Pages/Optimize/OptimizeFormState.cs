namespace NascarDfs.App.Web.Components.Pages.Optimize;

/// <summary>
/// The Optimize form of one browser session (scoped: one per circuit), so leaving the page and coming back finds every
/// field as it was left (issue 13 defect 13). <see cref="SlateKey"/> tells a new slate from the one the form was filled for.
/// </summary>
internal sealed class OptimizeFormState
{
    public OptimizeForm Form { get; private set; } = new();

    /// <summary>The slate (file and race) the form's defaults were set for; null before the first visit.</summary>
    public string? SlateKey { get; set; }

    /// <summary>Starts over with an empty form (a new slate, or Edit &amp; re-run of a job).</summary>
    public OptimizeForm Reset()
    {
        Form = new OptimizeForm();
        return Form;
    }
}
