using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.OpenReview;
using SnnBib.Resolvers.Tests.Http;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Resolvers.Tests.OpenReview;

/// <summary>
/// No real OpenReview body exists in the fixtures (apis.md §3.7): these bodies are ours, written in the documented shapes
/// (apis.md §3.2–3.5) about invented papers.
/// </summary>
public class OpenReviewNoteParserTests
{
    [Fact]
    public void Parse_Api2Notes_UnwrapsValueObjectsAndReadsEveryDocumentedField()
    {
        var list = OpenReviewNoteParser.Parse(TestData.Own("openreview/api2-notes-three.json"));

        Assert.Equal((3, 0), (list.Count, list.Unreadable));
        var note = list.Notes[0];
        Assert.Equal(("Sp1kE_Tr4n", "Sp1kE_Tr4n", 4242, "ICLR.cc/2024/Conference"), (note.Id, note.Forum, note.Number, note.Domain));
        Assert.Equal("Spiking Transformers Need Fewer Time Steps", note.Title);
        Assert.Equal(["Anna Maria van der Berg", "Luca Del Piero", "Mei Chen"], note.Authors);
        Assert.Equal("mei@example.org", note.AuthorIds[2]);
        Assert.Equal("We show that spiking transformers need fewer time steps.", note.Abstract);
        Assert.Equal(("ICLR 2024 poster", "ICLR.cc/2024/Conference"), (note.Venue, note.VenueId));
        Assert.Equal("https://openreview.net/pdf/0123456789abcdef0123456789abcdef01234567.pdf", note.PdfUrl);
        Assert.Equal(["spiking neural networks", "transformers"], note.Keywords);
        Assert.StartsWith("@inproceedings{", note.Bibtex, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1705600000000), note.Accepted);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1697000000000), note.Opened);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1695400000000), note.Created);
        Assert.Null(note.Deleted);
        Assert.Equal(3, note.Invitations.Count);
        Assert.False(note.IsReply);
    }

    [Fact]
    public void Parse_Api2NoteWithHiddenFields_LeavesThemEmpty()
    {
        var rejected = OpenReviewNoteParser.Parse(TestData.Own("openreview/api2-notes-three.json")).Notes[1];

        Assert.Empty(rejected.Authors);
        Assert.Null(rejected.Pdf);
        Assert.Null(rejected.Accepted);
        Assert.Equal("ICLR.cc/2024/Conference/Rejected_Submission", rejected.VenueId);
    }

    [Fact]
    public void Parse_Api1Note_ReadsBareValuesThroughTheSamePath()
    {
        var note = Assert.Single(OpenReviewNoteParser.Parse(TestData.Own("openreview/api1-note-iclr2023.json")).Notes);

        Assert.Equal("0ldIclr_23x", note.Id);
        Assert.Null(note.Domain);
        Assert.Equal(["ICLR.cc/2023/Conference/-/Blind_Submission"], note.Invitations);
        Assert.Equal("Old Venue Spiking Networks", note.Title);
        Assert.Equal(["Jan de Vries", "Sofia Rossi"], note.Authors);
        Assert.Equal("An ICLR 2023 paper read through API 1.", note.Abstract);
        Assert.Equal(("ICLR 2023 notable top 25%", "ICLR.cc/2023/Conference"), (note.Venue, note.VenueId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1677600000000), note.Modified); // "mdate": null falls back to tmdate
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1663500000000), note.Created);
    }

    [Fact]
    public void Parse_BareArrayMissingAndOddFields_IsTolerated()
    {
        const string Body = """
            [
              {"id": "a1", "content": {"title": {"value": 42}, "authors": "Solo Author", "venueid": {"readers": ["everyone"]}}, "cdate": "yesterday"},
              {"forum": "no-id-here"},
              "not a note",
              {"id": "b2"}
            ]
            """;
        var list = OpenReviewNoteParser.Parse(Body);

        Assert.Equal(["a1", "b2"], list.Notes.Select(n => n.Id));
        Assert.Equal(2, list.Unreadable);
        Assert.Null(list.Notes[0].Title);
        Assert.Equal(["Solo Author"], list.Notes[0].Authors);
        Assert.Null(list.Notes[0].VenueId);
        Assert.Null(list.Notes[0].Created);
        Assert.Null(list.Count);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>", "not JSON")]
    [InlineData("{\"count\": 0}", "no 'notes' list")]
    [InlineData("\"notes\"", "no 'notes' list")]
    public void Parse_NotANotesBody_IsAMalformedResponse(string body, string expected)
    {
        var ex = Assert.Throws<MalformedResponseException>(() => OpenReviewNoteParser.Parse(body));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ErrorBodies_ReadNameMessageAndResetTime()
    {
        var notFound = OpenReviewApiError.TryParse(TestData.Own("openreview/error-not-found-404.json"))!;
        Assert.True(notFound.IsNotFound);
        Assert.Equal("The Note n0tAnId000 was not found", notFound.Message);

        var limited = OpenReviewApiError.TryParse(TestData.Own("openreview/error-rate-limit-429.json"))!;
        Assert.Equal(("RateLimitError", 429), (limited.Name, limited.Status));
        Assert.Equal(FakeClock.Start.AddSeconds(6), limited.ResetTime);
        Assert.Equal(TimeSpan.FromSeconds(6), OpenReviewApiError.RetryAfter(TestData.Own("openreview/error-rate-limit-429.json"), FakeClock.Start));
        Assert.Null(OpenReviewApiError.TryParse("{\"notes\": []}"));
        Assert.Null(OpenReviewApiError.TryParse("Too Many Requests"));
    }

    [Fact]
    public void ToRecord_OwnNotes_MatchTheApprovedSnapshot()
    {
        var notes = OpenReviewNoteParser.Parse(TestData.Own("openreview/api2-notes-three.json")).Notes
            .Concat(OpenReviewNoteParser.Parse(TestData.Own("openreview/api1-note-iclr2023.json")).Notes)
            .Concat(OpenReviewNoteParser.Parse(TestData.Own("openreview/api2-search-title.json")).Notes);
        Approve.Text(RecordDump.Format(notes.Select(OpenReviewMapper.ToRecord)));
    }
}
