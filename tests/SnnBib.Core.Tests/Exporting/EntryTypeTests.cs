using SnnBib.Core.Exporting;
using SnnBib.Core.Model;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Core.Tests.Exporting;

/// <summary>An entry type is used only when the record has the fields that type requires.</summary>
public sealed class EntryTypeTests
{
    [Fact]
    public void HardCases_GetTheTypesTheirFieldsAllow()
    {
        var options = new ExportOptions();
        Assert.Equal(
            ["inproceedings", "article", "misc", "inproceedings", "misc", "misc"],
            BibTexFieldReader.Parse(new BibTexWriter().Write(HardCaseRecords.All, options)).Select(e => e.Type));
        Assert.Equal(
            ["inproceedings", "article", "online", "inproceedings", "misc", "misc"],
            BibTexFieldReader.Parse(new BibLatexWriter().Write(HardCaseRecords.All, options)).Select(e => e.Type));
    }

    [Fact]
    public void ConferencePaperWithoutAuthors_IsMiscWithTheVenue_AndASortKey()
    {
        var entry = BibTexFieldReader.Parse(new BibTexWriter().Write([HardCaseRecords.All[4]], new ExportOptions()))[0];
        Assert.Equal("misc", entry.Type);
        Assert.Equal("International Conference on Learning Representations", entry.Fields["howpublished"]);
        Assert.Equal("Towards Energy Efficient Spiking Neural Networks: An Unstructured Pruning Framework", entry.Fields["key"]);
        Assert.False(entry.Fields.ContainsKey("booktitle"));
    }

    [Fact]
    public void ConferenceTypeWithoutVenue_NeverWritesAnEmptyBooktitle()
    {
        var record = HardCaseRecords.All[0] with { Item = HardCaseRecords.All[0].Item with { ContainerTitle = null } };
        var bibtex = BibTexFieldReader.Parse(new BibTexWriter().Write([record], new ExportOptions()))[0];
        Assert.Equal("misc", bibtex.Type);
        Assert.False(bibtex.Fields.ContainsKey("booktitle"));
        Assert.Equal("2312.99999", bibtex.Fields["eprint"]);
    }

    [Fact]
    public void Preprint_CarriesEprintFields_InBothFlavours()
    {
        var preprint = HardCaseRecords.All[2];
        var bibtex = BibTexFieldReader.Parse(new BibTexWriter().Write([preprint], new ExportOptions()))[0];
        Assert.Equal(("2401.99999", "arXiv", "cs.NE", "arXiv:2401.99999"),
            (bibtex.Fields["eprint"], bibtex.Fields["archivePrefix"], bibtex.Fields["primaryClass"], bibtex.Fields["howpublished"]));
        var biblatex = BibTexFieldReader.Parse(new BibLatexWriter().Write([preprint], new ExportOptions()))[0];
        Assert.Equal(("2401.99999", "arxiv", "cs.NE", "2024-01"),
            (biblatex.Fields["eprint"], biblatex.Fields["eprinttype"], biblatex.Fields["eprintclass"], biblatex.Fields["date"]));
        Assert.False(biblatex.Fields.ContainsKey("publisher"));
    }

    [Fact]
    public void BibLatex_LeavesOutFieldsItsTypeDoesNotDefine()
    {
        var journal = BibTexFieldReader.Parse(new BibLatexWriter().Write([HardCaseRecords.All[1]], new ExportOptions()))[0];
        Assert.False(journal.Fields.ContainsKey("publisher"));
        Assert.Equal("IEEE Transactions on Pattern Analysis and Machine Intelligence", journal.Fields["journaltitle"]);
        Assert.Equal("2024-03-15", journal.Fields["date"]);
    }

    [Fact]
    public void ConferenceIssue_IsLeftOut_JournalIssueIsNumber()
    {
        var entries = BibTexFieldReader.Parse(new BibTexWriter().Write(HardCaseRecords.All, new ExportOptions()));
        Assert.False(entries[0].Fields.ContainsKey("number"));
        Assert.Equal("3", entries[1].Fields["number"]);
        Assert.Equal("mar", entries[1].Fields["month"]);
    }

    [Fact]
    public void Kinds_ComeFromTypeVenueAndArxivId()
    {
        var kinds = HardCaseRecords.All.Select(r => ExportedRecord.From(r).Kind);
        Assert.Equal([EntryKind.Conference, EntryKind.Journal, EntryKind.Preprint, EntryKind.Conference, EntryKind.Conference, EntryKind.Other], kinds);
        var noKey = new PaperRecord { Identity = "title:a b", Item = new CslItem { Id = "title:a b", Type = CslItemType.Document } };
        Assert.Equal("title:a_b", ExportedRecord.From(noKey).Key);
    }
}
