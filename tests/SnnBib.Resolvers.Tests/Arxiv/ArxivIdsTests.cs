using SnnBib.Core.Identifiers;
using SnnBib.Resolvers.Arxiv;
using Xunit;

namespace SnnBib.Resolvers.Tests.Arxiv;

public class ArxivIdsTests
{
    [Theory]
    [InlineData("2104.12255", "2104.12255", null)]
    [InlineData("2104.12255v1", "2104.12255", 1)]
    [InlineData("arXiv:2312.07625v12", "2312.07625", 12)]
    [InlineData("0704.0001", "0704.0001", null)]
    [InlineData("astro-ph/0601001", "astro-ph/0601001", null)]
    [InlineData("quant-ph/0201082v1", "quant-ph/0201082", 1)]
    [InlineData("math.CA/0611800v2", "math/0611800", 2)]
    [InlineData("cond-mat/0603029", "cond-mat/0603029", null)]
    public void TryParse_ValidIds_GivesNormalFormAndVersion(string text, string id, int? version)
    {
        Assert.True(ArxivIds.TryParse(text, out var parsed, out var v));
        Assert.Equal((id, version), (parsed, v));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1234.1234")] // month 34: arXiv's own example of a malformed id
    [InlineData("2401.123")]
    [InlineData("2401.123456")]
    [InlineData("hep-th/990100")]
    [InlineData("")]
    [InlineData("2401.00001 OR 1")]
    public void TryParse_NotArxivSyntax_IsRefused(string text) => Assert.False(ArxivIds.TryParse(text, out _, out _));

    [Theory]
    [InlineData("http://arxiv.org/abs/1707.08567v1", "1707.08567", 1)]
    [InlineData("https://arxiv.org/abs/astro-ph/0601001v1", "astro-ph/0601001", 1)]
    public void TryParseAbsUrl_EntryIds_AreSplitIntoIdAndVersion(string url, string id, int version)
    {
        Assert.True(ArxivIds.TryParseAbsUrl(url, out var parsed, out var v));
        Assert.Equal((id, (int?)version), (parsed, v));
    }

    [Fact]
    public void TryParseAbsUrl_ErrorEntryId_IsNotAPaper() =>
        Assert.False(ArxivIds.TryParseAbsUrl("https://arxiv.org/api/errors#incorrect_id_format_for_abc", out _, out _));

    [Theory]
    [InlineData("10.48550/arXiv.2312.07559", "2312.07559")]
    [InlineData("10.48550/arxiv.2202.01037", "2202.01037")]
    public void TryParseDataCiteDoi_ArxivDois_NameTheArxivId(string doi, string id)
    {
        Assert.True(ArxivIds.TryParseDataCiteDoi(doi, out var parsed));
        Assert.Equal(id, parsed);
        Assert.Equal(id, ArxivIds.RawIdOf(new DoiId(doi.ToLowerInvariant())));
    }

    [Fact]
    public void RawIdOf_OtherIdentifiers_IsNull()
    {
        Assert.Null(ArxivIds.RawIdOf(new DoiId("10.1103/physrevb.85.115117")));
        Assert.Null(ArxivIds.RawIdOf(new OpenReviewId("eoSeaK4QJo")));
        Assert.Equal("2401.00001", ArxivIds.RawIdOf(new ArxivId("2401.00001", 2)));
    }
}
