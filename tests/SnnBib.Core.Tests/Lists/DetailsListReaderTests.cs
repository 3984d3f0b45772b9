using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Lists;

/// <summary>Data/lists/details-style.md: a &lt;details&gt; block per year, "(NeurIPS 2022)" labels, [arXiv]/[PDF]/[Code] links.</summary>
public sealed class DetailsListReaderTests
{
    private static readonly Lazy<ListReadResult> Result = new(() => AwesomeListReader.Read(TestLists.Own("details-style.md")));

    [Fact]
    public void Read_Details_BulletsInsideEveryDetailsBlockAreEntries_RelatedListsAreNot()
    {
        Assert.Equal([8, 9, 10, 11, 16, 17, 18, 19, 28, 32], Result.Value.Entries.Select(e => e.Line));
    }

    [Fact]
    public void Read_Details_BlankLineSeparatedBlock_SummaryIsTheSection()
    {
        var entry = Result.Value.At(8);

        Assert.Equal("Spike-driven Transformer", entry.Title);
        Assert.Equal(("NeurIPS 2023", "NeurIPS", 2023), (entry.VenueLabel, entry.Venue, entry.Year));
        Assert.Equal(["Awesome SNN Reading List", "2023"], entry.Headings);
        Assert.Equal(2023, entry.SectionYear);
    }

    [Fact]
    public void Read_Details_BulletsSwallowedByTheHtmlBlock_AreParsedAgainWithTheirOwnLines()
    {
        var entry = Result.Value.At(17);

        Assert.Equal("Temporal Effective Batch Normalization in Spiking Neural Networks", entry.Title);
        Assert.Equal(["Awesome SNN Reading List", "2022"], entry.Headings);
        Assert.Equal(new NeurIpsPaperId(2022, "de2ad3ed44ee4e675b3be42aa0b615d0"), Assert.Single(entry.Links).Identifier);
        Assert.Empty(Result.Value.At(19).Links);
    }

    [Fact]
    public void Read_Details_NestedBlocks_OpenAndCloseSections()
    {
        var inner = Result.Value.At(28);
        var outer = Result.Value.At(32);

        Assert.Equal(["Awesome SNN Reading List", "Before 2020", "1997"], inner.Headings);
        Assert.Equal(1997, inner.SectionYear);
        Assert.Equal(["Awesome SNN Reading List", "Before 2020"], outer.Headings);
        Assert.Null(outer.SectionYear); // "Before 2020" bounds the section, it does not date it
        Assert.Equal(2018, outer.BestYear);
    }

    [Fact]
    public void Read_Details_LinkLabelsDecideKinds()
    {
        Assert.Equal([LinkKind.Paper, LinkKind.Code], Result.Value.At(8).Links.Select(l => l.Kind));
        Assert.Equal([LinkKind.Paper, LinkKind.Other], Result.Value.At(9).Links.Select(l => l.Kind));
        Assert.Equal([LinkKind.Paper, LinkKind.Code], Result.Value.At(11).Links.Select(l => l.Kind));
    }

    [Fact]
    public void Read_Details_DoiWithParenthesesInsideLinkTarget()
    {
        var link = Assert.Single(Result.Value.At(28).Links);

        Assert.Equal("https://doi.org/10.1016/S0893-6080(97)00011-7", link.Target);
        Assert.Equal(new DoiId("10.1016/s0893-6080(97)00011-7"), link.Identifier);
    }

    [Fact]
    public void Read_Details_RelativeLinkTarget_IsWarnedAbout()
    {
        var entry = Result.Value.At(32);

        Assert.Equal([true, false], entry.Links.Select(l => l.IsUrl));
        var warning = Assert.Single(Result.Value.Warnings);
        Assert.Equal(32, warning.Line);
        Assert.Contains("papers/spiking-deep-residual-network.pdf", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Details_AllEntries_MatchApprovedSnapshot() => Approve.Text(TestLists.Render(Result.Value));
}
