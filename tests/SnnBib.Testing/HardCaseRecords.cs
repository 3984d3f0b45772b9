using SnnBib.Core.Keys;
using SnnBib.Core.Model;

namespace SnnBib.Testing;

/// <summary>
/// A fully resolved record set, built directly, holding every entry type and the hard cases the exporters must get
/// right: non-ASCII names (ü, é, ł, ø, ß, Vietnamese double accents, a capital Í), Chinese names in Latin script,
/// 34 authors, an organisation author, titles with math $O(L)$, &amp;, %, #, _, braces, a lone $, acronyms and mixed
/// case (SNN, ResNet, CIFAR10-DVS, LIF, SpikingJelly), abstracts with line breaks, a preprint with an arXiv id, a
/// conference paper, a journal article with volume/issue/pages and a full date, and unresolved list-only records.
/// The data is made up for the tests (DOIs use the 10.5555 example prefix, the arXiv id is not a real paper).
/// </summary>
public static class HardCaseRecords
{
    /// <summary>The records with citation keys assigned as on a first run (empty keys.json), in this order.</summary>
    public static IReadOnlyList<PaperRecord> All { get; } = CitationKeyAssigner.Assign(Unkeyed(), new KeyStore()).Records;

    /// <summary>The same records before keys are assigned (Item.Id is the identity).</summary>
    public static IReadOnlyList<PaperRecord> Unkeyed() =>
    [
        ConferencePaper(),
        JournalArticle(),
        Preprint(),
        OrganisationPaper(),
        UnresolvedConferencePaper(),
        UnresolvedDocument(),
    ];

    private static PaperRecord ConferencePaper()
    {
        string[] chinese =
        [
            "Zhang, Wei", "Li, Xiaoming", "Wang, Hong-Tao", "Chen, Jing", "Liu, Yang", "Yang, Fang", "Huang, Lei",
            "Zhao, Min", "Wu, Jun", "Zhou, Xin", "Xu, Yufei", "Sun, Li", "Ma, Chao", "Zhu, Hao", "Hu, Qiang",
            "Guo, Yufei", "He, Kaiming", "Lin, Tao", "Gao, Yan", "Luo, Jie", "Zheng, Rui", "Liang, Bo", "Xie, Ning",
            "Song, Kai", "Tang, Ying", "Han, Xue", "Feng, Lin", "Deng, Shikuang", "Cao, Yu", "Peng, Wei", "Zeng, Ke",
            "Tian, Yonghong",
        ];
        IReadOnlyList<CslName> authors =
        [
            CslName.Person("Müller", "Jürgen"),
            CslName.Person("Lefèvre", "Hélène"),
            .. chinese.Select(n => n.Split(", ")).Select(p => CslName.Person(p[0], p[1])),
        ];
        return new PaperRecord
        {
            Identity = "doi:10.5555/snnbib.hard.1",
            Status = RecordStatus.Resolved,
            Item = new CslItem
            {
                Id = "doi:10.5555/snnbib.hard.1",
                Type = CslItemType.PaperConference,
                Title = "SpikingJelly Meets ResNet: Training SNN Models on CIFAR10-DVS with LIF Neurons & 50% Fewer Spikes",
                Author = authors,
                Issued = new CslDate(2024, 3),
                ContainerTitle = "Proceedings of the AAAI Conference on Artificial Intelligence",
                Publisher = "AAAI Press",
                Volume = "38",
                Issue = "11",
                Page = "12244-12252",
                Doi = "10.5555/snnbib.hard.1",
                Url = "https://example.org/papers/snn_resnet?id=1&view=full",
                Abstract = "Spiking neural networks (SNNs) promise low energy.\nWe train ResNet-style SNNs on CIFAR10-DVS.\n\nResults: 50% fewer spikes.",
            },
            ArxivId = "2312.99999",
            ArxivPrimaryClass = "cs.NE",
            Provenance = Sources(SourceName.Crossref, "title", "author", "issued", "container-title", "publisher", "volume", "issue", "page", "DOI", "abstract"),
        };
    }

