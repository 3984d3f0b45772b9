using System.Text.RegularExpressions;

namespace SnnBib.Core.Venues;

/// <summary>
/// Venue labels as awesome lists write them ("ICLR", "NeurIPS", "TPAMI", "Science Advances") → the full name and kind.
/// </summary>
/// <remarks>
/// Naming convention: the proceedings or journal title as the publisher prints it on the paper, without the year,
/// edition number or ordinal ("Proceedings of the 41st International Conference…" → "Proceedings of the
/// International Conference…"), so one name serves every year. CVF and IEEE conferences keep the acronym in
/// parentheses because their own citations print it that way. The year lives in the issued date, never in the name.
/// </remarks>
public static partial class VenueCatalog
{
    private static readonly (string Name, VenueKind Kind, string[] Labels)[] Table =
    [
        ("International Conference on Learning Representations", VenueKind.Conference, ["ICLR"]),
        ("Advances in Neural Information Processing Systems", VenueKind.Conference, ["NeurIPS", "NIPS"]),
        ("Proceedings of the International Conference on Machine Learning", VenueKind.Conference, ["ICML"]),
        ("Proceedings of the AAAI Conference on Artificial Intelligence", VenueKind.Conference, ["AAAI"]),
        ("Proceedings of the International Joint Conference on Artificial Intelligence", VenueKind.Conference, ["IJCAI"]),
        ("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", VenueKind.Conference, ["CVPR"]),
        ("Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)", VenueKind.Conference, ["ICCV"]),
        ("Proceedings of the European Conference on Computer Vision (ECCV)", VenueKind.Conference, ["ECCV"]),
        ("Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)", VenueKind.Conference, ["WACV"]),
        ("Proceedings of the Annual Meeting of the Association for Computational Linguistics", VenueKind.Conference, ["ACL"]),
        ("Proceedings of the Conference on Empirical Methods in Natural Language Processing", VenueKind.Conference, ["EMNLP"]),
        ("Proceedings of the ACM International Conference on Multimedia", VenueKind.Conference, ["ACM MM", "ACMMM", "ACM Multimedia"]),
        ("Proceedings of the ACM SIGKDD Conference on Knowledge Discovery and Data Mining", VenueKind.Conference, ["KDD", "SIGKDD"]),
        ("Proceedings of the International Conference on Artificial Intelligence and Statistics", VenueKind.Conference, ["AISTATS"]),
        ("IEEE International Conference on Acoustics, Speech and Signal Processing (ICASSP)", VenueKind.Conference, ["ICASSP"]),
        ("International Joint Conference on Neural Networks (IJCNN)", VenueKind.Conference, ["IJCNN"]),
        ("ACM/IEEE Design Automation Conference (DAC)", VenueKind.Conference, ["DAC"]),
        ("IEEE International Symposium on Circuits and Systems (ISCAS)", VenueKind.Conference, ["ISCAS"]),
        ("IEEE Transactions on Pattern Analysis and Machine Intelligence", VenueKind.Journal, ["TPAMI", "IEEE TPAMI", "PAMI", "T-PAMI"]),
        ("IEEE Transactions on Neural Networks and Learning Systems", VenueKind.Journal, ["TNNLS", "IEEE TNNLS"]),
        ("IEEE Transactions on Image Processing", VenueKind.Journal, ["TIP", "IEEE TIP"]),
        ("IEEE Transactions on Cybernetics", VenueKind.Journal, ["TCYB", "IEEE TCYB"]),
        ("International Journal of Computer Vision", VenueKind.Journal, ["IJCV"]),
        ("Journal of Machine Learning Research", VenueKind.Journal, ["JMLR"]),
        ("Transactions on Machine Learning Research", VenueKind.Journal, ["TMLR"]),
        ("Frontiers in Neuroscience", VenueKind.Journal, ["Frontiers in Neuroscience", "Front. Neurosci."]),
        ("Frontiers in Computational Neuroscience", VenueKind.Journal, ["Frontiers in Computational Neuroscience"]),
        ("Frontiers in Neurorobotics", VenueKind.Journal, ["Frontiers in Neurorobotics"]),
        ("Nature", VenueKind.Journal, ["Nature"]),
        ("Nature Communications", VenueKind.Journal, ["Nature Communications", "Nat. Commun."]),
        ("Nature Machine Intelligence", VenueKind.Journal, ["Nature Machine Intelligence"]),
        ("Nature Electronics", VenueKind.Journal, ["Nature Electronics"]),
        ("Nature Neuroscience", VenueKind.Journal, ["Nature Neuroscience"]),
        ("Science", VenueKind.Journal, ["Science"]),
        ("Science Advances", VenueKind.Journal, ["Science Advances", "Sci. Adv."]),
        ("Science Robotics", VenueKind.Journal, ["Science Robotics"]),
        ("Scientific Reports", VenueKind.Journal, ["Scientific Reports"]),
        ("Proceedings of the National Academy of Sciences", VenueKind.Journal, ["PNAS"]),
        ("Neural Networks", VenueKind.Journal, ["Neural Networks"]),
        ("Neural Computation", VenueKind.Journal, ["Neural Computation"]),
        ("Neurocomputing", VenueKind.Journal, ["Neurocomputing"]),
        ("Pattern Recognition", VenueKind.Journal, ["Pattern Recognition"]),
        ("Neuron", VenueKind.Journal, ["Neuron"]),
        ("eLife", VenueKind.Journal, ["eLife"]),
        ("PLOS Computational Biology", VenueKind.Journal, ["PLOS Computational Biology", "PLoS Comput. Biol."]),
        ("Neuromorphic Computing and Engineering", VenueKind.Journal, ["Neuromorphic Computing and Engineering"]),
    ];

