using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Core.Venues;
using SnnBib.Resolvers.Matching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Tests.Merging;
using Xunit;

namespace SnnBib.Resolvers.Tests.Matching;

public sealed class CandidateScorerTests
{
    private const string Title = "Spike-Driven Gating for Efficient Event Vision";
    private static readonly Venue Aaai = VenueCatalog.Find("AAAI")!;
    private readonly CandidateScorer _scorer = new();

    private static MatchEvidence Evidence(string? author = null, int? year = 2024, Venue? venue = null) => new(Title, [], year, author, venue ?? Aaai);

    [Fact]
    public void Search_SameTitleYearVenue_Accepted()
    {
        var score = _scorer.ScoreSearchHit(Evidence(), TestRecords.Crossref("10.1/a", Title), 0);

        Assert.Equal(MatchDecision.Accept, score.Decision);
        Assert.Equal((Agreement.Agrees, Agreement.Agrees), (score.Year, score.Venue));
    }

    [Fact]
    public void Search_OneWordChanged_ReviewedNeverAccepted()
    {
        var score = _scorer.ScoreSearchHit(Evidence(), TestRecords.Crossref("10.1/a", "Spike-Driven Gating for Efficient Audio Vision"), 0);

        Assert.Equal(MatchDecision.Review, score.Decision);
        Assert.InRange(score.Title, 0.7, 0.95);
    }

    [Fact]
    public void Search_SamePrefixDifferentEnding_ReviewedOrRejected()
    {
        var score = _scorer.ScoreSearchHit(Evidence(), TestRecords.Crossref("10.1/a", "Spike-Driven Gating for Efficient Event Vision Transformers on Chips"), 0);

        Assert.NotEqual(MatchDecision.Accept, score.Decision);
    }

    [Fact]
    public void Search_SameTitleOtherAuthorsAndYear_Rejected()
    {
        var namesake = TestRecords.Crossref("10.1/old", Title, year: 2019, authors: ["Peter Oldham"]);

        var score = _scorer.ScoreSearchHit(Evidence(author: "Fischer"), namesake, 0);

        Assert.Equal(MatchDecision.Reject, score.Decision);
        Assert.Equal((Agreement.Disagrees, Agreement.Disagrees), (score.Author, score.Year));
    }

    [Fact]
    public void Search_SameTitleOtherYearAuthorUnknown_Reviewed()
    {
        var score = _scorer.ScoreSearchHit(Evidence(), TestRecords.Crossref("10.1/old", Title, year: 2019), 0);

        Assert.Equal(MatchDecision.Review, score.Decision);
    }

    [Fact]
    public void Search_ListedTitleDiffersBySmallWords_Accepted()
    {
        var evidence = new MatchEvidence("Spatio-Temporal Attention of Spiking Networks for Event Streams", [], 2021, null, null);
        var record = TestRecords.Crossref("10.1/b", "Spatio-temporal attention for spiking networks on event streams", year: 2021);

        Assert.Equal(MatchDecision.Accept, _scorer.ScoreSearchHit(evidence, record, 0).Decision);
    }

    [Fact]
    public void Search_WrongVenueLabel_AcceptedOnlyWhenTheFirstAuthorAgrees()
    {
        var eccv = VenueCatalog.Find("ECCV")!;
        var iccv = TestRecords.Crossref("10.1109/iccv.1", Title, container: "2021 IEEE/CVF International Conference on Computer Vision (ICCV)", year: 2021, authors: ["Man Yao"]);

        var withAuthor = _scorer.ScoreSearchHit(new MatchEvidence(Title, [], 2021, "Yao", eccv), iccv, 0);
        var without = _scorer.ScoreSearchHit(new MatchEvidence(Title, [], 2021, null, eccv), iccv, 0);

        Assert.Equal((MatchDecision.Accept, Agreement.Disagrees), (withAuthor.Decision, withAuthor.Venue));
        Assert.Equal(MatchDecision.Review, without.Decision);
    }

    [Fact]
    public void Search_PublishedVersionNearMissByOtherAuthors_NotWorthReview()
    {
        var other = TestRecords.Crossref("10.1/c", "Spike-Driven Gating for Efficient Audio Vision", authors: ["Ulrich Decoy"]);
        var same = TestRecords.Crossref("10.1/d", "Spike-Driven Gating for Efficient Audio Vision", authors: ["Lena Fischer"]);

        Assert.Equal(MatchDecision.Reject, _scorer.ScoreSearchHit(Evidence("Fischer"), other, 0, authorsKnownFromMatch: true).Decision);
        Assert.Equal(MatchDecision.Review, _scorer.ScoreSearchHit(Evidence("Fischer"), same, 0, authorsKnownFromMatch: true).Decision);
    }

    [Theory]
    [InlineData(2022, Agreement.Agrees)]   // a preprint two years before its venue
    [InlineData(2025, Agreement.Agrees)]
    [InlineData(2021, Agreement.Disagrees)]
    public void Year_PreprintMayPrecedeTheVenue(int preprintYear, Agreement expected) =>
        Assert.Equal(expected, _scorer.YearAgreement(Evidence(), TestRecords.Arxiv("2201.00001", Title, preprintYear)));

    [Fact]
    public void Year_PublishedRecordWithinOneYear()
    {
        Assert.Equal(Agreement.Agrees, _scorer.YearAgreement(Evidence(), TestRecords.Crossref("10.1/a", Title, year: 2023)));
        Assert.Equal(Agreement.Disagrees, _scorer.YearAgreement(Evidence(), TestRecords.Crossref("10.1/a", Title, year: 2022)));
    }

