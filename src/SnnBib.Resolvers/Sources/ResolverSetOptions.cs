using Flurl.Http;
using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Crossref;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.OpenReview;

namespace SnnBib.Resolvers.Sources;

/// <summary>Optional knobs for <see cref="ResolverSet"/>: tests shorten policies or supply Flurl clients; the CLI may set the version.</summary>
public sealed record ResolverSetOptions
{
    /// <summary>Adjusts a host's policy before use (e.g. tests: <c>p => p with { BaseDelay = … }</c>); null keeps the published rules.</summary>
    public Func<HostPolicy, HostPolicy>? AdjustPolicy { get; init; }

    /// <summary>Creates the Flurl client for a host (the set disposes it); null creates a plain <see cref="FlurlClient"/>.</summary>
    public Func<HostPolicy, IFlurlClient>? ClientFactory { get; init; }

    /// <summary>Version shown in the User-Agent; defaults to this library's version.</summary>
    public string? Version { get; init; }

    public ArxivResolverOptions? Arxiv { get; init; }

    public CrossrefResolverOptions? Crossref { get; init; }

    public OpenReviewResolverOptions? OpenReview { get; init; }
}
