using SnnBib.Core.Model;
using SnnBib.Resolvers.Crossref;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Tests.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Crossref;

/// <summary>Our own Crossref bodies (invented papers, documented shapes) and bodies with unexpected types.</summary>
public class CrossrefResponseParserTests
{
    [Fact]
    public void ParseWork_OwnProceedingsRecord_MapsSubtitleOrganisationJatsAndPrintDate()
    {
        var record = CrossrefMapper.ToRecord(CrossrefResponseParser.ParseWork(TestData.Own("crossref/work-proceedings-jats.json")));
        var item = record.Item;

        Assert.Equal("10.5555/ics.2024.0042", item.Id);
        Assert.Equal("10.5555/ICS.2024.0042", item.Doi);
        Assert.Equal("Membrane Potential Tuning for Spiking Transformers: Faster Inference with Fewer Spikes", item.Title);
        Assert.Equal(["van der Berg | Anna Maria", "Del Piero | Luca", "{The Neuromorphic Benchmark Consortium}"], item.Author.Select(RecordDump.Name));
        Assert.Equal(new CslDate(2024, 9), item.Issued);
        Assert.Equal((CslItemType.PaperConference, "Imaginary Conference on Spikes 2024"), (item.Type, item.EventTitle));
        Assert.Equal("We tune membrane potentials & thresholds so that spiking transformers need fewer time steps. Energy drops by 3x on average.", item.Abstract);
        Assert.Equal(1, record.Score);
    }

    [Fact]
    public void ParseWorkList_UnexpectedTypes_AreReadWhereSafeAndIgnoredElsewhere()
    {
        const string Body = """
            {"status":"ok","message-type":"work-list","message":{"total-results":"many","items":[
              {"DOI":"10.1/x","title":"single string","author":[{"family":7},{"given":"Only Given"},"not an object"],
               "published-print":{"date-parts":[["2020","13","40"]]},"volume":12,"score":"high"},
              {"title":["no DOI here"]},
              42
            ]}}
            """;
        var list = CrossrefResponseParser.ParseWorkList(Body);

        Assert.Null(list.TotalResults);
        Assert.Equal(2, list.SkippedItems);
        var item = CrossrefMapper.ToRecord(Assert.Single(list.Items)).Item;
        Assert.Equal(("single string", "12"), (item.Title, item.Volume));
        Assert.Equal(["7", "{Only Given}"], item.Author.Select(RecordDump.Name));
        Assert.Equal(new CslDate(2020), item.Issued);
    }

    [Theory]
    [InlineData("Resource not found.")]
    [InlineData("{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[]}}")]
    [InlineData("{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\"title\":[\"no DOI\"]}}")]
    [InlineData("[1,2,3]")]
    public void ParseWork_NotASingleWork_IsAMalformedResponse(string body) =>
        Assert.Throws<MalformedResponseException>(() => CrossrefResponseParser.ParseWork(body));

    [Theory]
    [InlineData("journal-article", CslItemType.ArticleJournal)]
    [InlineData("proceedings-article", CslItemType.PaperConference)]
    [InlineData("posted-content", CslItemType.Article)]
    [InlineData("book-chapter", CslItemType.Chapter)]
    [InlineData("monograph", CslItemType.Book)]
    [InlineData("report", CslItemType.Report)]
    [InlineData("dissertation", "thesis")]
    [InlineData("journal", "document")]
    [InlineData(null, "document")]
    public void ToCsl_CrossrefTypes_MapToCslTypes(string? crossref, string csl) => Assert.Equal(csl, CrossrefTypeMap.ToCsl(crossref));
}
