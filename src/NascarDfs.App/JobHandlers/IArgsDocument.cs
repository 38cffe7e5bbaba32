namespace NascarDfs.App.JobHandlers;

/// <summary>
/// The stored, versioned shape of one job kind's arguments (STYLE rule 19): the app owns it, so the domain types behind
/// <typeparamref name="TArgs"/> can change without changing the database format.
/// </summary>
internal interface IArgsDocument<TSelf, TArgs>
    where TSelf : IArgsDocument<TSelf, TArgs>
{
    /// <summary>The version this build writes, and the newest it reads.</summary>
    static abstract int CurrentSchemaVersion { get; }

    int SchemaVersion { get; }

    static abstract TSelf From(TArgs args);

    /// <summary>The arguments; a value that names nothing known (site, scoring, objective) is an <see cref="ArgumentException"/>.</summary>
    TArgs ToArgs();
}
