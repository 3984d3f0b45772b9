using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Merging;

/// <summary>
/// What a link of the list put into the list-built record besides the identifier itself: the paper URL and the
/// preprint number made from it. When the link turns out wrong, or a person replaces its identifier, they go too.
/// </summary>
public static class ListLinks
{
    /// <summary>The item without a URL or number that names any of the identifiers.</summary>
    public static CslItem WithoutLinksNaming(CslItem item, IReadOnlyCollection<PaperIdentifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(identifiers);
        if (identifiers.Count == 0)
        {
            return item;
        }

        bool Names(string? text) => text is not null && identifiers.Any(id => text.Contains(id.Value, ComparisonFor(id)));
        return item with
        {
            Url = Names(item.Url) ? null : item.Url,
            Number = Names(item.Number) ? null : item.Number,
        };
    }

    /// <summary>OpenReview ids are case-sensitive; arXiv ids and DOIs are not.</summary>
    private static StringComparison ComparisonFor(PaperIdentifier id) =>
        id.Kind == IdentifierKind.OpenReview ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
}
