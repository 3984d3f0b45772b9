using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Tests.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Arxiv;

/// <summary>Our own bodies (invented papers, real shapes) and hostile input.</summary>
public class ArxivAtomParserTests
{
    [Fact]
    public void Parse_OwnBatch_ReadsEveryEntryOrderIndependently()
    {
        var feed = ArxivAtomParser.Parse(TestData.Own("arxiv/id_list-three-of-four.atom.xml"));

        Assert.Equal(["2402.00002", "2401.00001", "q-bio/0601001"], feed.Entries.Select(e => e.Id));
        var tuned = feed.Entries[0];
        Assert.Equal(3, tuned.Version);
        Assert.Equal("Membrane Potential Tuning for Spiking Transformers", tuned.Title);
        Assert.Equal("We tune membrane potentials. Spiking transformers get faster.", tuned.Summary);
        Assert.Equal("10.5555/ics.2024.0042", tuned.Doi);
        Assert.Equal(["cs.NE", "cs.LG"], tuned.Categories);
        Assert.Equal(["Example University"], tuned.Authors[0].Affiliations);
    }

    [Fact]
    public void Parse_EntryWithoutReadableId_IsReportedNotDropped()
    {
        var feed = ArxivAtomParser.Parse(TestData.Own("arxiv/id_list-unreadable-entry.atom.xml"));

        Assert.Equal("2401.00001", Assert.Single(feed.Entries).Id);
        Assert.Equal(["not-an-abs-url"], feed.UnreadableEntries);
    }

    [Fact]
    public void Parse_DocumentTypeDefinition_IsRefused()
    {
        var ex = Assert.Throws<MalformedResponseException>(() => ArxivAtomParser.Parse(TestData.Own("arxiv/dtd-entity-expansion.atom.xml")));
        Assert.Contains("DTD", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>", "not an Atom feed")]
    [InlineData("{\"error\": true}", "not well-formed")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "not well-formed")]
    [InlineData("<feed xmlns=\"urn:other\"/>", "not an Atom feed")]
    public void Parse_NotAnAtomFeed_IsAMalformedResponse(string body, string expected)
    {
        var ex = Assert.Throws<MalformedResponseException>(() => ArxivAtomParser.Parse(body));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PaperTitledError_IsStillAPaper()
    {
        const string Body = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00009v1</id><title>Error</title>
            <author><name>A. Person</name></author></entry></feed>
            """;
        var feed = ArxivAtomParser.Parse(Body);
        Assert.Equal("Error", Assert.Single(feed.Entries).Title);
        Assert.Empty(feed.Errors);
    }

    [Fact]
    public void Parse_LegacyErrorEntry_TitledErrorWithoutPaperId_IsAnError()
    {
        const string Body = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.1234</id>
            <title>Error</title><summary>incorrect id format for 1234.1234</summary></entry></feed>
            """;
        var error = Assert.Single(ArxivAtomParser.Parse(Body).Errors);
        Assert.Equal("1234.1234", error.RejectedId);
    }
}
