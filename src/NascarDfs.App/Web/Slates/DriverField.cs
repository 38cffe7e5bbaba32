namespace NascarDfs.App.Web.Slates;

/// <summary>
/// The editable number fields of the Slate table and what each allows (issue 13 defect 5): text is parsed here, once,
/// and refused with a sentence instead of being rounded, clamped or read as 0.
/// </summary>
public enum DriverField
{
    Projection,
    StdDev,
    Start,
    Ownership,
    MinExposure,
    MaxExposure,
}

