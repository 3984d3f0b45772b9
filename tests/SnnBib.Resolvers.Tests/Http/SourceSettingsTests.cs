using SnnBib.Resolvers.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Http;

public class SourceSettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Resolve_NothingGiven_UsesTheDocumentedHosts()
    {
        var settings = SourceSettings.Resolve(null, Env());
        Assert.Equal("https://export.arxiv.org/", settings.ArxivUrl.AbsoluteUri);
        Assert.Equal("https://api.crossref.org/", settings.CrossrefUrl.AbsoluteUri);
        Assert.Equal("https://api2.openreview.net/", settings.OpenReviewUrl.AbsoluteUri);
        Assert.Equal("https://api.openreview.net/", settings.OpenReviewV1Url.AbsoluteUri);
        Assert.Null(settings.Mailto);
    }

    [Fact]
    public void Resolve_OptionBeatsEnvironmentBeatsDefault()
    {
        var env = Env(
            (SourceSettings.ArxivUrlVariable, "http://127.0.0.1:5001/arxiv"),
            (SourceSettings.CrossrefUrlVariable, "http://127.0.0.1:5002"),
            (SourceSettings.MailtoVariable, "env@example.org"));
        var settings = SourceSettings.Resolve(new SourceSettingsOverrides(CrossrefUrl: "http://localhost:6000/", Mailto: "opt@example.org"), env);

        Assert.Equal("http://127.0.0.1:5001/arxiv", settings.ArxivUrl.AbsoluteUri);
        Assert.Equal("http://localhost:6000/", settings.CrossrefUrl.AbsoluteUri);
        Assert.Equal(SourceSettings.DefaultOpenReviewUrl, settings.OpenReviewUrl);
        Assert.Equal("opt@example.org", settings.Mailto);
        Assert.Equal("env@example.org", SourceSettings.Resolve(null, env).Mailto);
    }

    [Theory]
    [InlineData("ftp://example.org")]
    [InlineData("example.org")]
    [InlineData("/relative/path")]
    [InlineData("http://")]
    [InlineData("https://api.crossref.org/?rows=2")]
    public void Resolve_BadUrlInEnvironment_NamesTheVariableAndValue(string value)
    {
        var ex = Assert.Throws<SourceSettingsException>(() => SourceSettings.Resolve(null, Env((SourceSettings.CrossrefUrlVariable, value))));
        Assert.StartsWith("SNNBIB_CROSSREF_URL: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BadUrlOption_NamesTheOption()
    {
        var ex = Assert.Throws<SourceSettingsException>(() => SourceSettings.Resolve(new SourceSettingsOverrides(OpenReviewV1Url: "nope"), Env()));
        Assert.StartsWith("--openreview-v1-url: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b")]
    [InlineData("two@at@example.org")]
    [InlineData("sp ace@example.org")]
    [InlineData("x@example.org&rows=1000")]
    public void Resolve_BadMailto_IsRefusedWithoutEchoingIt(string value)
    {
        var ex = Assert.Throws<SourceSettingsException>(() => SourceSettings.Resolve(null, Env((SourceSettings.MailtoVariable, value))));
        Assert.StartsWith("SNNBIB_MAILTO: not an e-mail address", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MailtoWithScheme_KeepsTheAddress() =>
        Assert.Equal("me@example.org", SourceSettings.Resolve(new SourceSettingsOverrides(Mailto: " mailto:me@example.org "), Env()).Mailto);

    [Theory]
    [InlineData("https://export.arxiv.org", "api/query", "https://export.arxiv.org/api/query")]
    [InlineData("http://127.0.0.1:5000/arxiv/", "/api/query", "http://127.0.0.1:5000/arxiv/api/query")]
    public void Join_AddsThePathBelowTheBase(string baseUrl, string path, string expected) =>
        Assert.Equal(expected, SourceSettings.Join(new Uri(baseUrl), path));
}
