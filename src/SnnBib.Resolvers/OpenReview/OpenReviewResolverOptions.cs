namespace SnnBib.Resolvers.OpenReview;

/// <summary>How the OpenReview resolver shapes its requests.</summary>
public sealed record OpenReviewResolverOptions
{
    /// <summary>Ids per POST /notes/search request.</summary>
    public int BatchSize { get; init; } = 25;

    /// <summary>Candidates kept per title search (API 2 only).</summary>
    public int TitleCandidates { get; init; } = 5;
}
