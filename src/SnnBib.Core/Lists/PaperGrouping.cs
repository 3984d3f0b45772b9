namespace SnnBib.Core.Lists;

/// <summary>The result of grouping list entries into papers: what was merged and what looks wrong.</summary>
public sealed record PaperGrouping(
    IReadOnlyList<ListedPaper> Papers,
    IReadOnlyList<ListWarning> Merges,
    IReadOnlyList<ListWarning> Suspects);
