using SnnBib.Core.Model;
using SnnBib.Resolvers.Crossref;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Tests.Http;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Resolvers.Tests.Crossref;

/// <summary>Every recorded Crossref / doi.org body (shared/fixtures/recorded/crossref), read as the resolver would read it.</summary>
public class CrossrefRecordedTests
{
    private static readonly string[] Works =
    [
        "crossref-works-10.1016_j.neurobiolaging.2010.03.024.polite-pool.json",
        "crossref-works-10.1038_srep16696.polite-pool.json",
        "crossref-works-10.1063_1.4938384.mailto.json",
        "crossref-works-10.1109_icdcsw.2003.1203662.proceedings.json",
        "crossref-works-10.1371_journal.pone.0033693.public-pool.json",
    ];

    private static readonly string[] WorkLists =
    [
        "crossref-journals-works-filter-type-query.bibliographic-fish.work-list.json",
        "crossref-works-query-ecology-rows2.work-list.json",
        "crossref-works-query-ecology-rows3-select.work-list.json",
        "crossref-works-query.title-nonsense-rows1.work-list.json",
        "crossref-works-query.title-query.author-rows1-select.work-list.json",
    ];

    private static readonly string[] ValidationFailures =
    [
        "crossref-400-validation-failure-field-query-not-allowed.json",
        "crossref-400-validation-failure-query-with-doi.json",
    ];

    private static readonly string[] PlainTextNotFound =
    [
        "crossref-transform-bibtex-404-arxiv-datacite-doi.txt",
        "crossref-works-404-10.1371_notarealdoi.txt",
        "crossref-works-404-arxiv-datacite-doi-10.48550_arxiv.2312.07559.txt",
    ];

    // Not REST work JSON: the tool never asks for these routes; they must be refused as works, never misread.
    private static readonly string[] NotRestWorks =
    [
        "crossref-transform-10.1063_1.4938384.bib",
        "crossref-transform-10.1126_science.169.3946.635.bib",
        "crossref-transform-10.1126_science.169.3946.635.csl.json",
        "crossref-transform-10.1126_science.169.3946.635.text-x-bibliography-0.txt",
        "doi.org-302-redirect-to-transform.html",
        "doi.org-400-foo.html",
        "doi.org-404-10.1126_foo.html",
    ];

    public static TheoryData<string> WorkFiles => new(Works);

    public static TheoryData<string> NonWorkFiles => new([.. ValidationFailures, .. PlainTextNotFound, .. NotRestWorks]);

    [SkippableFact]
    public void EveryRecordedCrossrefBody_IsCoveredByTheseTests() =>
        Assert.Equal(
            Works.Concat(WorkLists).Concat(ValidationFailures).Concat(PlainTextNotFound).Concat(NotRestWorks).Order(StringComparer.Ordinal),
            TestData.RecordedFiles("crossref"));

    [SkippableTheory]
    [MemberData(nameof(WorkFiles))]
    public void ParseWork_EveryRecordedWork_HasDoiTitleAuthorsAndNoMarkupLeft(string file)
    {
        var record = CrossrefMapper.ToRecord(CrossrefResponseParser.ParseWork(TestData.Recorded("crossref", file)));

        Assert.StartsWith("10.", record.Item.Doi, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(record.Item.Title));
        Assert.NotEmpty(record.Item.Author);
        Assert.DoesNotContain('<', record.Item.Abstract ?? string.Empty);
        Assert.DoesNotContain('\n', record.Item.Abstract ?? string.Empty);
    }

    [SkippableFact]
    public void ParseWork_JournalArticleWithPrintDate_UsesPrintDateAndAllFields()
    {
        var item = Item("crossref-works-10.1016_j.neurobiolaging.2010.03.024.polite-pool.json");

        Assert.Equal(CslItemType.ArticleJournal, item.Type);
        Assert.StartsWith("Human umbilical cord blood-derived mesenchymal stem cells improve neuropathology", item.Title, StringComparison.Ordinal);
        Assert.Equal(11, item.Author.Count);
        Assert.Equal("Lee | Hyun Ju", RecordDump.Name(item.Author[0]));
        Assert.Equal(new CslDate(2012, 3), item.Issued);
        Assert.Equal(("Neurobiology of Aging", "33", "3", "588-602"), (item.ContainerTitle, item.Volume, item.Issue, item.Page));
        Assert.Equal(("Elsevier BV", "10.1016/j.neurobiolaging.2010.03.024"), (item.Publisher, item.Doi));
        Assert.Null(item.Abstract);
    }

