using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Lists;

/// <summary>The reference list: ../shared/lists/awesome-snn-2024-05.md (133 paper bullets).</summary>
public sealed class SeedListReaderTests
{
    private static readonly Lazy<ListReadResult> Result = new(() => AwesomeListReader.Read(TestLists.Seed));

    [SkippableFact]
    public void Read_Seed_Yields133EntriesInListOrder()
    {
        var entries = Result.Value.Entries;

        Assert.Equal(133, entries.Count);
        Assert.Equal(entries.Select(e => e.Line).Order(), entries.Select(e => e.Line));
        Assert.Equal(23, entries[0].Line);
        Assert.Equal(181, entries[^1].Line);
    }

    [SkippableFact]
    public void Read_Seed_NewsParagraphsAndIntroAreNotPapers() =>
        Assert.DoesNotContain(Result.Value.Entries, e => e.Line < 20);

    [SkippableTheory]
    [InlineData(23, "Direct Training High-Performance Deep Spiking Neural Networks: A Review of Theories and Methods", null, null, null)]
    [InlineData(26, "EC-SNN: Splitting Deep Spiking Neural Networks on Edge Devices", "IJCAI 2024", "IJCAI", 2024)]
    [InlineData(37, "NDOT: Neuronal Dynamics-based Online Training for Spiking Neural Networks", "ICML 2024", "ICML", 2024)]
    [InlineData(38, "High-Performance Temporal Reversible Spiking Neural Networks $O(L)$ with Training Memory and $O(1)$ Inference Cost", "ICML 2024", "ICML", 2024)]
    [InlineData(47, "SGLFormer: Spiking Global-Local-Fusion Transformer with high performance", "Frontiers in Neuroscience 2024", "Frontiers in Neuroscience", 2024)]
    [InlineData(63, "Can we get the best of both Binary Neural Networks and Spiking Neural Networks for Efficient Computer Vision?", "ICLR 2024", "ICLR", 2024)]
    [InlineData(89, "SpikingJelly: An open-source machine learning infrastructure platform for spike-based intelligence", "Science Advances 2023", "Science Advances", 2023)]
    [InlineData(90, "Spike-driven Transformer", null, null, null)]
    [InlineData(104, "RMP-Loss: Regularizing Membrane Potential Distribution for Spiking Neural Networks", "ICCV 2023", "ICCV", 2023)]
    [InlineData(119, "Attention Spiking Neural Networks", "TPAMI 2023", "TPAMI", 2023)]
    [InlineData(130, "Scaling Up Dynamic Graph Representation Learning via Spiking Neural Networks", "AAAI 2023", "AAAI", 2023)]
    [InlineData(174, "Spiking Deep Residual Network", null, null, null)]
    [InlineData(181, "Temporal-wise Attention Spiking Neural Networks for Event Streams Classification", "ECCV 2021", "ECCV", 2021)]
    public void Read_Seed_TitleAndVenueLabel(int line, string title, string? label, string? venue, int? year)
    {
        var entry = Result.Value.At(line);

        Assert.Equal(title, entry.Title);
        Assert.Equal(label, entry.VenueLabel);
        Assert.Equal(venue, entry.Venue);
        Assert.Equal(year, entry.Year);
    }

    [SkippableTheory]
    [InlineData(23, 2024, "Review")]
    [InlineData(26, 2024, "AAAI, ICLR, Frontiers in Neuroscience, CVPR, ICML, IJCAI")]
    [InlineData(77, 2024, "Arxiv")]
    [InlineData(86, 2023, "Review")]
    [InlineData(140, 2023, "Arxiv")]
    [InlineData(147, 2022, "NeurIPS, CVPR, ICLR, AAAI, ICML, Nature Communications")]
    [InlineData(181, 2021, "NeurIPS, ICCV, IJCAI, ICML, AAAI")]
    public void Read_Seed_SectionYearAndGroup(int line, int sectionYear, string group)
    {
        var entry = Result.Value.At(line);

        Assert.Equal(sectionYear, entry.SectionYear);
        Assert.Equal(group, entry.Group);
        Assert.Equal(["Awesome-Spiking-Neural-Networks", "Papers", sectionYear.ToString(System.Globalization.CultureInfo.InvariantCulture)], entry.Headings);
    }

    [SkippableFact]
    public void Read_Seed_BestYearFallsBackToTheSection()
    {
        Assert.Equal(2023, Result.Value.At(90).BestYear);
        Assert.Equal(2022, Result.Value.At(147).BestYear);
    }

