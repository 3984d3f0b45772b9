namespace SnnBib.Resolvers.Arxiv;

/// <summary>How the arXiv resolver shapes its requests.</summary>
public sealed record ArxivResolverOptions
{
    /// <summary>Ids per id_list request: dozens per call keep a 3 s pace cheap (apis.md §1.5).</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Candidates kept per title search, best (arXiv relevance) first.</summary>
    public int TitleCandidates { get; init; } = 5;

    /// <summary>Entries asked per search page; searches wanting more candidates page with start/max_results.</summary>
    public int PageSize { get; init; } = 25;
}
