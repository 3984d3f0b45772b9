using Flurl.Http;
using Flurl.Http.Testing;
using SnnBib.Core.Identifiers;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;
using Xunit;

namespace SnnBib.Resolvers.Tests.Http;

/// <summary>Whatever goes wrong below a resolver, the caller gets one Error per paper, never an exception.</summary>
public sealed class UnexpectedFailureTests : IDisposable
{
    private readonly HttpTest _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task LookupAsync_UnforeseenExceptionBelow_BecomesAnErrorPerPaperForEverySource()
    {
        // An event handler that throws is outside what the HTTP layer treats as a transport failure.
        var options = new ResolverSetOptions
        {
            ClientFactory = _ => new FlurlClient().BeforeCall(_ => throw new InvalidOperationException("handler exploded for me@example.org")),
            AdjustPolicy = p => p with { MaxRetries = 0, MinInterval = TimeSpan.Zero, ListBudget = null },
        };
        using var set = new ResolverSet(SourceSettings.Default with { Mailto = "me@example.org" }, TimeProvider.System, options);

        var arxiv = await set.Arxiv.LookupAsync([new("a", new ArxivId("2401.00001"), null), new("t", null, "A Title")], CancellationToken.None);
        var crossref = await set.Crossref.LookupAsync([new("c", new DoiId("10.5555/x"), null), new("d", new DoiId("10.5555/y"), null), new("t", null, "A Title")], CancellationToken.None);
        var openReview = await set.OpenReview.LookupAsync([new("o", new OpenReviewId("abcDEF123"), null), new("t", null, "A Title")], CancellationToken.None);

        var all = arxiv.Concat(crossref).Concat(openReview).ToList();
        Assert.Equal(7, all.Count);
        Assert.All(all, l => Assert.Equal(LookupOutcome.Error, l.Outcome));
        Assert.All(all, l => Assert.Contains("unexpected InvalidOperationException: handler exploded", l.Error, StringComparison.Ordinal));
        Assert.All(all, l => Assert.DoesNotContain("me@example.org", l.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LookupAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var set = new ResolverSet(SourceSettings.Default, TimeProvider.System);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => set.Arxiv.LookupAsync([new("a", new ArxivId("2401.00001"), null)], cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => set.Crossref.LookupAsync([new("c", new DoiId("10.5555/x"), null)], cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => set.OpenReview.LookupAsync([new("o", new OpenReviewId("abc"), null)], cts.Token));
        Assert.Empty(_http.CallLog);
    }
}
