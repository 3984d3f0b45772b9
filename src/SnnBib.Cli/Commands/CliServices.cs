using SnnBib.Resolvers.Sources;

namespace SnnBib.Cli.Commands;

/// <summary>
/// What the commands take from their surroundings: the clock and the resolvers' knobs. Production uses
/// <see cref="Default"/> (system clock, the services' published rules); tests shrink pacing and retry delays through
/// <see cref="ResolverOptions"/> so end-to-end runs stay fast.
/// </summary>
internal sealed record CliServices
{
    public static CliServices Default { get; } = new();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Passed to <see cref="ResolverSet"/>; null keeps the published rules.</summary>
    public ResolverSetOptions? ResolverOptions { get; init; }
}
