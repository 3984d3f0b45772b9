namespace SnnBib.Resolvers.Crossref;

/// <summary>A work-list message: the items of this page and how many matched in all.</summary>
public sealed record CrossrefWorkList(long? TotalResults, IReadOnlyList<CrossrefWork> Items, int SkippedItems);
