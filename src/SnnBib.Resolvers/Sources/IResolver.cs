using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Sources;

/// <summary>
/// One metadata source (arXiv, OpenReview, Crossref). Looks up many papers at once, batching requests where the
/// source allows, and answers one <see cref="SourceLookup"/> per request, in any order.
/// </summary>
public interface IResolver
{
    SourceName Source { get; }

    /// <summary>True when this source can answer the request (it carries an identifier of its kind, or a title to search).</summary>
    bool CanLookup(LookupRequest request);

    /// <summary>
    /// Looks the requests up. Never throws for a per-paper problem: a paper the source does not know is
    /// <see cref="LookupOutcome.NotFound"/>, a failed request is <see cref="LookupOutcome.Error"/> with a message.
    /// Throws only <see cref="OperationCanceledException"/>.
    /// </summary>
    Task<IReadOnlyList<SourceLookup>> LookupAsync(IReadOnlyList<LookupRequest> requests, CancellationToken cancellationToken);
}