    private static readonly Dictionary<string, Venue> ByLabel = BuildIndex();

    /// <summary>Every catalog venue, in table order.</summary>
    public static IReadOnlyList<Venue> All { get; } = [.. Table.Select(t => new Venue(t.Name, t.Kind, IsKnown: true))];

    /// <summary>The catalog venue for a label ("ICLR", "nips", "Science Advances 2023"), or null when unknown.</summary>
    public static Venue? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        return ByLabel.TryGetValue(Normalize(label), out var venue) ? venue : null;
    }

    private static readonly HashSet<string> PreprintLabels = new(StringComparer.Ordinal)
    {
        "arxiv", "arxiv preprint", "corr", "preprint", "biorxiv", "techrxiv", "openreview", "submitted", "under review",
    };

    /// <summary>
    /// True when a label names no venue: only a year ("(2016)"), or a preprint server / status ("arXiv 2023",
    /// "CoRR", "Preprint"). Such a paper is dated by the label but must not get it as container title.
    /// </summary>
    public static bool NamesNoVenue(string? label) =>
        string.IsNullOrWhiteSpace(label) || Normalize(label).Length == 0 || PreprintLabels.Contains(Normalize(label));

    /// <summary>
    /// The catalog venue, else the label as written (year removed) with a kind read only from unambiguous words
    /// ("Conference", "Workshop" → conference; "Journal", "Transactions" → journal), else <see cref="VenueKind.Unknown"/>.
    /// </summary>
    public static Venue Resolve(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (Find(label) is { } known)
        {
            return known;
        }

        var asWritten = WhiteSpace().Replace(TrailingYear().Replace(label.Trim(), string.Empty), " ").Trim();
        if (asWritten.Length == 0)
        {
            asWritten = label.Trim();
        }

        return new Venue(asWritten, GuessKind(asWritten), IsKnown: false);
    }

    private static VenueKind GuessKind(string name)
    {
        var words = name.ToLowerInvariant();
        if (JournalWords().IsMatch(words))
        {
            return VenueKind.Journal;
        }

        return ConferenceWords().IsMatch(words) ? VenueKind.Conference : VenueKind.Unknown;
    }

    private static string Normalize(string label) =>
        WhiteSpace().Replace(TrailingYear().Replace(label.Trim(), string.Empty), " ").Trim().ToLowerInvariant();

    private static Dictionary<string, Venue> BuildIndex()
    {
        var index = new Dictionary<string, Venue>(StringComparer.Ordinal);
        foreach (var (name, kind, labels) in Table)
        {
            var venue = new Venue(name, kind, IsKnown: true);
            index[Normalize(name)] = venue;
            foreach (var label in labels)
            {
                index[Normalize(label)] = venue;
            }
        }

        return index;
    }

    [GeneratedRegex(@"[\s'’-]*(?:19|20)\d{2}\.?$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(?:journal|transactions|trans\.|letters|magazine)\b")]
    private static partial Regex JournalWords();

    [GeneratedRegex(@"\b(?:conference|conf\.|proceedings|proc\.|symposium|workshops?)\b")]
    private static partial Regex ConferenceWords();
}
