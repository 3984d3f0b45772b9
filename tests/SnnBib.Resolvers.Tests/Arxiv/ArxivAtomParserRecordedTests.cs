using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Tests.Http;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Resolvers.Tests.Arxiv;

/// <summary>Every recorded arXiv body (shared/fixtures/recorded/arxiv), parsed and checked against values read from the file.</summary>
public class ArxivAtomParserRecordedTests
{
    private static readonly string[] Files =
    [
        "arxiv-id_list-0000.0000-empty.atom.xml",
        "arxiv-id_list-0808.05394,1707.08567-one-unknown.atom.xml",
        "arxiv-id_list-0808.05394-unknown-empty.atom.xml",
        "arxiv-id_list-1605.08386.atom.xml",
        "arxiv-id_list-1707.08567.atom.xml",
        "arxiv-id_list-2104.12255v1.atom.xml",
        "arxiv-id_list-abc-malformed-400.atom.xml",
        "arxiv-id_list-astro-ph_0601001.atom.xml",
        "arxiv-id_list-quant-ph_0201082v1.atom.xml",
        "arxiv-search_query-testing-start0-max10.atom.xml",
        "legacy2016-arxiv-id_list-1111.2011v2.atom.xml",
        "legacy2016-arxiv-search_query-au_del_maestro-AND-ti_checkerboard.atom.xml",
    ];

    public static TheoryData<string> AllRecorded => new(Files);

    [SkippableFact]
    public void EveryRecordedArxivBody_IsCoveredByTheseTests() =>
        Assert.Equal(Files.Order(StringComparer.Ordinal), TestData.RecordedFiles("arxiv"));

