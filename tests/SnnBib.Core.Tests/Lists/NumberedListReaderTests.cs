using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Lists;

/// <summary>../shared/lists/awesome-snn-numbered-style.md: "[Title](link), Authors (year) - note", plus non-paper sections.</summary>
public sealed class NumberedListReaderTests
{
    private static readonly Lazy<ListReadResult> Result = new(() => AwesomeListReader.Read(TestLists.Numbered));

    [SkippableFact]
    public void Read_Numbered_OnlyItemsUnderPapersAreEntries()
    {
        var entries = Result.Value.Entries;

        Assert.Equal(37, entries.Count);
        Assert.All(entries, e => Assert.InRange(e.Line, 28, 74));
        Assert.All(entries, e => Assert.Equal("Papers", e.Headings[1]));
        Assert.Empty(Result.Value.Warnings);
    }

    [SkippableFact]
    public void Read_Numbered_TitleLinkAuthorsYearAndNote()
    {
        var entry = Result.Value.At(28);

        Assert.Equal("Networks of Spiking Neurons: The Third Generation of Neural Network Models", entry.Title);
        Assert.Equal("Maass W", entry.AuthorsText);
        Assert.Equal(1996, entry.Year);
        Assert.Null(entry.VenueLabel);
        Assert.Equal("pioneering work on spiking neural networks.", entry.Note);
        Assert.Equal("Fundamental and overview papers", entry.Group);
        var link = Assert.Single(entry.Links);
        Assert.Equal((LinkKind.Paper, true, (PaperIdentifier?)null), (link.Kind, link.IsUrl, link.Identifier));
        Assert.Equal("https://igi-web.tugraz.at/PDF/85a.pdf", link.Target);
    }

    [SkippableTheory]
    [InlineData(29, "On the computational power of circuits of spiking neurons", "Maass W and Markram H", 2004)]
    [InlineData(39, "Combining SNN and ANN for enhanced image classification", "Muramatsu N and Yu HT", 2021)]
    [InlineData(46, "Conversion of continuous-valued deep networks to efficientevent-driven networks for image classification", "Rueckauer et al.", 2017)]
    [InlineData(72, "Towards spike-based machine intelligence with neuromorphic computing", "Roy et al.", 2019)]
    [InlineData(74, "Thermal-Aware Compilation of Spiking Neural Networks to Neuromorphic Hardware", "Titirsha T and Das A", 2020)]
    public void Read_Numbered_BylineVariants(int line, string title, string authors, int year)
    {
        var entry = Result.Value.At(line);

        Assert.Equal(title, entry.Title);
        Assert.Equal(authors, entry.AuthorsText);
        Assert.Equal(year, entry.Year);
        Assert.NotNull(entry.Note);
    }

    [SkippableFact]
    public void Read_Numbered_IdentifiersFromTitleLinks()
    {
        Assert.Equal(new DoiId("10.3389/fnins.2018.00774"), Result.Value.At(30).Links[0].Identifier);
        Assert.Equal(new OpenReviewId("FZ1oTwcXchK"), Result.Value.At(50).Links[0].Identifier);
        Assert.Equal(new IeeeXploreId("7280696"), Result.Value.At(44).Links[0].Identifier);
        Assert.Equal(new DoiId("10.1038/s41586-019-1677-2"), Result.Value.At(72).Links[0].Identifier);
        Assert.Equal(new DoiId("10.1101/2020.06.17.156513"), Result.Value.At(40).Links[0].Identifier);
    }

    [SkippableTheory]
    [InlineData(new[] { "Frameworks" }, 7, 77)]
    [InlineData(new[] { "books", "Repositories" }, 8, 22)]
    [InlineData(new[] { "neuron models" }, 6, 63)]
    [InlineData(new[] { "Papers" }, 37, 28)]
    public void Read_Numbered_SectionsOptionPicksSections(string[] sections, int count, int firstLine)
    {
        var result = AwesomeListReader.Read(TestLists.Numbered, new ListReaderOptions { Sections = sections });

        Assert.Equal(count, result.Entries.Count);
        Assert.Equal(firstLine, result.Entries[0].Line);
    }

    [SkippableFact]
    public void Read_Numbered_HeadingsLoseEmojiShortcodes() =>
        Assert.Equal(["Awesome Spiking Neural Networks", "Papers", "Neuromorphic hardware"], Result.Value.At(71).Headings);

    [SkippableFact]
    public void Read_Numbered_AllEntries_MatchApprovedSnapshot() => Approve.Text(TestLists.Render(Result.Value));
}
