using SnnBib.Resolvers.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Http;

public class UrlRedactorTests
{
    [Fact]
    public void Redact_RemovesMailtoParameterAndAddressInAnyForm()
    {
        var redactor = new UrlRedactor("me@example.org");
        Assert.Equal(
            "https://api.crossref.org/works?rows=2&mailto=<redacted>&select=DOI",
            redactor.Redact("https://api.crossref.org/works?rows=2&mailto=me%40example.org&select=DOI"));
        Assert.Equal("UA: snnbib/0.1.0 (mailto:<redacted>)", redactor.Redact("UA: snnbib/0.1.0 (mailto:ME@example.org)"));
    }

    [Fact]
    public void Redact_WithoutAddress_StillRemovesAnyMailtoParameter() =>
        Assert.Equal("https://h/works?mailto=<redacted>", UrlRedactor.None.Redact("https://h/works?mailto=someone%40else.org"));

    [Fact]
    public void Build_UserAgent_HasMailtoOnlyWhenGiven()
    {
        Assert.Equal("snnbib/1.2.3 (+https://github.com/snnbib/snnbib)", UserAgent.Build("1.2.3", null));
        Assert.Equal("snnbib/1.2.3 (+https://github.com/snnbib/snnbib; mailto:me@example.org)", UserAgent.Build("1.2.3", "me@example.org"));
        Assert.Matches(@"^\d+\.\d+\.\d+", UserAgent.LibraryVersion);
    }
}