    [SkippableTheory]
    [MemberData(nameof(AllRecorded))]
    public void Parse_EveryRecordedBody_ReadsWithoutUnreadableEntriesAndCollapsedText(string file)
    {
        var feed = ArxivAtomParser.Parse(TestData.Recorded("arxiv", file));

        Assert.Empty(feed.UnreadableEntries);
        Assert.Equal(feed.TotalResults is 0 ? 0 : Math.Min(feed.TotalResults ?? 0, feed.ItemsPerPage ?? 0), feed.Entries.Count + feed.Errors.Count);
        foreach (var entry in feed.Entries)
        {
            Assert.DoesNotContain('\n', entry.Title);
            Assert.DoesNotContain("  ", entry.Title, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', entry.Summary ?? string.Empty);
            Assert.NotEmpty(entry.Authors);
            Assert.NotNull(entry.Published);
            Assert.NotNull(entry.PrimaryCategory);
        }
    }

    [SkippableFact]
    public void Parse_2026VersionedId_ReadsIdVersionTitleAuthorDateCategory()
    {
        var entry = Assert.Single(ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-id_list-2104.12255v1.atom.xml")).Entries);

        Assert.Equal(("2104.12255", (int?)1), (entry.Id, entry.Version));
        Assert.Equal("0", entry.Title);
        Assert.Equal("Quan Thoi Minh Nguyen", Assert.Single(entry.Authors).Name);
        Assert.Equal(new DateTimeOffset(2021, 4, 20, 16, 7, 14, TimeSpan.Zero), entry.Published);
        Assert.Equal("cs.CR", entry.PrimaryCategory);
        Assert.Null(entry.Doi);
        Assert.Null(entry.JournalRef);
        Assert.StartsWith("What is the funniest number in cryptography? 0.", entry.Summary, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Parse_ThirtyFourAuthors_KeepsOrderAndUtf8Names()
    {
        var entry = Assert.Single(ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-id_list-1707.08567.atom.xml")).Entries);

        Assert.Equal(("1707.08567", (int?)1), (entry.Id, entry.Version));
        Assert.Equal(34, entry.Authors.Count);
        Assert.Equal("Kees A. Schouhamer Immink", entry.Authors[0].Name);
        Assert.Equal("Peter H. N. de With", entry.Authors[4].Name);
        Assert.Equal("Dirk Wübben", entry.Authors[32].Name);
        Assert.Equal("Hirosuke Yamamoto", entry.Authors[33].Name);
        Assert.Equal("44 pages, editors for the proceedings: Yanling Chen and A. J. Han Vinck", entry.Comment);
        Assert.Equal(["cs.IT"], entry.Categories);
    }

    [SkippableFact]
    public void Parse_OldStyleId_ReadsArchiveIdJournalRefCommentAndAffiliations()
    {
        var entry = Assert.Single(ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-id_list-astro-ph_0601001.atom.xml")).Entries);

        Assert.Equal(("astro-ph/0601001", (int?)1), (entry.Id, entry.Version));
        Assert.Equal("ActaAstron.56:1-50,2006", entry.JournalRef);
        Assert.StartsWith("62 pages including 16 figures and 9 tables.", entry.Comment, StringComparison.Ordinal);
        Assert.Equal(["Andrew Gould", "Susan Dorsher", "B. Scott Gaudi", "Andrzej Udalski"], entry.Authors.Select(a => a.Name));
        Assert.Equal(["Warsaw University Observatory"], entry.Authors[3].Affiliations);
        Assert.Contains("following Gould & Morgan (2003)", entry.Summary, StringComparison.Ordinal);
        Assert.Contains("V_max<17.5", entry.Summary, StringComparison.Ordinal);
        Assert.Equal("astro-ph", entry.PrimaryCategory);
        Assert.Equal("https://arxiv.org/abs/astro-ph/0601001v1", entry.AbsUrl);
        Assert.Equal("https://arxiv.org/pdf/astro-ph/0601001v1", entry.PdfUrl);
    }

    [SkippableFact]
    public void Parse_OldStyleVersionedId_ReadsVersionAndAllCategories()
    {
        var entry = Assert.Single(ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-id_list-quant-ph_0201082v1.atom.xml")).Entries);

        Assert.Equal(("quant-ph/0201082", (int?)1), (entry.Id, entry.Version));
        Assert.Equal("Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C Language", entry.Title);
        Assert.Equal(["quant-ph", "cs.PL"], entry.Categories);
        Assert.Equal("32 pages", entry.Comment);
        Assert.Equal("Stephen Blaha", Assert.Single(entry.Authors).Name);
    }

    [SkippableFact]
    public void Parse_UnversionedNewStyleId_ReadsTheReturnedVersion()
    {
        var entry = Assert.Single(ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-id_list-1605.08386.atom.xml")).Entries);

        Assert.Equal(("1605.08386", (int?)1), (entry.Id, entry.Version));
        Assert.Equal("Heat-bath random walks with Markov bases", entry.Title);
        Assert.Equal("math.CO", entry.PrimaryCategory);
        Assert.Equal(new DateTimeOffset(2016, 5, 26, 17, 59, 46, TimeSpan.Zero), entry.Published);
    }

    [SkippableFact]
    public void Parse_BatchWithOneUnknownId_ReturnsOnlyTheKnownPaper()
    {
        var feed = ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-id_list-0808.05394,1707.08567-one-unknown.atom.xml"));

        Assert.Equal(1, feed.TotalResults);
        Assert.Equal("1707.08567", Assert.Single(feed.Entries).Id);
        Assert.Empty(feed.Errors);
    }

    [SkippableTheory]
    [InlineData("arxiv-id_list-0808.05394-unknown-empty.atom.xml")]
    [InlineData("arxiv-id_list-0000.0000-empty.atom.xml")]
    public void Parse_UnknownId_IsAnEmptyFeedNotAnError(string file)
    {
        var feed = ArxivAtomParser.Parse(TestData.Recorded("arxiv", file));

        Assert.Equal((0, 0, 0), (feed.TotalResults, feed.Entries.Count, feed.Errors.Count));
        Assert.Equal(100, feed.ItemsPerPage);
    }

    [SkippableFact]
    public void Parse_Malformed400_IsAnErrorEntryNamingTheId()
    {
        var feed = ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-id_list-abc-malformed-400.atom.xml"));

        Assert.Empty(feed.Entries);
        var error = Assert.Single(feed.Errors);
        Assert.Equal("incorrect id format for abc", error.Message);
        Assert.Equal("abc", error.RejectedId);
    }

    [SkippableFact]
    public void Parse_2026Search_ReadsTotalsDoisJournalRefsAndEntities()
    {
        var feed = ArxivAtomParser.Parse(TestData.Recorded("arxiv", "arxiv-search_query-testing-start0-max10.atom.xml"));

        Assert.Equal((214881, 0, 10), (feed.TotalResults, feed.StartIndex, feed.ItemsPerPage));
        Assert.Equal(10, feed.Entries.Count);
        Assert.Equal(("2202.12139", (int?)1), (feed.Entries[0].Id, feed.Entries[0].Version));
        Assert.Equal("10.1109/ICSTW55395.2022.00035", feed.Entries[0].Doi);
        Assert.Equal(
            ["10.1109/ICSTW55395.2022.00035", "10.1109/ICSTW58534.2023.00023", "10.1145/3395363.3397376", "10.1145/3533767.3534401", "10.1109/ICSTW58534.2023.00078", "10.5121/vlsic.2012.3205"],
            feed.Entries.Select(e => e.Doi).OfType<string>());
        Assert.Equal("ChatGPT and Software Testing Education: Promises & Perils", feed.Entries[4].Title);
        Assert.Equal("International Journal of Software Engineering & Applications (IJSEA), Vol.3, No.1, January 2012", feed.Entries[5].JournalRef);
        Assert.Equal(("1812.11470", "cs.SE"), (feed.Entries[9].Id, feed.Entries[9].PrimaryCategory));
    }

    [SkippableFact]
    public void Parse_Legacy2016Layout_CollapsesWrappedTitleAndReadsPerElementNamespaces()
    {
        var entry = Assert.Single(ArxivAtomParser.Parse(TestData.Recorded("arxiv", "legacy2016-arxiv-id_list-1111.2011v2.atom.xml")).Entries);

        Assert.Equal(("1111.2011", (int?)2), (entry.Id, entry.Version));
        Assert.Equal("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit", entry.Title);
        Assert.StartsWith("Theoretical description of anisotropic systems, such as layered superconductors and coupled spin chains,", entry.Summary, StringComparison.Ordinal);
        Assert.EndsWith("adding a single extra dimension to the theory describing a single node.", entry.Summary, StringComparison.Ordinal);
        Assert.Equal("10.1103/PhysRevB.85.115117", entry.Doi);
        Assert.Equal("Phys. Rev. B 85, 115117 (2012)", entry.JournalRef);
        Assert.Equal("8 pages, 3 figures. Published version", entry.Comment);
        Assert.Equal("cond-mat.str-el", entry.PrimaryCategory);
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], entry.Authors.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2011, 11, 8, 18, 48, 36, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2012, 4, 2, 12, 38, 54, TimeSpan.Zero), entry.Updated);
    }

    [SkippableFact]
    public void Parse_LegacySearch_ReadsOldStyleIdFromTheSearchResult()
    {
        var feed = ArxivAtomParser.Parse(TestData.Recorded("arxiv", "legacy2016-arxiv-search_query-au_del_maestro-AND-ti_checkerboard.atom.xml"));

        var entry = Assert.Single(feed.Entries);
        Assert.Equal(1, feed.TotalResults);
        Assert.Equal(("cond-mat/0603029", (int?)1), (entry.Id, entry.Version));
        Assert.Equal("From stripe to checkerboard order on the square lattice in the presence of quenched disorder", entry.Title);
        Assert.Equal("10.1103/PhysRevB.74.024520", entry.Doi);
        Assert.Equal(["cond-mat.str-el", "cond-mat.supr-con"], entry.Categories);
    }

    [SkippableFact]
    public void ToRecord_AllRecordedEntries_MatchTheApprovedSnapshot()
    {
        var records = Files
            .SelectMany(f => ArxivAtomParser.Parse(TestData.Recorded("arxiv", f)).Entries)
            .Select(ArxivMapper.ToRecord);
        Approve.Text(RecordDump.Format(records));
    }
}