    private static PaperRecord JournalArticle() => new()
    {
        Identity = "doi:10.5555/snnbib.hard.2",
        Status = RecordStatus.Resolved,
        Item = new CslItem
        {
            Id = "doi:10.5555/snnbib.hard.2",
            Type = CslItemType.ArticleJournal,
            Title = "Training Memory in $O(L)$ and Inference in $O(1)$: A 99% Sparse Spike_Count Estimator for Dataset #3",
            Author =
            [
                CslName.Person("Łukasiewicz", "Paweł"),
                CslName.Person("Núñez", "José"),
                CslName.Person("Øster", "Søren"),
                CslName.Person("Strauß", "Jörg"),
                CslName.Person("Dvořák", "Antonín"),
                CslName.Person("Íñiguez", "Íñigo"),
                CslName.Person("Nguyễn", "Thị Minh"),
                CslName.Person("O'Neill", "Siobhán"),
                CslName.Person("van der Berg", "Jan"),
            ],
            Issued = new CslDate(2024, 3, 15),
            ContainerTitle = "IEEE Transactions on Pattern Analysis and Machine Intelligence",
            Publisher = "IEEE",
            Volume = "46",
            Issue = "3",
            Page = "1523–1538",
            Doi = "10.5555/snnbib.hard.2",
            Url = "https://doi.org/10.5555/snnbib.hard.2",
            Abstract = "We bound memory by $O(L)$ and inference by $O(1)$.\nThe estimator counts spikes per time step t_i.",
        },
        Provenance = Sources(SourceName.Crossref, "title", "author", "issued", "container-title", "publisher", "volume", "issue", "page", "DOI", "abstract"),
    };

    private static PaperRecord Preprint() => new()
    {
        Identity = "arxiv:2401.99999",
        Status = RecordStatus.PreprintOnly,
        Item = new CslItem
        {
            Id = "arxiv:2401.99999",
            Type = CslItemType.Article,
            Title = "Spike Sets {x_t} and the Q-K Attention of Spikformer V2 in 3D Point Clouds",
            Author =
            [
                CslName.Person("Zhou", "Chenlin"),
                CslName.Person("Yu", "Liutao"),
                CslName.Person("Ahmed", "Zoë"),
            ],
            Issued = new CslDate(2024, 1),
            Publisher = "arXiv",
            Number = "arXiv:2401.99999",
            Url = "https://arxiv.org/abs/2401.99999",
            Abstract = "First line of the abstract, with {braces} and 5% of the spikes.\nSecond line: the set {x_t} & #tags.\n\nA new paragraph after an empty line.",
        },
        ArxivId = "2401.99999",
        ArxivPrimaryClass = "cs.NE",
        Provenance = Sources(SourceName.Arxiv, "title", "author", "issued", "publisher", "number", "URL", "abstract"),
    };

    private static PaperRecord OrganisationPaper() => new()
    {
        Identity = "doi:10.5555/snnbib.hard.4",
        Status = RecordStatus.Resolved,
        Item = new CslItem
        {
            Id = "doi:10.5555/snnbib.hard.4",
            Type = CslItemType.PaperConference,
            Title = "Neuromorphic Chips Under $5 for Edge AI: A Report on the ICCV Challenge",
            Author = [CslName.Organisation("Neuromorphic Computing Working Group")],
            Issued = new CslDate(2023, 10, 2),
            ContainerTitle = "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
            EventTitle = "IEEE/CVF International Conference on Computer Vision",
            Page = "101-110",
            Doi = "10.5555/snnbib.hard.4",
        },
        Provenance = Sources(SourceName.User, "title", "author", "issued", "container-title", "event-title", "page", "DOI"),
    };

    // What the list alone gives for a conference paper: no authors (so BibTeX falls back to @misc).
    private static PaperRecord UnresolvedConferencePaper() => new()
    {
        Identity = "openreview:eoSeaK4QJo",
        Status = RecordStatus.Unresolved,
        Item = new CslItem
        {
            Id = "openreview:eoSeaK4QJo",
            Type = CslItemType.PaperConference,
            Title = "Towards Energy Efficient Spiking Neural Networks: An Unstructured Pruning Framework",
            Issued = new CslDate(2024),
            ContainerTitle = "International Conference on Learning Representations",
            Url = "https://openreview.net/forum?id=eoSeaK4QJo",
        },
        OpenReviewId = "eoSeaK4QJo",
        Provenance = Sources(SourceName.List, "type", "title", "issued", "container-title", "URL"),
    };

    private static PaperRecord UnresolvedDocument() => new()
    {
        Identity = "doi:10.5555/snnbib.hard.6",
        Status = RecordStatus.Unresolved,
        Item = new CslItem
        {
            Id = "doi:10.5555/snnbib.hard.6",
            Type = CslItemType.Document,
            Title = "The Third Generation of Neural Network Models",
            Issued = new CslDate(1996),
            Doi = "10.5555/snnbib.hard.6",
            Url = "https://example.org/85a.pdf",
        },
        Provenance = Sources(SourceName.List, "type", "title", "issued", "DOI", "URL"),
    };

    private static Dictionary<string, FieldProvenance> Sources(SourceName source, params string[] fields) =>
        fields.ToDictionary(f => f, _ => new FieldProvenance(source), StringComparer.Ordinal);
}