    [SkippableFact]
    public void Read_Seed_EntryWithPaperAndCodeLinks()
    {
        var links = Result.Value.At(28).Links;

        Assert.Equal(2, links.Count);
        Assert.Equal(new ListLink("paper", "https://arxiv.org/pdf/2401.11687", LinkKind.Paper, true, new ArxivId("2401.11687")), links[0]);
        Assert.Equal(LinkKind.Code, links[1].Kind);
        Assert.Equal("https://github.com/BrainCog-X/Brain-Cog/tree/main/examples/TIM", links[1].Target);
        Assert.Null(links[1].Identifier);
    }

    [SkippableFact]
    public void Read_Seed_EntryWithoutLinksIsKept()
    {
        var entry = Result.Value.At(27);

        Assert.Equal("One-step Spiking Transformer with a Linear Complexity", entry.Title);
        Assert.Empty(entry.Links);
    }

    [SkippableFact]
    public void Read_Seed_LinkTargetThatIsNotAUrl_IsKeptFlaggedAndWarnedAbout()
    {
        var entry = Result.Value.At(29);

        Assert.Equal("Learning a Spiking Neural Network for Efficient Image Deraining", entry.Title);
        var paper = entry.Links[0];
        Assert.Equal(("paper", "Learning A Spiking Neural Network for Efficient Image Deraining", LinkKind.Paper, false), (paper.Label, paper.Target, paper.Kind, paper.IsUrl));
        Assert.Null(paper.Identifier);
        Assert.Equal(LinkKind.Code, entry.Links[1].Kind);

        var warning = Assert.Single(Result.Value.Warnings);
        Assert.Equal(29, warning.Line);
        Assert.Contains("Learning A Spiking Neural Network for Efficient Image Deraining", warning.Message, StringComparison.Ordinal);
        Assert.Contains("not a URL", warning.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Read_Seed_UrlWithNestedParentheses_IsReadWhole()
    {
        var entry = Result.Value.At(48);
        var link = Assert.Single(entry.Links);

        Assert.Equal("Towards Energy Efficient Spiking Neural Networks: An Unstructured Pruning Framework", entry.Title);
        Assert.Equal("https://openreview.net/forum?id=eoSeaK4QJo&referrer=%5Bthe%20profile%20of%20Zecheng%20Hao%5D(%2Fprofile%3Fid%3D~Zecheng_Hao1)", link.Target);
        Assert.True(link.IsUrl);
        Assert.Equal(new OpenReviewId("eoSeaK4QJo"), link.Identifier);
    }

    [SkippableFact]
    public void Read_Seed_IdentifiersOnLinksByKind()
    {
        var counts = Result.Value.Entries.SelectMany(e => e.Links)
            .Where(l => l.Identifier is not null)
            .GroupBy(l => l.Identifier!.Kind)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(69, counts[IdentifierKind.Arxiv]);
        Assert.Equal(30, counts[IdentifierKind.OpenReview]);
        Assert.Equal(6, counts[IdentifierKind.Doi]);
        Assert.Equal(9, counts[IdentifierKind.Cvf]);
        Assert.Equal(10, counts[IdentifierKind.IcmlVirtual]);
        Assert.Equal(4, counts[IdentifierKind.NeurIps]);
        Assert.Equal(1, counts[IdentifierKind.IeeeXplore]);
        Assert.Equal(1, counts[IdentifierKind.Pmlr]);
    }

    [SkippableFact]
    public void Read_Seed_EveryLinkIsAPaperOrCodeLink()
    {
        var links = Result.Value.Entries.SelectMany(e => e.Links).ToArray();

        Assert.Equal(131, links.Count(l => l.Kind == LinkKind.Paper));
        Assert.Equal(55, links.Count(l => l.Kind == LinkKind.Code));
        Assert.All(links.Where(l => l.Kind == LinkKind.Code), l => Assert.StartsWith("https://github.com/", l.Target, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Read_Seed_TitlesCarryNoMarkupOrLeftovers() =>
        Assert.All(Result.Value.Entries, e =>
        {
            Assert.DoesNotMatch(@"\*\*|\[|\]|\(\*|  |^\s|\s$|\.$", e.Title);
            Assert.NotEmpty(e.Title);
        });

    [SkippableFact]
    public void Read_Seed_AllEntries_MatchApprovedSnapshot() => Approve.Text(TestLists.Render(Result.Value));
}
