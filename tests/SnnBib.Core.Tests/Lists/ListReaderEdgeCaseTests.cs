using SnnBib.Core.Lists;
using Xunit;

namespace SnnBib.Core.Tests.Lists;

/// <summary>Small hand-written lists for shapes the real lists only hint at.</summary>
public sealed class ListReaderEdgeCaseTests
{
    private static ListEntry Only(string markdown) => Assert.Single(AwesomeListReader.Read(markdown).Entries);

    [Theory]
    [InlineData("- Spiking Neural Networks (SNN) for Robots [[paper](https://arxiv.org/abs/2401.01234)]", "Spiking Neural Networks (SNN) for Robots", null)]
    [InlineData("- Memory $O(L)$ Training (**ICML 2024**). [[paper](https://arxiv.org/abs/2401.01234)]", "Memory $O(L)$ Training", "ICML 2024")]
    [InlineData("- Online Training Through Time (NeurIPS 2022) [[arXiv](https://arxiv.org/abs/2210.04195)]", "Online Training Through Time", "NeurIPS 2022")]
    [InlineData("- Online Training Through Time **NeurIPS 2022** [[arXiv](https://arxiv.org/abs/2210.04195)]", "Online Training Through Time", "NeurIPS 2022")]
    [InlineData("- Online Training Through Time **(NeurIPS 2022)** [[arXiv](https://arxiv.org/abs/2210.04195)]", "Online Training Through Time", "NeurIPS 2022")]
    [InlineData("- Online Training Through Time [NeurIPS 2022] [[arXiv](https://arxiv.org/abs/2210.04195)]", "Online Training Through Time", "NeurIPS 2022")]
    [InlineData("- [NeurIPS 2022] Online Training Through Time [[arXiv](https://arxiv.org/abs/2210.04195)]", "Online Training Through Time", "NeurIPS 2022")]
    [InlineData("- **NeurIPS 2022**: Online Training Through Time", "Online Training Through Time", "NeurIPS 2022")]
    [InlineData("- Online Training Through Time [[arXiv](https://arxiv.org/abs/2210.04195)] (NeurIPS 2022)", "Online Training Through Time", "NeurIPS 2022")]
    [InlineData("- Spiking Networks from 2019 to 2023 Compared (**ICLR 2024**)", "Spiking Networks from 2019 to 2023 Compared", "ICLR 2024")]
    [InlineData("- Two Years (ICLR 2023, TPAMI 2024)", "Two Years (ICLR 2023, TPAMI 2024)", null)]
    [InlineData("- *Emphasised* title with `code` and _more_.", "Emphasised title with code and more", null)]
    public void Read_VenueLabelShapes(string markdown, string title, string? label)
    {
        var entry = Only(markdown);

        Assert.Equal(title, entry.Title);
        Assert.Equal(label, entry.VenueLabel);
    }

    [Fact]
    public void Read_LabelSplitsVenueFromYear_KeepingOtherWords()
    {
        var entry = Only("- A Paper (**NeurIPS 2022 Oral**)");

        Assert.Equal(("NeurIPS 2022 Oral", "NeurIPS Oral", 2022), (entry.VenueLabel, entry.Venue, entry.Year));
    }

    [Fact]
    public void Read_YearOnlyLabel_HasNoVenue()
    {
        var entry = Only("- A Paper (2018)");

        Assert.Equal(("2018", null, 2018), (entry.VenueLabel, entry.Venue, entry.Year));
    }

    [Fact]
    public void Read_EntryWithOnlyAGenericLink_IsKeptWithAWarning()
    {
        var result = AwesomeListReader.Read("# List\n\n- [[paper](https://arxiv.org/abs/2401.01234)]\n");

        var entry = Assert.Single(result.Entries);
        Assert.Equal(string.Empty, entry.Title);
        Assert.Equal((3, "entry has no title; kept with its links"), (result.Warnings[0].Line, result.Warnings[0].Message));
    }

    [Fact]
    public void Read_TableOfContentsAndEmptyBullets_AreNotEntries() =>
        Assert.Empty(AwesomeListReader.Read("- [Papers](#papers)\n- [2024](#2024)\n-\n").Entries);

    [Fact]
    public void Read_BlockQuotedList_IsRead() =>
        Assert.Equal("Quoted Paper", Only("> - Quoted Paper [[paper](https://arxiv.org/abs/2401.01234)]").Title);

    [Fact]
    public void Read_HtmlWithoutDetails_IsIgnored() =>
        Assert.Empty(AwesomeListReader.Read("<div align=\"center\">\n- not markdown inside a div\n</div>\n").Entries);

