using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Core.Model;
using SnnBib.Core.Records;
using Xunit;

namespace SnnBib.Core.Tests.Records;

/// <summary>Inputs mirror real bullets of the seed list (shared/lists/awesome-snn-2024-05.md), built directly.</summary>
public sealed class ListRecordBuilderTests
{
    [Fact]
    public void ConferenceLabel_WithOpenReviewLink()
    {
        var link = Link("https://openreview.net/forum?id=eoSeaK4QJo&referrer=%5Bthe%20profile%5D(%2Fprofile%3Fid%3D~Z_H1)", new OpenReviewId("eoSeaK4QJo"));
        var paper = Paper("openreview:eoSeaK4QJo", Entry(
            "Towards Energy Efficient Spiking Neural Networks: An Unstructured Pruning Framework", "ICLR", 2024, 2024, link));

        var record = ListRecordBuilder.Build(paper);

        Assert.Equal("openreview:eoSeaK4QJo", record.Identity);
        Assert.Equal(CslItemType.PaperConference, record.Item.Type);
        Assert.Equal("International Conference on Learning Representations", record.Item.ContainerTitle);
        Assert.Equal(2024, record.Item.Issued!.Year);
        Assert.Equal("eoSeaK4QJo", record.OpenReviewId);
        Assert.Equal("https://openreview.net/forum?id=eoSeaK4QJo", record.Item.Url);
        Assert.Empty(record.Item.Author);
        Assert.Null(record.Item.Doi);
        Assert.Equal(RecordStatus.Unresolved, record.Status);
        Assert.All(record.Provenance.Values, p => Assert.Equal(SourceName.List, p.Source));
        Assert.Equal(
            ["URL", "container-title", "issued", "openreview-id", "title", "type"],
            record.Provenance.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ArxivGroup_Entry_IsAPreprint()
    {
        var link = Link("https://arxiv.org/pdf/2312.07625v2.pdf", new ArxivId("2312.07625", 2));
        var paper = Paper("arxiv:2312.07625", Entry(
            "Astrocyte-Enabled Advancements in Spiking Neural Networks for Large Language Modeling", null, null, 2024, link) with { Group = "Arxiv" });

        var record = ListRecordBuilder.Build(paper);

        Assert.Equal(CslItemType.Article, record.Item.Type);
        Assert.Equal("2312.07625", record.ArxivId);
        Assert.Equal("arXiv", record.Item.Publisher);
        Assert.Equal("arXiv:2312.07625", record.Item.Number);
        Assert.Equal("https://arxiv.org/abs/2312.07625", record.Item.Url);
        Assert.Null(record.Item.ContainerTitle);
        Assert.Equal(2024, record.Item.Issued!.Year);
    }

    [Fact]
    public void JournalLabel_WithDoiLink()
    {
        var link = Link("https://www.science.org/doi/10.1126/sciadv.adi1480", new DoiId("10.1126/sciadv.adi1480"));
        var paper = Paper("doi:10.1126/sciadv.adi1480", Entry(
            "SpikingJelly: An open-source machine learning infrastructure platform for spike-based intelligence", "Science Advances", 2023, 2023, link));

        var record = ListRecordBuilder.Build(paper);

        Assert.Equal(CslItemType.ArticleJournal, record.Item.Type);
        Assert.Equal("Science Advances", record.Item.ContainerTitle);
        Assert.Equal("10.1126/sciadv.adi1480", record.Item.Doi);
        Assert.Equal("https://www.science.org/doi/10.1126/sciadv.adi1480", record.Item.Url);
    }

    [Fact]
    public void LabelContradictedByItsCvfLink_UsesTheLink_AndWarns()
    {
        var link = Link(
            "https://openaccess.thecvf.com/content/ICCV2021/papers/Yao_Temporal-Wise_Attention_Spiking_Neural_Networks_for_Event_Streams_Classification_ICCV_2021_paper.pdf",
            new CvfPaperId("ICCV", 2021, "Yao_Temporal-Wise_Attention_Spiking_Neural_Networks_for_Event_Streams_Classification_ICCV_2021_paper.pdf"));
        var paper = Paper("title:temporal wise attention", Entry(
            "Temporal-wise Attention Spiking Neural Networks for Event Streams Classification", "ECCV", 2021, 2021, link) with { Line = 160 });

        var result = ListRecordBuilder.Build([paper]);

        var record = Assert.Single(result.Records);
        Assert.Equal("Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)", record.Item.ContainerTitle);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(160, warning.Line);
        Assert.Contains("ECCV 2021", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnlabelledPmlrLink_GivesTheIcmlEdition()
    {
        var link = Link("https://proceedings.mlr.press/v162/chen22ac.html", new PmlrPaperId(162, "chen22ac"));
        var paper = Paper("title:state transition", Entry(
            "State Transition of Dendritic Spines Improves Learning of Sparse Spiking Neural Networks", null, null, 2022, link));

        var result = ListRecordBuilder.Build([paper]);

        Assert.Equal("Proceedings of the International Conference on Machine Learning", result.Records[0].Item.ContainerTitle);
        Assert.Equal(2022, result.Records[0].Item.Issued!.Year);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void SuspectAndNonUrlLinks_AreNeverTheUrl()
    {
        var suspect = Link("https://arxiv.org/pdf/2103.00476.pdf", new ArxivId("2103.00476"));
        var paper = new ListedPaper
        {
            Identity = "title:a free lunch from ann",
            Entries = [Entry("A Free Lunch From ANN: Towards Efficient, Accurate Spiking Neural Networks Calibration", "ICML", 2021, 2021, suspect)],
            Identifiers = [],
            SuspectLinks = [suspect],
        };
        var record = ListRecordBuilder.Build(paper);
        Assert.Null(record.Item.Url);
        Assert.Null(record.ArxivId);
        Assert.Equal(CslItemType.PaperConference, record.Item.Type);

        var notUrl = new ListLink("paper", "Learning A Spiking Neural Network for Efficient Image Deraining", LinkKind.Paper, IsUrl: false, null);
        var deraining = ListRecordBuilder.Build(Paper("title:deraining", Entry("Learning a Spiking Neural Network for Efficient Image Deraining", "IJCAI", 2024, 2024, notUrl)));
        Assert.Null(deraining.Item.Url);
    }

    [Fact]
    public void MergedEntries_TakeTheVenueFromTheEntryThatHasALabel()
    {
        var arxivEntry = Entry("Temporal Effective Batch Normalization in Spiking Neural Networks", null, null, 2022,
            Link("https://openreview.net/forum?id=fLIgyyQiJqz", new OpenReviewId("fLIgyyQiJqz")));
        var neuripsEntry = Entry("Temporal Effective Batch Normalization in Spiking Neural Networks", "NeurIPS", 2022, 2022,
            Link("https://proceedings.neurips.cc/paper_files/paper/2022/file/de2ad3ed44ee4e675b3be42aa0b615d0-Paper-Conference.pdf", new NeurIpsPaperId(2022, "de2ad3ed44ee4e675b3be42aa0b615d0")));
        var paper = new ListedPaper
        {
            Identity = "openreview:fLIgyyQiJqz",
            Entries = [arxivEntry, neuripsEntry],
            Identifiers = [new OpenReviewId("fLIgyyQiJqz"), new NeurIpsPaperId(2022, "de2ad3ed44ee4e675b3be42aa0b615d0")],
        };
        var record = ListRecordBuilder.Build(paper);
        Assert.Equal("Advances in Neural Information Processing Systems", record.Item.ContainerTitle);
        Assert.Equal("https://openreview.net/forum?id=fLIgyyQiJqz", record.Item.Url);
    }

    [Fact]
    public void UnknownVenue_IsKeptAsWritten_WithAConservativeType()
    {
        var workshop = ListRecordBuilder.Build(Paper("title:x", Entry("X", "NICE Workshop", 2023, 2023)));
        Assert.Equal("NICE Workshop", workshop.Item.ContainerTitle);
        Assert.Equal(CslItemType.PaperConference, workshop.Item.Type);

        var unknown = ListRecordBuilder.Build(Paper("title:y", Entry("Y", "Foo", 2023, 2023, Link("https://arxiv.org/abs/2301.00001", new ArxivId("2301.00001")))));
        Assert.Equal("Foo", unknown.Item.ContainerTitle);
        Assert.Equal(CslItemType.Document, unknown.Item.Type);

        var nothing = ListRecordBuilder.Build(Paper("title:z", Entry("Z", null, null, 2021, Link("https://example.org/z.pdf", null))));
        Assert.Equal(CslItemType.Document, nothing.Item.Type);
        Assert.Equal(2021, nothing.Item.Issued!.Year);
        Assert.Null(nothing.Item.Publisher);
    }

    [Fact]
    public void NumberedStyle_CompleteAuthorListsAreRead_EtAlIsNot()
    {
        var two = ListRecordBuilder.Build(Paper("title:a", Entry("On the computational power of circuits of spiking neurons", null, 2004, null) with { AuthorsText = "Maass W and Markram H" }));
        Assert.Equal([CslName.Person("Maass", "W."), CslName.Person("Markram", "H.")], two.Item.Author);
        Assert.Equal(SourceName.List, two.Provenance["author"].Source);

        var etAl = ListRecordBuilder.Build(Paper("title:b", Entry("Deep learning in spiking neural networks", null, 2018, null) with { AuthorsText = "Tavanaei et al." }));
        Assert.Empty(etAl.Item.Author);
        Assert.False(etAl.Provenance.ContainsKey("author"));
    }

    [Theory]
    [InlineData("Maass W", "Maass|W.")]
    [InlineData("Muramatsu N and Yu HT", "Muramatsu|N.;Yu|H. T.")]
    [InlineData("Kheradpisheh SR and Masquelier T", "Kheradpisheh|S. R.;Masquelier|T.")]
    [InlineData("McCulloch W and Pitts W", "McCulloch|W.;Pitts|W.")]
    [InlineData("Virgilio G. et al.", "")]
    [InlineData("Roy et al.", "")]
    [InlineData("Some Lab", "")]
    [InlineData("HT Yu", "")]
    [InlineData("", "")]
    public void AuthorListParser_ReadsOnlyUnambiguousLists(string text, string expected)
    {
        var names = AuthorListParser.Parse(text);
        Assert.Equal(expected, string.Join(';', names.Select(n => $"{n.Family}|{n.Given}")));
    }

    [Theory]
    [InlineData("Learning Delays in SNNs.", "Learning Delays in SNNs")]
    [InlineData("NDOT: Neuronal Dynamics-based Online Training  ", "NDOT: Neuronal Dynamics-based Online Training")]
    [InlineData("Inherent Redundancy in Spiking Neural Networks\t", "Inherent Redundancy in Spiking Neural Networks")]
    [InlineData("Can we get the best of both?", "Can we get the best of both?")]
    public void Titles_AreCleaned(string raw, string expected) => Assert.Equal(expected, ListRecordBuilder.CleanTitle(raw));

    private static ListLink Link(string url, PaperIdentifier? id) => new("paper", url, LinkKind.Paper, IsUrl: true, id);

    [Fact]
    public void YearOnlyLabel_DatesThePaper_NoVenue()
    {
        var paper = Paper("title:heat bath", Entry("Heat-bath random walks with Markov bases", null, 2016, null) with { VenueLabel = "2016" });

        var record = ListRecordBuilder.Build(paper);

        Assert.Equal(2016, record.Item.Issued!.Year);
        Assert.Null(record.Item.ContainerTitle);
        Assert.Null(record.Item.EventTitle);
    }

    [Theory]
    [InlineData("Arxiv")]
    [InlineData("arXiv preprint")]
    [InlineData("CoRR")]
    public void PreprintServerLabel_IsNoVenue_PaperStaysAPreprint(string label)
    {
        var link = Link("https://arxiv.org/abs/1605.08386v1", new ArxivId("1605.08386", 1));
        var paper = Paper("arxiv:1605.08386", Entry("Heat-bath random walks with Markov bases", label, 2016, null, link));

        var record = ListRecordBuilder.Build(paper);

        Assert.Equal(CslItemType.Article, record.Item.Type);
        Assert.Null(record.Item.ContainerTitle);
        Assert.Equal(2016, record.Item.Issued!.Year);
    }

    private static ListEntry Entry(string title, string? venue, int? year, int? sectionYear, params ListLink[] links) => new()
    {
        Line = 1,
        Title = title,
        Venue = venue,
        VenueLabel = venue is null ? null : $"{venue} {year}",
        Year = year,
        SectionYear = sectionYear,
        Links = links,
    };

    private static ListedPaper Paper(string identity, ListEntry entry) => new()
    {
        Identity = identity,
        Entries = [entry],
        Identifiers = entry.Links.Where(l => l.Identifier is not null).Select(l => l.Identifier!).ToList(),
    };
}
