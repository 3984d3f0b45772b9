using SnnBib.Resolvers.OpenReview;
using Xunit;

namespace SnnBib.Resolvers.Tests.OpenReview;

public class OpenReviewOddBodiesTests
{
    [Fact]
    public void Parse_NumbersAsStrings_AreIgnoredNotThrown()
    {
        var list = OpenReviewNoteParser.Parse("""{"notes":[{"id":"a","number":"12","pdate":"soon","content":{"title":["not","a","string"]}}],"count":"x"}""");

        var note = Assert.Single(list.Notes);
        Assert.Null(note.Number);
        Assert.Null(note.Accepted);
        Assert.Null(note.Title);
        Assert.Null(list.Count);
        Assert.Null(OpenReviewApiError.TryParse("""{"name":"X","status":"404"}""")!.Status);
    }
}
