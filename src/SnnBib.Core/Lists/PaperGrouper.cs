namespace SnnBib.Core.Lists;

/// <summary>Groups entries into papers: same arXiv id, OpenReview id, DOI or normalised title → one paper.</summary>
public static class PaperGrouper
{
    public static PaperGrouping Group(IReadOnlyList<ListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        throw new NotImplementedException("TODO(lists helper)");
    }
}
