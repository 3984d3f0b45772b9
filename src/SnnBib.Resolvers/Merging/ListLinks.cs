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

        // A publisher URL names its DOI without spelling it (nature.com/articles/s41467-… is 10.1038/s41467-…), so the
        // URL's own identifier is compared first; the text search catches numbers such as "arXiv:2401.01234".
        var keys = identifiers.Select(id => id.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Names(string? text) =>
            text is not null &&
            ((Uri.TryCreate(text, UriKind.Absolute, out _) && IdentifierParser.FromUrl(text) is { } parsed && keys.Contains(parsed.Key)) ||
             identifiers.Any(id => text.Contains(id.Value, ComparisonFor(id))));
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