    [Fact]
    public void Read_UnclosedDetails_StillYieldsItsEntries()
    {
        var entry = Only("<details><summary>2021</summary>\n- A Paper (AAAI 2021)\n");

        Assert.Equal((2, 2021, "2021"), (entry.Line, entry.SectionYear, entry.Group));
    }

    [Fact]
    public void Read_MultiLineSummary_NamesTheSection() =>
        Assert.Equal(2020, Only("<details>\n<summary>\n<strong>Year 2020</strong>\n</summary>\n\n- A Paper\n\n</details>\n").SectionYear);

    [Fact]
    public void Read_HeadingClosesADetailsSection()
    {
        var result = AwesomeListReader.Read("<details><summary>2021</summary>\n\n- First\n\n## Later\n\n- Second\n");

        Assert.Equal(["2021"], result.Entries[0].Headings);
        Assert.Equal(["Later"], result.Entries[1].Headings);
    }

    [Fact]
    public void Read_NoPapersHeading_NonPaperSectionsAreStillSkipped()
    {
        var result = AwesomeListReader.Read("## Surveys\n- A Survey\n## Tools & Frameworks\n- A Tool\n## Contributing\n- Open a pull request\n");

        Assert.Equal("A Survey", Assert.Single(result.Entries).Title);
    }

    [Fact]
    public void Read_WithPapersHeading_SiblingSectionsAreNotPapers()
    {
        var result = AwesomeListReader.Read("## Papers\n- A Paper\n## Talks\n- A Talk\n## Miscellany\n- Something\n");

        Assert.Equal("A Paper", Assert.Single(result.Entries).Title);
    }

    [Fact]
    public void Read_SectionsOptionMatchesBoldGroupsToo()
    {
        var markdown = "## 2024\n\n**Review**\n- A Review\n\n**Arxiv**\n- A Preprint\n- Another Preprint\n";

        var result = AwesomeListReader.Read(markdown, new ListReaderOptions { Sections = ["arxiv"] });

        Assert.Equal(["A Preprint", "Another Preprint"], result.Entries.Select(e => e.Title));
    }

    [Fact]
    public void Read_LinkWithRelativeTarget_IsKeptAndWarned()
    {
        var result = AwesomeListReader.Read("- A Paper [[pdf](papers/a.pdf)]\n");

        var link = Assert.Single(Assert.Single(result.Entries).Links);
        Assert.False(link.IsUrl);
        Assert.Null(link.Identifier);
        Assert.Equal(1, Assert.Single(result.Warnings).Line);
    }

    [Fact]
    public void Read_ImageBadgesInAnEntry_AreNotLinksOrTitleText()
    {
        var entry = Only("- A Paper ![stars](https://img.shields.io/github/stars/x/y) [[paper](https://arxiv.org/abs/2401.01234)]");

        Assert.Equal("A Paper", entry.Title);
        Assert.Single(entry.Links);
    }

    [Fact]
    public void Read_BadgeLinkLabelledByItsImage_UsesTheAltText()
    {
        var link = Assert.Single(Only("- A Paper [![arXiv](https://img.shields.io/badge/arXiv-blue)](https://arxiv.org/abs/2401.01234)").Links);

        Assert.Equal(("arXiv", LinkKind.Paper), (link.Label, link.Kind));
    }

    [Fact]
    public void Read_AbsurdlyNestedMarkdown_IsAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => AwesomeListReader.Read(new string('>', 5000) + " x"));

        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ThousandsOfNestedDetails_AreReadWithoutRecursing()
    {
        var markdown = string.Concat(Enumerable.Repeat("<details><summary>x</summary>\n", 5000)) + "- A Paper\n";

        var entry = Only(markdown);

        Assert.Equal(5000, entry.Headings.Count);
        Assert.Equal(5001, entry.Line);
    }

    [Fact]
    public void Read_HeadingCalledList_IsNotMistakenForANonPaperSection() =>
        Assert.Equal("A Paper", Only("# List\n\n- A Paper\n").Title);

    [Fact]
    public void Read_RelatedListsSection_IsNotPapers() =>
        Assert.Equal("A Paper", Only("## Surveys\n- A Paper\n## Related Lists\n- [Another list](https://github.com/a/b)\n").Title);

    [Fact]
    public void Read_LineNumbersCountFromOneAcrossCrLfInput()
    {
        var result = AwesomeListReader.Read("# T\r\n\r\n- First\r\n- Second\r\n");

        Assert.Equal([3, 4], result.Entries.Select(e => e.Line));
    }
}