    [SkippableFact]
    public void ParseWork_OnlineOnlyWithJatsAbstract_GivesPlainAbstractAndArticleNumberAsPage()
    {
        var item = Item("crossref-works-10.1038_srep16696.polite-pool.json");

        Assert.Equal(new CslDate(2015, 11, 19), item.Issued);
        Assert.Equal(("Scientific Reports", "5", "1", "16696"), (item.ContainerTitle, item.Volume, item.Issue, item.Page));
        Assert.Equal("Single-molecule FRET studies on alpha-synuclein oligomerization of Parkinson’s disease genetically related mutants", item.Title);
        Assert.Equal(8, item.Author.Count);
        Assert.Equal("Tosatto | Laura", RecordDump.Name(item.Author[0]));
        Assert.StartsWith("Oligomers of alpha-synuclein are toxic to cells", item.Abstract, StringComparison.Ordinal);
        Assert.Contains("single-molecule Förster Resonance Energy Transfer", item.Abstract, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ParseWork_PrintAndOnlineDates_PrefersPrint()
    {
        var item = Item("crossref-works-10.1063_1.4938384.mailto.json");

        Assert.Equal(new CslDate(2015, 12, 21), item.Issued);
        Assert.Equal(["Skarlinski | Michael D.", "Quesnel | David J."], item.Author.Select(RecordDump.Name));
        Assert.Equal(("Journal of Applied Physics", "118", "23", "235306"), (item.ContainerTitle, item.Volume, item.Issue, item.Page));
        Assert.StartsWith("Metal-oxide layers are likely to be present on metallic nano-structures", item.Abstract, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ParseWork_ProceedingsWithoutAnyDate_IsAPaperConferenceWithNoIssued()
    {
        var item = Item("crossref-works-10.1109_icdcsw.2003.1203662.proceedings.json");

        Assert.Equal(CslItemType.PaperConference, item.Type);
        Assert.Null(item.Issued);
        Assert.Equal("23rd International Conference on Distributed Computing Systems Workshops, 2003. Proceedings.", item.ContainerTitle);
        Assert.Equal("23rd International Conference on Distributed Computing Systems Workshops, 2003.", item.EventTitle);
        Assert.Equal(("877-882", "IEEE"), (item.Page, item.Publisher));
        Assert.Equal(["Arya | V.", "Turletti | T."], item.Author.Select(RecordDump.Name));
    }

    [SkippableFact]
    public void ParseWork_PublicPoolRecord_ReadsPageVolumeIssue()
    {
        var item = Item("crossref-works-10.1371_journal.pone.0033693.public-pool.json");

        Assert.Equal(("PLoS ONE", "7", "3", "e33693"), (item.ContainerTitle, item.Volume, item.Issue, item.Page));
        Assert.Equal(new CslDate(2012, 3, 21), item.Issued);
        Assert.Equal(6, item.Author.Count);
        Assert.Equal("https://doi.org/10.1371/journal.pone.0033693", item.Url);
    }

    [SkippableFact]
    public void ParseWorkList_BibliographicQuery_ReadsScoresAndStripsTitleMarkup()
    {
        var list = CrossrefResponseParser.ParseWorkList(TestData.Recorded("crossref", WorkLists[0]));

        Assert.Equal((230L, 20, 0), (list.TotalResults, list.Items.Count, list.SkippedItems));
        var first = CrossrefMapper.ToRecord(list.Items[0]);
        Assert.Equal(("10.7717/peerj.3811", 8.682194), (first.Item.Doi, first.Score));
        Assert.Equal(
            "Feeding habits of four-finger threadfin fish, Eleutheronema tetradactylum, and its diet interaction with co-existing fish species in the coastal waters of Thailand",
            CrossrefMapper.ToRecord(list.Items[7]).Item.Title);
        Assert.Equal(list.Items.Select(i => i.Score).OrderByDescending(s => s), list.Items.Select(i => i.Score));
    }

    [SkippableFact]
    public void ParseWorkList_ReferenceEntriesWithoutAuthors_AreKeptWithTheirType()
    {
        var list = CrossrefResponseParser.ParseWorkList(TestData.Recorded("crossref", WorkLists[1]));

        Assert.Equal(586628L, list.TotalResults);
        Assert.Equal(["Communicating Ecology", "Chemical Ecology"], list.Items.Select(i => CrossrefMapper.ToRecord(i).Item.Title));
        Assert.Equal("entry", CrossrefMapper.ToRecord(list.Items[0]).Item.Type);
        Assert.Empty(CrossrefMapper.ToRecord(list.Items[0]).Item.Author);
    }

    [SkippableFact]
    public void ParseWorkList_SelectWithOnlyPublished_FallsBackToPublished()
    {
        var list = CrossrefResponseParser.ParseWorkList(TestData.Recorded("crossref", WorkLists[2]));

        Assert.Equal(
            [new CslDate(2022, 7, 26), new CslDate(2012, 5, 23), new CslDate(2018, 8, 28)],
            list.Items.Select(i => CrossrefMapper.ToRecord(i).Item.Issued));
        Assert.Equal("document", CrossrefMapper.ToRecord(list.Items[0]).Item.Type);
    }

    [SkippableFact]
    public void ParseWorkList_NoHits_IsEmpty()
    {
        var list = CrossrefResponseParser.ParseWorkList(TestData.Recorded("crossref", WorkLists[3]));
        Assert.Equal((0L, 0), (list.TotalResults, list.Items.Count));
    }

    [SkippableFact]
    public void ParseWorkList_LongAuthorList_KeepsAllThirtySix()
    {
        var item = CrossrefMapper.ToRecord(Assert.Single(CrossrefResponseParser.ParseWorkList(TestData.Recorded("crossref", WorkLists[4])).Items)).Item;

        Assert.Equal(36, item.Author.Count);
        Assert.Equal("Silvain | Johanne", RecordDump.Name(item.Author[0]));
        Assert.Equal("Montalescot | Gilles", RecordDump.Name(item.Author[35]));
        Assert.Equal(("Beta-Blocker Interruption or Continuation after Myocardial Infarction", "New England Journal of Medicine"), (item.Title, item.ContainerTitle));
        Assert.Equal("10.1056/nejmoa2404204", item.Doi);
        Assert.Null(item.Issued);
    }

    [SkippableTheory]
    [InlineData("crossref-400-validation-failure-field-query-not-allowed.json")]
    [InlineData("crossref-400-validation-failure-query-with-doi.json")]
    public void ReadErrorMessage_ValidationFailure_GivesTypeAndMessage(string file)
    {
        var body = TestData.Recorded("crossref", file);
        Assert.Equal("parameter-not-allowed: This route does not support field query parameters", CrossrefResponseParser.ReadErrorMessage(body));
        var ex = Assert.Throws<MalformedResponseException>(() => CrossrefResponseParser.ParseWork(body));
        Assert.Contains("no 'work' message", ex.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("crossref-transform-bibtex-404-arxiv-datacite-doi.txt")]
    [InlineData("crossref-works-404-10.1371_notarealdoi.txt")]
    [InlineData("crossref-works-404-arxiv-datacite-doi-10.48550_arxiv.2312.07559.txt")]
    public void ReadErrorMessage_PlainText404_IsShownAsIs(string file) =>
        Assert.Equal("Resource not found.", CrossrefResponseParser.ReadErrorMessage(TestData.Recorded("crossref", file)));

    [SkippableTheory]
    [MemberData(nameof(NonWorkFiles))]
    public void ParseWork_BodiesThatAreNotRestWorks_AreRefusedNotMisread(string file) =>
        Assert.Throws<MalformedResponseException>(() => CrossrefResponseParser.ParseWork(TestData.Recorded("crossref", file)));

    [SkippableTheory]
    [InlineData("doi.org-302-redirect-to-transform.html")]
    [InlineData("doi.org-400-foo.html")]
    [InlineData("doi.org-404-10.1126_foo.html")]
    public void ReadErrorMessage_HtmlPages_AreNotEchoed(string file) =>
        Assert.Null(CrossrefResponseParser.ReadErrorMessage(TestData.Recorded("crossref", file)));

    [SkippableFact]
    public void ParseWork_CslJsonFromTransform_IsNotTakenForARestWork()
    {
        // Same paper, CSL shape (title is a string there): our REST parser must not read it as a work.
        var body = TestData.Recorded("crossref", "crossref-transform-10.1126_science.169.3946.635.csl.json");
        Assert.Contains("\"title\":\"The Structure of Ordinary Water", body, StringComparison.Ordinal);
        Assert.Throws<MalformedResponseException>(() => CrossrefResponseParser.ParseWork(body));
    }

    [SkippableFact]
    public void ToRecord_AllRecordedWorks_MatchTheApprovedSnapshot()
    {
        var records = Works.Select(f => CrossrefResponseParser.ParseWork(TestData.Recorded("crossref", f)))
            .Concat(WorkLists.SelectMany(f => CrossrefResponseParser.ParseWorkList(TestData.Recorded("crossref", f)).Items))
            .Select(CrossrefMapper.ToRecord);
        Approve.Text(RecordDump.Format(records));
    }

    private static CslItem Item(string file) =>
        CrossrefMapper.ToRecord(CrossrefResponseParser.ParseWork(TestData.Recorded("crossref", file))).Item;
}
