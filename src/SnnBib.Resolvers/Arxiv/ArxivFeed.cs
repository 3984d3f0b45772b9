namespace SnnBib.Resolvers.Arxiv;

/// <summary>A parsed arXiv Atom response: papers, API errors, and entries that could not be read.</summary>
public sealed record ArxivFeed
{
    /// <summary>opensearch:totalResults (all matches, not just this page); null when absent.</summary>
    public int? TotalResults { get; init; }

    public int? StartIndex { get; init; }

    public int? ItemsPerPage { get; init; }

    public IReadOnlyList<ArxivEntry> Entries { get; init; } = [];

    public IReadOnlyList<ArxivApiError> Errors { get; init; } = [];

    /// <summary>Entries without a readable id or title (skipped; their ids must not be reported as unknown).</summary>
    public IReadOnlyList<string> UnreadableEntries { get; init; } = [];
}
