using SnnBib.Resolvers.Matching;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Merging;
using SnnBib.Testing;
using Xunit;
using static SnnBib.Resolvers.Tests.Merging.TestRecords;

namespace SnnBib.Resolvers.Tests.Merging;

public sealed class RecordMergerTests
{
    private const string Title = "Quantised Spiking Neural Networks with Learnable Refractory Periods";
    private static readonly ArxivId Arxiv2401 = new("2401.99901");
    private static readonly DoiId Doi = new("10.1609/aaai.v38i9.99901");

    private readonly RecordMerger _merger = new();

    [Fact]
    public void Merge_PersonSetsTheAuthors_TheyWinOverTheSourcesAndSayWhoSetThem()
    {
        var listed = Listed("arxiv:2401.99901", Title, 2024, url: "https://arxiv.org/pdf/2401.99901");
        var answer = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, 2024));
        var overrides = new PaperOverrides
        {
            Fields = new Dictionary<string, string> { ["author"] = "Łukasiewicz, Jan and van der Berg, Anna Maria and Blue Brain Consortium" },
        };

        var result = _merger.Merge(listed, [answer], overrides);

        Assert.Equal(
            [CslName.Person("Łukasiewicz", "Jan"), CslName.Person("van der Berg", "Anna Maria"), CslName.Organisation("Blue Brain Consortium")],
            result.Record.Item.Author);
        Assert.Equal(SourceName.User, result.Record.Provenance["author"].Source);
    }

    [Fact]
    public void Merge_ArxivOnly_PersonSetTheVenue_NoUnconfirmedLabelNoteOrFinding()
    {
        var listed = Listed("arxiv:2401.99901", Title, 2024, venue: "ICLR 2024", url: "https://arxiv.org/pdf/2401.99901");
        var answer = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, 2024));
        var overrides = new PaperOverrides
        {
            Fields = new Dictionary<string, string> { ["type"] = "paper-conference", ["container-title"] = "International Conference on Learning Representations" },
        };

        var result = _merger.Merge(listed, [answer], overrides);

        Assert.Equal(CslItemType.PaperConference, result.Record.Item.Type);
        Assert.Equal("International Conference on Learning Representations", result.Record.Item.ContainerTitle);
        Assert.Null(result.Record.Item.Note);
        Assert.DoesNotContain(result.Issues, i => i.Kind == MergeIssueKind.VenueFromLabelOnly);
    }

    [Fact]
    public void Merge_ArxivOnly_PreprintTypeAndTheListedLabelOnlyInTheNote()
    {
        // Only the preprint matched: the list's "ICLR 2024" alone must not export it as an ICLR paper.
        var listed = Listed("arxiv:2401.99901", Title, 2024, venue: "ICLR 2024", url: "https://arxiv.org/pdf/2401.99901");
        var answer = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, 2024));

        var result = _merger.Merge(listed, [answer]);
        var record = result.Record;

        Assert.Equal(RecordStatus.PreprintOnly, record.Status);
        Assert.Equal(["Lovelace", "Turing"], record.Item.Author.Select(a => a.Family));
        Assert.Equal(new FieldProvenance(SourceName.Arxiv, answer.Lookup.RequestUrl), record.Provenance["author"]);
        Assert.Equal("Abstract of " + Title + " from arXiv.", record.Item.Abstract);
        Assert.Equal("2401.99901", record.ArxivId);
        Assert.Equal("cs.NE", record.ArxivPrimaryClass);
        Assert.Equal(CslItemType.Article, record.Item.Type);
        Assert.Equal(SourceName.Arxiv, record.Provenance["type"].Source);
        Assert.Null(record.Item.ContainerTitle);
        Assert.False(record.Provenance.ContainsKey("container-title"));
        Assert.Equal("arXiv", record.Item.Publisher);
        Assert.Equal(new CslDate(2024, 5, 17), record.Item.Issued);
        Assert.Equal("listed as ICLR 2024; no published record confirmed it", record.Item.Note);
        Assert.Equal(SourceName.List, record.Provenance["note"].Source);
        Assert.Equal("https://arxiv.org/pdf/2401.99901", record.Item.Url);
        Assert.Null(record.Item.Doi);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.VenueFromLabelOnly, issue.Kind);
        Assert.Contains("ICLR 2024", issue.Message, StringComparison.Ordinal);
        Assert.Equal(listed.Item.Id, record.Item.Id);
    }

    [Fact]
    public void Merge_ArxivAndPostedContent_PostedDoiNotOnTheArxivPreprint()
    {
        // A preprint server's DOI (posted content) names that server's copy: not the arXiv record's DOI, even
        // when the list links it.
        const string posted = "10.1101/2024.01.02.99901";
        var listed = Listed("arxiv:2401.99901", Title, 2024, doi: posted);
        var arxiv = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, 2024));
        var biorxiv = Found(SourceName.Crossref, new DoiId(posted), listed.Identity, TestRecords.Crossref(posted, Title, CslItemType.Article, container: "bioRxiv", year: 2024, page: null));

        var result = _merger.Merge(listed, [arxiv, biorxiv]);

        Assert.Equal(RecordStatus.PreprintOnly, result.Record.Status);
        Assert.Equal("arXiv", result.Record.Item.Publisher);
        Assert.Null(result.Record.Item.Doi);
    }

    [Fact]
    public void Merge_ArxivWithoutListVenue_IsAnArxivPreprint()
    {
        var listed = Listed("arxiv:2401.99901", Title);
        var result = _merger.Merge(listed, [Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, 2023))]);

        Assert.Equal(CslItemType.Article, result.Record.Item.Type);
        Assert.Equal("2401.99901", result.Record.Item.Number);
        Assert.Equal(new CslDate(2023, 5, 17), result.Record.Item.Issued);
        Assert.Equal(SourceName.Arxiv, result.Record.Provenance["type"].Source);
        Assert.Null(result.Record.Item.ContainerTitle);
    }

    [Fact]
    public void Merge_ArxivAndCrossref_ResolvedWithPublisherFieldsAndArxivAbstract()
    {
        var listed = Listed("arxiv:2401.99901", Title.ToLowerInvariant(), 2024, venue: "AAAI 2024");
        var arxiv = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, 2023, doi: Doi.Value));
        var crossref = Found(SourceName.Crossref, Doi, listed.Identity, TestRecords.Crossref(Doi.Value, Title));

        var record = _merger.Merge(listed, [arxiv, crossref]).Record;

        Assert.Equal(RecordStatus.Resolved, record.Status);
        Assert.Equal(Title, record.Item.Title);
        Assert.Equal("Proceedings of the AAAI Conference on Artificial Intelligence", record.Item.ContainerTitle);
        Assert.Equal(CslItemType.PaperConference, record.Item.Type);
        Assert.Equal(("38", "9", "1234-1242"), (record.Item.Volume, record.Item.Issue, record.Item.Page));
        Assert.Equal(Doi.Value, record.Item.Doi);
        Assert.Equal("Alan M.", record.Item.Author[1].Given);
        Assert.Equal(new CslDate(2024, 3, 24), record.Item.Issued);
        Assert.Equal("https://doi.org/" + Doi.Value, record.Item.Url);
        Assert.Contains("from arXiv", record.Item.Abstract, StringComparison.Ordinal);
        Assert.Equal("2401.99901", record.ArxivId);
        foreach (var field in new[] { "title", "author", "container-title", "page", "DOI", "issued", "type", "URL" })
        {
            Assert.Equal(new FieldProvenance(SourceName.Crossref, crossref.Lookup.RequestUrl), record.Provenance[field]);
        }

        Assert.Equal(new FieldProvenance(SourceName.Arxiv, arxiv.Lookup.RequestUrl), record.Provenance["abstract"]);
        Assert.Equal(SourceName.Arxiv, record.Provenance["arxiv-id"].Source);
    }

    [Fact]
    public void Merge_WrongArxivLink_ConflictReportedAndNothingMerged()
    {
        // the seed list's case: a title whose arXiv link is another paper
        const string listedTitle = "Optimal Conversion of Conventional Artificial Neural Networks to Spiking Neural Networks";
        var listed = Listed("arxiv:2103.00476", listedTitle, 2021, venue: "ICLR 2021");
        var other = TestRecords.Arxiv("2103.00476", "A Free Lunch From ANN: Towards Efficient, Accurate Spiking Neural Networks Calibration", doi: "10.9999/other.paper");
        var answer = Found(SourceName.Arxiv, new ArxivId("2103.00476"), listed.Identity, other);

        var result = _merger.Merge(listed, [answer]);

        Assert.Equal(RecordStatus.Conflict, result.Record.Status);
        Assert.Equal(listedTitle, result.Record.Item.Title);
        Assert.Empty(result.Record.Item.Author);
        Assert.Null(result.Record.Item.Doi);
        Assert.Null(result.Record.Item.Abstract);
        Assert.Empty(result.Matches);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.TitleConflict, issue.Kind);
        Assert.Equal(answer.Lookup.RequestUrl, issue.RequestUrl);
        Assert.Contains("A Free Lunch From ANN", issue.Message, StringComparison.Ordinal);
        Assert.True(issue.Similarity < 0.7);
    }

    [Fact]
    public void Merge_ListDoiNamesAnotherPaper_DoiDroppedAndConflict()
    {
        var listed = Listed("doi:" + Doi.Value, Title, 2024, doi: Doi.Value);
        var crossref = Found(SourceName.Crossref, Doi, listed.Identity, TestRecords.Crossref(Doi.Value, "Fish Population Dynamics in Alpine Lakes"));

        var result = _merger.Merge(listed, [crossref]);

        Assert.Equal(RecordStatus.Conflict, result.Record.Status);
        Assert.Null(result.Record.Item.Doi);
        Assert.False(result.Record.Provenance.ContainsKey("DOI"));
    }

    [Fact]
    public void Merge_ArxivDoiLeadsToAnotherPaper_UnconfirmedDoiNotAWrongLink()
    {
        // The list links only the arXiv id; arXiv names a DOI whose Crossref record is another paper. That is arXiv's
        // claim failing, not the list's link: no conflict, the paper stays the preprint.
        var listed = Listed("arxiv:2401.99901", Title, 2024, venue: "AAAI 2024");
        var arxiv = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, doi: Doi.Value));
        var crossref = Found(SourceName.Crossref, Doi, listed.Identity, TestRecords.Crossref(Doi.Value, "Fish Population Dynamics in Alpine Lakes"));

        foreach (var answers in new[] { new[] { arxiv, crossref }, [crossref, arxiv] })
        {
            var result = _merger.Merge(listed, answers);

            Assert.Equal(RecordStatus.PreprintOnly, result.Record.Status);
            Assert.Null(result.Record.Item.Doi);
            Assert.Equal("2401.99901", result.Record.ArxivId);
            Assert.Equal("Lovelace", result.Record.Item.Author[0].Family);
            Assert.Equal(CslItemType.Article, result.Record.Item.Type);
            Assert.DoesNotContain(result.Issues, i => i.Kind == MergeIssueKind.TitleConflict);
            var issue = Assert.Single(result.Issues, i => i.Kind == MergeIssueKind.UnconfirmedDoi);
            Assert.StartsWith($"arXiv names doi:{Doi.Value}, whose record is titled \"Fish Population Dynamics in Alpine Lakes\"", issue.Message, StringComparison.Ordinal);
            Assert.EndsWith("; not used", issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Merge_ArxivDoiNotConfirmedByCrossref_NotUsedAndReported()
    {
        var listed = Listed("arxiv:2401.99901", Title, 2024, venue: "AAAI 2024");
        var arxiv = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, doi: Doi.Value));

        var failed = _merger.Merge(listed, [arxiv, Failed(SourceName.Crossref, Doi, listed.Identity)]);
        var unknown = _merger.Merge(listed, [arxiv, NotFound(SourceName.Crossref, Doi, listed.Identity)]);
        var preprint = _merger.Merge(Listed("arxiv:2401.99901", Title), [arxiv]);

        foreach (var result in new[] { failed, unknown, preprint })
        {
            Assert.Null(result.Record.Item.Doi);
            Assert.Equal(RecordStatus.PreprintOnly, result.Record.Status);
            var issue = Assert.Single(result.Issues, i => i.Kind != MergeIssueKind.VenueFromLabelOnly);
            Assert.Equal(MergeIssueKind.UnconfirmedDoi, issue.Kind);
            Assert.Contains(Doi.Value, issue.Message, StringComparison.Ordinal);
        }

        Assert.Null(failed.Record.Item.ContainerTitle);
        Assert.Equal("listed as AAAI 2024; no published record confirmed it", failed.Record.Item.Note);
        Assert.Equal("arXiv", preprint.Record.Item.Publisher);
    }

    [Fact]
    public void Merge_ListedArxivDataCiteDoi_OnlyOnThePreprintItself()
    {
        const string dataCite = "10.48550/arxiv.2401.99901";
        var answer = Found(SourceName.Arxiv, Arxiv2401, "arxiv:2401.99901", TestRecords.Arxiv("2401.99901", Title));

        var asListedVenue = _merger.Merge(Listed("arxiv:2401.99901", Title, 2024, venue: "ICML 2024", doi: dataCite), [answer]).Record;
        var asPreprint = _merger.Merge(Listed("arxiv:2401.99901", Title, 2024, doi: dataCite), [answer]).Record;

        // only the preprint matched: both are exported as the preprint, whose DOI the DataCite one is
        Assert.Null(asListedVenue.Item.ContainerTitle);
        Assert.Equal(CslItemType.Article, asListedVenue.Item.Type);
        Assert.Equal(dataCite, asListedVenue.Item.Doi);
        Assert.Equal(dataCite, asPreprint.Item.Doi);
        Assert.Equal(SourceName.List, asPreprint.Provenance["DOI"].Source);
        Assert.Equal(CslItemType.Article, asPreprint.Item.Type);
    }

    [Fact]
    public void Merge_OpenReviewAccepted_ResolvedAsTheConferencePaperWithoutArxivsJournalDoi()
    {
        var listed = Listed("openreview:AbCdEf1234", Title, 2024, venue: "ICLR 2024");
        var openReview = Found(SourceName.OpenReview, new OpenReviewId("AbCdEf1234"), listed.Identity, TestRecords.OpenReview("AbCdEf1234", Title, accepted: true));
        var arxiv = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, doi: "10.1109/tnnls.2025.99901"));

        var record = _merger.Merge(listed, [openReview, arxiv]).Record;

        Assert.Equal(RecordStatus.Resolved, record.Status);
        Assert.Equal("The Twelfth International Conference on Learning Representations", record.Item.ContainerTitle);
        Assert.Equal("ICLR 2024", record.Item.EventTitle);
        Assert.Equal(SourceName.OpenReview, record.Provenance["container-title"].Source);
        // arXiv's DOI may be a later journal version: never on the ICLR entry
        Assert.Null(record.Item.Doi);
        Assert.Equal("AbCdEf1234", record.OpenReviewId);
        Assert.Equal("2401.99901", record.ArxivId);
        Assert.Equal("Hopper", record.Item.Author[0].Family);
        Assert.Contains("from arXiv", record.Item.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_RejectedOpenReviewSubmission_NeverBecomesAnIclrPaper()
    {
        var listed = Listed("openreview:ReJeCt0001", Title, 2024, venue: "ICLR 2024");
        var openReview = Found(
            SourceName.OpenReview,
            new OpenReviewId("ReJeCt0001"),
            listed.Identity,
            TestRecords.OpenReview("ReJeCt0001", Title, accepted: false, venueId: "ICLR.cc/2024/Conference/Rejected_Submission"));

        var result = _merger.Merge(listed, [openReview]);

        Assert.Equal(RecordStatus.PreprintOnly, result.Record.Status);
        Assert.Null(result.Record.Item.ContainerTitle);
        Assert.Null(result.Record.Item.EventTitle);
        Assert.Equal(CslItemType.Article, result.Record.Item.Type);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.VenueDisagreement, issue.Kind);
        Assert.Contains("Rejected_Submission", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_TitleSearch_CorrectCandidateRankedSecondIsTaken()
    {
        var listed = Listed("title:" + Title, Title, 2024, venue: "AAAI 2024");
        var decoy = TestRecords.Crossref("10.1609/aaai.v38i9.11111", "Quantised Spiking Neural Networks with Learnable Refractory Thresholds", score: 61);
        var right = TestRecords.Crossref(Doi.Value, Title, score: 58);
        var search = Searched(SourceName.Crossref, Title, listed.Identity, decoy, right);

        var result = _merger.Merge(listed, [search]);

        Assert.Equal(RecordStatus.Resolved, result.Record.Status);
        Assert.Equal(Doi.Value, result.Record.Item.Doi);
        Assert.Same(right, Assert.Single(result.Matches).Record);
    }

    [Fact]
    public void Merge_TitleSearchTwoWorksSameTitle_AmbiguousNothingMerged()
    {
        // Two different papers carry the listed title exactly; the list gives no author, and a year one apart
        // does not decide: a person must pick (the tool must not choose one silently).
        var listed = Listed("title:" + Title, Title, 2024);
        var alpha = TestRecords.Crossref("10.5555/aaa.2024.1", Title, year: 2024, authors: ["Alice Alpha"]);
        var beta = TestRecords.Crossref("10.5555/bbb.2023.7", Title, year: 2023, authors: ["Bob Beta"]);

        var result = _merger.Merge(listed, [Searched(SourceName.Crossref, Title, listed.Identity, alpha, beta)]);

        Assert.Equal(RecordStatus.Conflict, result.Record.Status);
        Assert.Null(result.Record.Item.Doi);
        Assert.Empty(result.Record.Item.Author);
        Assert.Empty(result.Matches);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.AmbiguousSearch, issue.Kind);
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyList<CandidateSummary>>(issue.Candidates).Count);
    }

    [Fact]
    public void Merge_TitleSearchSameWorkTwice_NotAmbiguous()
    {
        // The same authors' paper found twice (e.g. proceedings and a reprint): one work, the best is taken.
        var listed = Listed("title:" + Title, Title, 2024, venue: "AAAI 2024");
        var proceedings = TestRecords.Crossref(Doi.Value, Title, year: 2024);
        var reprint = TestRecords.Crossref("10.5555/reprint.1", Title, container: "Reprints", year: 2024);

        var result = _merger.Merge(listed, [Searched(SourceName.Crossref, Title, listed.Identity, reprint, proceedings)]);

        Assert.Equal(RecordStatus.Resolved, result.Record.Status);
        Assert.Equal(Doi.Value, result.Record.Item.Doi);
    }

    [Fact]
    public void Merge_SearchesOfTwoSourcesFindNamesakes_NoneMergedAmbiguous()
    {
        // No identifier: arXiv's search finds Smith & Brown's preprint, Crossref's a TNNLS paper of the same title by
        // Jones & White. Each passes its own search; merged they would give Jones's authors and DOI Smith's arXiv id.
        var listed = Listed("title:" + Title, Title, 2024);
        var smith = TestRecords.Arxiv("2305.11111", Title, 2023, null, "Sam Smith", "Bea Brown");
        var jones = TestRecords.Crossref(
            "10.1109/tnnls.2024.3300001", Title, CslItemType.ArticleJournal, "IEEE Transactions on Neural Networks and Learning Systems", 2024,
            authors: ["Jo Jones", "Will White"]);

        var result = _merger.Merge(listed, [Searched(SourceName.Arxiv, Title, listed.Identity, smith), Searched(SourceName.Crossref, Title, listed.Identity, jones)]);

        Assert.Equal(RecordStatus.Conflict, result.Record.Status);
        Assert.Empty(result.Matches);
        Assert.Null(result.Record.Item.Doi);
        Assert.Null(result.Record.ArxivId);
        Assert.Empty(result.Record.Item.Author);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.AmbiguousSearch, issue.Kind);
        Assert.Equal(["arxiv:2305.11111", "doi:10.1109/tnnls.2024.3300001"], issue.Candidates!.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Contains("Smith", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Jones", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_SearchesFindNamesakesOneAgreesWithTheLinkedRecord_OnlyThatOneMerged()
    {
        // The list links an OpenReview note by Hopper: of the two search hits, Hopper's published paper is the
        // paper, the other first author's namesake is not merged.
        var listed = Listed("openreview:AbCdEf1234", Title, 2024, venue: "AAAI 2024");
        var note = Found(SourceName.OpenReview, new OpenReviewId("AbCdEf1234"), listed.Identity, TestRecords.OpenReview("AbCdEf1234", Title, accepted: false, venueId: "ICLR.cc/2024/Conference/Withdrawn_Submission"));
        var hopper = TestRecords.Crossref(Doi.Value, Title, year: 2024, authors: ["Grace Hopper", "Edsger Dijkstra"]);
        var jones = TestRecords.Arxiv("2305.11111", Title, 2023, null, "Jo Jones", "Will White");

        var result = _merger.Merge(listed, [note, Searched(SourceName.Crossref, Title, listed.Identity, hopper), Searched(SourceName.Arxiv, Title, listed.Identity, jones)]);

        Assert.Equal(Doi.Value, result.Record.Item.Doi);
        Assert.Equal("Hopper", result.Record.Item.Author[0].Family);
        Assert.Null(result.Record.ArxivId);
        Assert.DoesNotContain(result.Matches, m => m.Record == jones);
        Assert.Contains(result.Issues, i => i.Kind == MergeIssueKind.CandidateDisagrees && i.Source == SourceName.Arxiv);
    }

    [Fact]
    public void Merge_TitleSearchWithOnlyADecoy_NotAcceptedAndReported()
    {
        var listed = Listed("title:" + Title, Title, 2024);
        var decoy = TestRecords.Crossref("10.1609/aaai.v38i9.11111", "Quantised Spiking Neural Networks with Learnable Refractory Thresholds");

        var result = _merger.Merge(listed, [Searched(SourceName.Crossref, Title, listed.Identity, decoy)]);

        Assert.Equal(RecordStatus.Conflict, result.Record.Status);
        Assert.Null(result.Record.Item.Doi);
        Assert.Empty(result.Record.Item.Author);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.SearchNearMiss, issue.Kind);
        Assert.Equal(decoy.Item.Title, issue.RecordTitle);
    }

    [Fact]
    public void Merge_TitleSearchWithUnrelatedHits_Unresolved()
    {
        var listed = Listed("title:" + Title, Title, 2024);
        var unrelated = TestRecords.Crossref("10.1000/fish", "Fish Population Dynamics in Alpine Lakes");

        var result = _merger.Merge(listed, [Searched(SourceName.Crossref, Title, listed.Identity, unrelated)]);

        Assert.Equal(RecordStatus.Unresolved, result.Record.Status);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Merge_TitleSearchSameTitleOtherYear_NotAccepted()
    {
        var listed = Listed("title:" + Title, Title, 2024);
        var older = TestRecords.Crossref("10.1000/old", Title, year: 2019);

        var result = _merger.Merge(listed, [Searched(SourceName.Crossref, Title, listed.Identity, older)]);

        Assert.Equal(RecordStatus.Conflict, result.Record.Status);
        Assert.Null(result.Record.Item.Doi);
        Assert.Equal(MergeIssueKind.YearOutOfRange, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Merge_ListedTitleDiffersBySmallWords_MatchedAndPublishedTitleWins()
    {
        const string published = "Towards Quantised Spiking Neural Networks with a Learnable Refractory Period";
        var listed = Listed("doi:" + Doi.Value, "Towards quantised spiking neural networks with learnable refractory periods", 2024);
        var result = _merger.Merge(listed, [Found(SourceName.Crossref, Doi, listed.Identity, TestRecords.Crossref(Doi.Value, published))]);

        Assert.Equal(RecordStatus.Resolved, result.Record.Status);
        Assert.Equal(published, result.Record.Item.Title);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.TitleDiffers, issue.Kind);
        Assert.InRange(issue.Similarity!.Value, 0.95, 0.999);
    }

    [Fact]
    public void Merge_PublishedYearFarFromListedYear_Reported()
    {
        var listed = Listed("doi:" + Doi.Value, Title, 2021);
        var result = _merger.Merge(listed, [Found(SourceName.Crossref, Doi, listed.Identity, TestRecords.Crossref(Doi.Value, Title, year: 2024))]);

        Assert.Equal(RecordStatus.Resolved, result.Record.Status);
        Assert.Equal(MergeIssueKind.YearDisagreement, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Merge_NotFoundAndFailedOnly_ListRecordUnchanged()
    {
        var listed = Listed("arxiv:2401.99901", Title, 2024, venue: "ICLR 2024", url: "https://arxiv.org/pdf/2401.99901");
        var result = _merger.Merge(listed, [NotFound(SourceName.Arxiv, Arxiv2401, listed.Identity), Failed(SourceName.Crossref, Doi, listed.Identity)]);

        Assert.Equal(RecordStatus.Unresolved, result.Record.Status);
        Assert.Equal(listed.Item.Title, result.Record.Item.Title);
        Assert.Equal(listed.Item.ContainerTitle, result.Record.Item.ContainerTitle);
        Assert.Equal(listed.Item.Url, result.Record.Item.Url);
        Assert.All(result.Record.Provenance.Values, p => Assert.Equal(SourceName.List, p.Source));
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Merge_Overrides_WinAndRejectedRecordsAreNotMerged()
    {
        var listed = Listed("arxiv:2401.99901", Title, 2024, venue: "AAAI 2024");
        var arxiv = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, doi: Doi.Value));
        var crossref = Found(SourceName.Crossref, Doi, listed.Identity, TestRecords.Crossref(Doi.Value, Title));
        var overrides = new PaperOverrides
        {
            Fields = new Dictionary<string, string> { ["page"] = "77-84", ["note"] = "", ["issued"] = "2023", ["colour"] = "blue" },
            RejectedRecords = new HashSet<string>(["doi:10.1609/AAAI.V38I9.99901"], StringComparer.OrdinalIgnoreCase),
        };

        var result = _merger.Merge(listed, [arxiv, crossref], overrides);

        // the rejected Crossref record is out, and its DOI with it
        Assert.Equal(RecordStatus.PreprintOnly, result.Record.Status);
        Assert.Null(result.Record.Item.Doi);
        Assert.Equal("77-84", result.Record.Item.Page);
        Assert.Equal(new FieldProvenance(SourceName.User), result.Record.Provenance["page"]);
        Assert.Equal(new CslDate(2023), result.Record.Item.Issued);
        var rejected = Assert.Single(result.Issues, i => i.Kind != MergeIssueKind.VenueFromLabelOnly);
        Assert.Equal(MergeIssueKind.OverrideRejected, rejected.Kind);
        Assert.Contains("colour", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ListsOwnLinkRejectedInOverrides_ActsLikeAWrongLink()
    {
        var listed = Listed("arxiv:2401.99901", Title, 2024, url: "https://arxiv.org/abs/2401.99901", arxivId: "2401.99901");
        listed = listed with { Item = listed.Item with { Number = "arXiv:2401.99901", Publisher = "arXiv" } };
        var linked = Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, 2024));
        var published = TestRecords.Crossref(Doi.Value, Title, year: 2024);
        var overrides = new PaperOverrides { RejectedRecords = new HashSet<string>(["arxiv:2401.99901"], StringComparer.OrdinalIgnoreCase) };

        var before = _merger.Merge(listed, [linked], overrides);
        var after = _merger.Merge(listed, [linked, Searched(SourceName.Crossref, Title, listed.Identity, published)], overrides);

        Assert.Null(before.Record.ArxivId);
        Assert.Null(before.Record.Item.Url);
        Assert.Null(before.Record.Item.Number);
        Assert.Empty(before.Matches);
        var issue = Assert.Single(before.Issues);
        Assert.Equal(MergeIssueKind.LinkRejected, issue.Kind);
        Assert.Contains("arxiv:2401.99901, rejected in overrides.json", issue.Message, StringComparison.Ordinal);

        Assert.Equal(RecordStatus.Resolved, after.Record.Status);
        Assert.Equal(Doi.Value, after.Record.Item.Doi);
        Assert.Null(after.Record.ArxivId);
        Assert.EndsWith("rejected in overrides.json; searched by title instead: found on Crossref", Assert.Single(after.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_SameInputs_SameRecord()
    {
        var listed = Listed("arxiv:2401.99901", Title, 2024, venue: "AAAI 2024");
        var answers = new[]
        {
            Found(SourceName.Arxiv, Arxiv2401, listed.Identity, TestRecords.Arxiv("2401.99901", Title, doi: Doi.Value)),
            Found(SourceName.Crossref, Doi, listed.Identity, TestRecords.Crossref(Doi.Value, Title)),
        };

        var first = _merger.Merge(listed, answers).Record;
        var second = _merger.Merge(listed, answers).Record;

        Assert.Equal(first.Item with { Author = [] }, second.Item with { Author = [] });
        Assert.Equal(first.Item.Author, second.Item.Author);
        Assert.Equal(first.Provenance.OrderBy(p => p.Key), second.Provenance.OrderBy(p => p.Key));
    }

    [Fact]
    public void MergePolicy_DocumentedTableIsTheCodesTable()
    {
        var doc = File.ReadAllText(RepositoryFolder.File("docs", "merge-policy.md")).ReplaceLineEndings("\n");
        Assert.Contains(MergePolicy.ToMarkdownTable(), doc, StringComparison.Ordinal);
    }

    [Fact]
    public void MergePolicy_EveryFieldIsOneTheMergerCanWrite()
    {
        var fields = MergePolicy.VenueFields
            .Concat(MergePolicy.Fields.Select(f => f.Field))
            .Concat(MergePolicy.VenueFallbacks.Select(f => f.Field))
            .Concat(MergePolicy.VenueExclusions.Select(e => e.Field))
            .Concat(MergePolicy.OverridableFields);
        Assert.All(fields, f => Assert.True(MergeFields.IsKnown(f), f));
        Assert.Equal(MergePolicy.Fields.Count, MergePolicy.Fields.Select(f => f.Field).Distinct().Count());
    }
}
