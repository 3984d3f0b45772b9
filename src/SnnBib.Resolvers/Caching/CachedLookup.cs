using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Caching;

/// <summary>What one source answered to one question about a paper, as kept on disk.</summary>
public sealed record CachedLookup
{
    public required LookupQuery Query { get; init; }

    public required LookupOutcome Outcome { get; init; }

    /// <summary>When the source answered (the resolver's clock).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The request that produced the answer (mailto redacted by the resolver).</summary>
    public string? RequestUrl { get; init; }

    public string? Error { get; init; }

    /// <summary>The parsed records: one for an identifier, best first for a search.</summary>
    public IReadOnlyList<SourceRecord> Candidates { get; init; } = [];

    public static CachedLookup From(LookupQuery query, SourceLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(lookup);
        return new CachedLookup
        {
            Query = query,
            Outcome = lookup.Outcome,
            At = lookup.At,
            RequestUrl = lookup.RequestUrl,
            Error = lookup.Error,
            Candidates = lookup.Candidates,
        };
    }

    public SourceAnswer ToAnswer(string identity) =>
        new(Query, new SourceLookup(identity, Outcome, At, RequestUrl, Candidates, Error));
}
