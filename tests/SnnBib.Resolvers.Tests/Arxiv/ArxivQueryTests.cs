using SnnBib.Resolvers.Arxiv;
using Xunit;

namespace SnnBib.Resolvers.Tests.Arxiv;

public class ArxivQueryTests
{
    private static readonly Uri Base = new("https://export.arxiv.org");

    [Theory]
    [InlineData("Spike-driven Transformer V2", "ti:\"Spike driven Transformer V2\"")]
    [InlineData("\"Quoted\" (title): with [brackets] & AND/OR", "ti:\"Quoted title with brackets AND OR\"")]
    [InlineData("Towards $\\mathcal{O}(1)$ spikes*?", "ti:\"Towards O 1 spikes\"")]
    [InlineData("Hebb's rule, revisited", "ti:\"Hebb s rule revisited\"")]
    [InlineData("Ünïcödé SNNs", "ti:\"Ünïcödé SNNs\"")]
    public void TitlePhrase_DropsQuerySyntaxAndMarkup(string title, string expected) =>
        Assert.Equal(expected, ArxivQuery.TitlePhrase(title));

    [Theory]
    [InlineData("")]
    [InlineData("\"\" () :: $$")]
    public void TitlePhrase_NoWords_IsNull(string title) => Assert.Null(ArxivQuery.TitlePhrase(title));

    [Fact]
    public void IdList_EncodesCommaAndSlashAndAsksForTheWholeBatch() =>
        Assert.Equal(
            "https://export.arxiv.org/api/query?id_list=2401.00001%2Castro-ph%2F0601001&start=0&max_results=2",
            ArxivQuery.IdList(Base, ["2401.00001", "astro-ph/0601001"]).ToString());

    [Fact]
    public void Search_EncodesThePhraseAndPages() =>
        Assert.Equal(
            "https://export.arxiv.org/api/query?search_query=ti%3A%22Spiking%20Transformers%22&start=10&max_results=5&sortBy=relevance&sortOrder=descending",
            ArxivQuery.Search(Base, "ti:\"Spiking Transformers\"", 10, 5).ToString());
}
