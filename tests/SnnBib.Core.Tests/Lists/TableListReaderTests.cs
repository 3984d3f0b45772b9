using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Lists;

/// <summary>Data/lists/table-style.md: pipe tables "Title | Venue | Paper | Code" and "Paper | Conference | Year | Code".</summary>
public sealed class TableListReaderTests
{
    private static readonly Lazy<ListReadResult> Result = new(() => AwesomeListReader.Read(TestLists.Own("table-style.md")));

    [Fact]
    public void Read_Tables_EveryPaperRowIsAnEntry_DatasetsAndContentsAreNot()
    {
        var entries = Result.Value.Entries;

        Assert.Equal(12, entries.Count);
        Assert.Equal([15, 16, 17, 18, 19, 25, 26, 27, 28, 34, 35, 36], entries.Select(e => e.Line));
        Assert.DoesNotContain(entries, e => e.Title == "N-MNIST");
        Assert.Empty(Result.Value.Warnings);
    }

    [Fact]
    public void Read_Tables_VenueColumnIsSplitIntoVenueAndYear()
    {
        var entry = Result.Value.At(17);

        Assert.Equal("SGLFormer: Spiking Global-Local-Fusion Transformer with high performance", entry.Title);
        Assert.Equal(("Frontiers in Neuroscience 2024", "Frontiers in Neuroscience", 2024), (entry.VenueLabel, entry.Venue, entry.Year));
        Assert.Equal(2024, entry.SectionYear);
        Assert.Equal(new DoiId("10.3389/fnins.2024.1371290"), Assert.Single(entry.Links).Identifier);
    }

    [Fact]
    public void Read_Tables_LinkKindComesFromTheColumn()
    {
        var poster = Assert.Single(Result.Value.At(19).Links);
        Assert.Equal((LinkKind.Paper, "Poster"), (poster.Kind, poster.Label));
        Assert.IsType<IcmlPosterId>(poster.Identifier);

        var links = Result.Value.At(15).Links;
        Assert.Equal([LinkKind.Paper, LinkKind.Code], links.Select(l => l.Kind));
    }

    [Fact]
    public void Read_Tables_RowWithoutLinksIsKept() =>
        Assert.Empty(Result.Value.At(18).Links);

    [Fact]
    public void Read_Tables_BoldInTitleCellIsDropped() =>
        Assert.Equal("SpikingJelly: An open-source machine learning infrastructure platform for spike-based intelligence", Result.Value.At(25).Title);

    [Fact]
    public void Read_Tables_TitleAsLinkWithSeparateYearColumn()
    {
        var entry = Result.Value.At(34);

        Assert.Equal("State Transition of Dendritic Spines Improves Learning of Sparse Spiking Neural Networks", entry.Title);
        Assert.Equal(("ICML", "ICML", 2022), (entry.VenueLabel, entry.Venue, entry.Year));
        Assert.Equal(new ListLink(entry.Title, "https://proceedings.mlr.press/v162/chen22ac.html", LinkKind.Paper, true, new PmlrPaperId(162, "chen22ac")), entry.Links[0]);
        Assert.Equal((LinkKind.Code, "STDS"), (entry.Links[1].Kind, entry.Links[1].Label));
    }

    [Fact]
    public void Group_Tables_SameDoiDifferentCaseAndShortenedTitle_IsOnePaper()
    {
        var grouping = PaperGrouper.Group(Result.Value.Entries);

        Assert.Equal(11, grouping.Papers.Count);
        var paper = grouping.Papers.Single(p => p.Entries.Count == 2);
        Assert.Equal("doi:10.1126/sciadv.adi1480", paper.Identity);
        Assert.Equal([25, 28], paper.Entries.Select(e => e.Line));
        var merge = Assert.Single(grouping.Merges);
        Assert.Equal(28, merge.Line);
        Assert.Contains("same DOI 10.1126/sciadv.adi1480", merge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Tables_AllEntries_MatchApprovedSnapshot() => Approve.Text(TestLists.Render(Result.Value));
}
