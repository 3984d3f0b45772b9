using SnnBib.Core.Venues;

namespace SnnBib.Resolvers.Matching;

/// <summary>
/// Where to look for a paper's published version, from the venue the list names: OpenReview hosts ICLR, NeurIPS and
/// TMLR (accepted papers carry the venue's own venueid); those venues and ICML/JMLR register no Crossref DOIs, so a
/// Crossref search for them would only find namesakes.
/// </summary>
public static class PublishedVersionSources
{
    private static readonly HashSet<string> OnOpenReview = new(StringComparer.Ordinal)
    {
        "International Conference on Learning Representations",
        "Advances in Neural Information Processing Systems",
        "Transactions on Machine Learning Research",
    };

    private static readonly HashSet<string> WithoutDois = new(StringComparer.Ordinal)
    {
        "International Conference on Learning Representations",
        "Advances in Neural Information Processing Systems",
        "Transactions on Machine Learning Research",
        "Proceedings of the International Conference on Machine Learning",
        "Journal of Machine Learning Research",
    };

    /// <summary>True when the venue's accepted papers are OpenReview notes.</summary>
    public static bool IsOnOpenReview(Venue? venue) => venue is { IsKnown: true } && OnOpenReview.Contains(venue.Name);

    /// <summary>True when the venue registers no Crossref DOIs for its papers.</summary>
    public static bool HasNoDois(Venue? venue) => venue is { IsKnown: true } && WithoutDois.Contains(venue.Name);
}
