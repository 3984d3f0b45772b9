using SnnBib.Core.Model;
using SnnBib.Core.Venues;

namespace SnnBib.Resolvers.Matching;

/// <summary>
/// What is known about the listed paper when a candidate is judged: the listed title (and titles of records
/// already matched, so a published record that keeps the preprint's wording matches), the listed year, the first
/// author's family name (the list's, else an already matched record's) and the venue the list's label names.
/// </summary>
/// <param name="AuthorFromMatch">The first author came from a matched record, not from the list.</param>
public sealed record MatchEvidence(
    string? Title,
    IReadOnlyList<string> OtherTitles,
    int? Year,
    string? FirstAuthorFamily,
    Venue? Venue,
    bool AuthorFromMatch = false)
{
    /// <summary>Evidence from the list's own record.</summary>
    public static MatchEvidence FromList(PaperRecord listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        return new MatchEvidence(
            string.IsNullOrWhiteSpace(listed.Item.Title) ? null : listed.Item.Title,
            [],
            listed.Item.Issued?.Year,
            AuthorAgreement.FirstFamily(listed.Item.Author),
            VenueCatalog.Find(listed.Item.ContainerTitle ?? listed.Item.EventTitle));
    }

    /// <summary>This evidence enriched by records already accepted as the paper (their titles; their first author when the list names none).</summary>
    public MatchEvidence With(IEnumerable<CslItem> matched)
    {
        ArgumentNullException.ThrowIfNull(matched);
        var items = matched.ToList();
        var titles = OtherTitles.Concat(items.Select(i => i.Title).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var author = FirstAuthorFamily;
        var fromMatch = AuthorFromMatch;
        if (author is null && items.Select(i => AuthorAgreement.FirstFamily(i.Author)).FirstOrDefault(f => f is not null) is { } family)
        {
            (author, fromMatch) = (family, true);
        }

        return this with { OtherTitles = titles, FirstAuthorFamily = author, AuthorFromMatch = fromMatch };
    }
}
