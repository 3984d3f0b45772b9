using SnnBib.Core.Text;

namespace SnnBib.Core.Lists;

/// <summary>Whether two titles can name the same paper, for entries that share an identifier.</summary>
internal static class TitleMatch
{
    // Shares of words at or above which titles are taken as one paper's: a short form inside the full title
    // ("Spikformer" in "Spikformer: When Spiking Neural Network Meets Transformer"), or light rewording.
    private const double MinContainment = 0.8;
    private const double MinJaccard = 0.6;

    /// <summary>The normalised words of a title, as compared by <see cref="CanBeSamePaper"/>.</summary>
    public static HashSet<string> Words(string title) => TitleNormalizer.Words(title).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// False only when the titles are clearly different ("A Free Lunch From ANN …" against "Optimal Conversion of
    /// Conventional …" share 3 of 9 words). A missing title is no evidence of a different paper.
    /// </summary>
    public static bool CanBeSamePaper(HashSet<string> first, HashSet<string> second)
    {
        if (first.Count == 0 || second.Count == 0 || first.SetEquals(second))
        {
            return true;
        }

        var common = first.Count(second.Contains);
        var containment = (double)common / Math.Min(first.Count, second.Count);
        var jaccard = (double)common / (first.Count + second.Count - common);
        return containment >= MinContainment || jaccard >= MinJaccard;
    }
}
