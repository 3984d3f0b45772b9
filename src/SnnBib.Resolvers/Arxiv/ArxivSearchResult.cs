namespace SnnBib.Resolvers.Arxiv;

/// <summary>The entries of a (possibly paged) search, with the total arXiv reported and the URLs asked (mailto-free).</summary>
public sealed record ArxivSearchResult(IReadOnlyList<ArxivEntry> Entries, int? TotalResults, IReadOnlyList<string> RequestUrls);
