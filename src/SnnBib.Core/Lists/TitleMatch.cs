using SnnBib.Core.Text;

namespace SnnBib.Core.Lists;

/// <summary>Whether two titles can name the same paper, for entries that share an identifier.</summary>
internal static class TitleMatch
{
    // Shares of words at or above which titles are taken as one paper's: a short form inside the full title
    // ("Spikformer" in "Spikformer: When Spiking Neural Network Meets Transformer"), or light rewording.
    private const double MinContainment = 0.8;
    private const double MinJaccard = 0.6;

    /// <summary>
    /// False only when the titles are clearly different ("A Free Lunch From ANN …" against "Optimal Conversion of
    /// Conventional …" share 3 of 9 words). A missing title is no evidence of a different paper.
    /// </summary>
    public static bool CanBeSamePaper(string first, string second)
    {
        var a = TitleNormalizer.Words(first).ToHashSet(StringComparer.Ordinal);
        var b = TitleNormalizer.Words(second).ToHashSet(StringComparer.Ordinal);
        if (a.Count == 0 || b.Count == 0 || a.SetEquals(b))
        {
            return true;
        }

        var common = a.Count(b.Contains);
        var containment = (double)common / Math.Min(a.Count, b.Count);
        var jaccard = (double)common / (a.Count + b.Count - common);
        return containment >= MinContainment || jaccard >= MinJaccard;
    }
}