    [Fact]
    public void Identifier_WrongLink_Rejected_SubtitleOmitted_Accepted()
    {
        var wrong = _scorer.ScoreIdentifierHit(Evidence(), TestRecords.Arxiv("2103.00476", "A Free Lunch From ANN: Towards Efficient, Accurate Spiking Neural Networks Calibration"));
        var subtitle = _scorer.ScoreIdentifierHit(Evidence(), TestRecords.Arxiv("2401.1", Title + ": A Study of Gates"));

        Assert.Equal(MatchDecision.Reject, wrong.Decision);
        Assert.Equal(MatchDecision.Accept, subtitle.Decision);
    }

    [Fact]
    public void Identifier_CloseTitleButOtherFirstAuthor_Rejected()
    {
        var record = TestRecords.Arxiv("2401.2", "Spike-Driven Gating for Efficient Event Vision Systems", authors: ["Ulrich Decoy"]);

        Assert.Equal(MatchDecision.Reject, _scorer.ScoreIdentifierHit(Evidence("Fischer"), record).Decision);
    }

    [Theory]
    [InlineData("Zhou", "Yue Zhou", Agreement.Agrees)]
    [InlineData("Zhou", "Zhou Yue", Agreement.Agrees)]        // family and given swapped by a source
    [InlineData("Müller", "Jan Muller", Agreement.Agrees)]
    [InlineData("Berg", "Anna van der Berg", Agreement.Agrees)]
    [InlineData("Zhou", "Wei Li", Agreement.Disagrees)]
    public void Author_FirstFamilyName(string family, string name, Agreement expected)
    {
        var parts = name.Split(' ');
        var author = CslName.Person(string.Join(' ', parts[1..]), parts[0]);

        Assert.Equal(expected, AuthorAgreement.Compare(family, [author]));
    }

    [Fact]
    public void Author_ListedAuthorNotFirst_NotEvidenceEitherWay() =>
        Assert.Equal(Agreement.Unknown, AuthorAgreement.Compare("Li", [CslName.Person("Zhou", "Yue"), CslName.Person("Li", "Wei")]));

    [Theory]
    [InlineData("2021 IEEE/CVF International Conference on Computer Vision (ICCV)", "ICCV")]
    [InlineData("Proceedings of the AAAI Conference on Artificial Intelligence", "AAAI")]
    [InlineData("Proceedings of the Thirty-Second International Joint Conference on Artificial Intelligence", "IJCAI")]
    [InlineData("ICLR 2024", "ICLR")]
    [InlineData("Frontiers in Neuroscience", "Frontiers in Neuroscience")]
    public void Venue_RecognisedFromRecordNames(string text, string label) =>
        Assert.Equal(VenueCatalog.Find(label), VenueAgreement.Recognise(text));

    [Fact]
    public void Venue_SpringerSeriesIsNoEvidenceAgainstEccv() =>
        Assert.Equal(Agreement.Unknown, VenueAgreement.Compare(VenueCatalog.Find("ECCV"), new CslItem { Id = "x", Type = CslItemType.Chapter, ContainerTitle = "Lecture Notes in Computer Science" }));

    [Fact]
    public void Merge_OnlyCandidateIsADecoy_NotAcceptedButListedForReview()
    {
        var listed = TestRecords.Listed("title:x", Title, 2024, venue: "AAAI 2024");
        var decoy = TestRecords.Crossref("10.1/decoy", "Spike-Driven Gating for Efficient Audio Vision", authors: ["Ulrich Decoy"]);

        var result = new RecordMerger().Merge(listed, [TestRecords.Searched(SourceName.Crossref, Title, listed.Identity, decoy)]);

        Assert.Empty(result.Matches);
        Assert.Null(result.Record.Item.Doi);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(MergeIssueKind.SearchNearMiss, issue.Kind);
        Assert.Equal("doi:10.1/decoy", Assert.Single(issue.Candidates!).Id);
    }

    [Fact]
    public void Merge_CorrectCandidateRankedSecond_TakenWithItsDoiAndAuthors()
    {
        var listed = TestRecords.Listed("title:x", Title, 2024, venue: "AAAI 2024");
        var decoy = TestRecords.Crossref("10.1/decoy", "Spike-Driven Gating for Efficient Audio Vision", authors: ["Ulrich Decoy"]);
        var right = TestRecords.Crossref("10.1/right", Title, authors: ["Lena Fischer"]);

        var result = new RecordMerger().Merge(listed, [TestRecords.Searched(SourceName.Crossref, Title, listed.Identity, decoy, right)]);

        Assert.Equal("10.1/right", result.Record.Item.Doi);
        Assert.Equal("Fischer", Assert.Single(result.Record.Item.Author).Family);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Merge_PinnedDoiOfARetitledPaper_AcceptedAndTheDifferenceReported()
    {
        var doi = new DoiId("10.1/renamed");
        var listed = TestRecords.Listed("doi:10.1/renamed", Title, 2024, doi: doi.Doi);
        var renamed = TestRecords.Crossref(doi.Doi, "Gated Spiking Vision Under a Budget");
        var pinned = new PaperOverrides { PinnedIdentifiers = new HashSet<string>([doi.Key]) };

        var unpinned = new RecordMerger().Merge(listed, [TestRecords.Found(SourceName.Crossref, doi, listed.Identity, renamed)]);
        var result = new RecordMerger().Merge(listed, [TestRecords.Found(SourceName.Crossref, doi, listed.Identity, renamed)], pinned);

        Assert.Null(unpinned.Record.Item.Doi);
        Assert.Equal(doi.Doi, result.Record.Item.Doi);
        Assert.Contains(result.Issues, i => i.Kind == MergeIssueKind.TitleDiffers);
    }
}
