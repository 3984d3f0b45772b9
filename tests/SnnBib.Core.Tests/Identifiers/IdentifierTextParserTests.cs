using SnnBib.Core.Identifiers;
using Xunit;

namespace SnnBib.Core.Tests.Identifiers;

/// <summary>Identifiers written as bare text (as a user would type them on the command line).</summary>
public sealed class IdentifierTextParserTests
{
    [Theory]
    [InlineData("2401.01234", "2401.01234", null)]
    [InlineData("arXiv:2312.07625v2", "2312.07625", 2)]
    [InlineData(" 1805.01352 ", "1805.01352", null)]
    [InlineData("math.CA/0611800", "math/0611800", null)]
    [InlineData("quant-ph/0201082v1", "quant-ph/0201082", 1)]
    [InlineData("astro-ph/0601001", "astro-ph/0601001", null)]
    public void ArxivParse_ValidId_IsNormalised(string text, string id, int? version)
    {
        var result = ArxivIdParser.Parse(text);

        Assert.NotNull(result);
        Assert.Equal(id, result.Id);
        Assert.Equal(version, result.Version);
    }

    [Theory]
    [InlineData("2401.01234v0")]
    [InlineData("2401.01234.pdf")]
    [InlineData("abc")]
    [InlineData("math/061180")]
    [InlineData("math/0613800")]
    [InlineData("")]
    public void ArxivParse_Malformed_IsNull(string text) => Assert.Null(ArxivIdParser.Parse(text));

    [Fact]
    public void ArxivWithVersion_KeepsTheVersionThatWasWritten() =>
        Assert.Equal("2312.07625v2", ArxivIdParser.Parse("2312.07625v2")!.WithVersion);

    [Theory]
    [InlineData("10.1126/SciAdv.adi1480", "10.1126/sciadv.adi1480")]
    [InlineData("doi:10.3389/fnins.2018.00774", "10.3389/fnins.2018.00774")]
    [InlineData("https://doi.org/10.1038/s41586-019-1677-2", "10.1038/s41586-019-1677-2")]
    [InlineData("10.1063/1.4938384.", "10.1063/1.4938384")]
    public void DoiParse_ValidDoi_IsLowerCased(string text, string doi) =>
        Assert.Equal(doi, Assert.IsType<DoiId>(DoiParser.Parse(text)).Value);

    [Fact]
    public void DoiParse_ArxivDataCiteDoi_BecomesArxivId() =>
        Assert.Equal("arxiv:2312.07559", DoiParser.Parse("10.48550/arXiv.2312.07559")!.Key);

    [Theory]
    [InlineData("10.1/abc")]
    [InlineData("11.1234/abc")]
    [InlineData("10.1234/")]
    [InlineData("10.1234/with space")]
    public void DoiParse_NotADoi_IsNull(string text) => Assert.Null(DoiParser.Parse(text));

    [Theory]
    [InlineData("eoSeaK4QJo", true)]
    [InlineData("7B3IJMM1k_M", true)]
    [InlineData("frE4fUwz_h", true)]
    [InlineData("ICLR.cc/2024/Conference", false)]
    [InlineData("abc", false)]
    public void OpenReviewParse_AcceptsOnlyIdShapes(string text, bool valid) =>
        Assert.Equal(valid, OpenReviewIdParser.Parse(text) is not null);
}
