using System.Collections.Concurrent;
using System.Text;
using Flurl;
using Flurl.Http.Testing;
using Microsoft.Extensions.Time.Testing;
using SnnBib.Core.Identifiers;
using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;
using SnnBib.Resolvers.Tests.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Arxiv;

public sealed class ArxivResolverTests : IDisposable
{
    private readonly HttpTest _http = new();
    private readonly FakeTimeProvider _time = FakeClock.New();
    private readonly ConcurrentQueue<(TimeSpan At, string Url)> _calls = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task LookupAsync_FourIds_OneBatchedRequestMatchedBackByIdWithoutVersion()
    {
        Respond(200, TestData.Own("arxiv/id_list-three-of-four.atom.xml"));
        using var set = Set();
        LookupRequest[] requests =
        [
            new("p1", new ArxivId("2401.00001"), "Surrogate Gradients Without Tears"),
            new("p2", new ArxivId("2402.00002", 1), null),
            new("p3", new ArxivId("q-bio/0601001"), null),
            new("p4", new ArxivId("2403.00003"), null),
            new("p5", new DoiId("10.48550/arxiv.2401.00001"), null),
        ];

        var lookups = await _time.DriveAsync(() => set.Arxiv.LookupAsync(requests, CancellationToken.None));

        var call = Assert.Single(_http.CallLog);
        Assert.Equal("2401.00001,2402.00002,q-bio/0601001,2403.00003", call.Request.Url.QueryParams.FirstOrDefault("id_list"));
        Assert.Equal("4", call.Request.Url.QueryParams.FirstOrDefault("max_results")?.ToString());
        Assert.StartsWith("https://export.arxiv.org/api/query?", call.Request.Url.ToString(), StringComparison.Ordinal);
        var byIdentity = lookups.ToDictionary(l => l.Identity);
        Assert.Equal(5, byIdentity.Count);
        Assert.Equal(LookupOutcome.NotFound, byIdentity["p4"].Outcome);
        Assert.All(["p1", "p2", "p3", "p5"], p => Assert.Equal(LookupOutcome.Found, byIdentity[p].Outcome));
        Assert.Equal("2401.00001", byIdentity["p5"].Best!.ArxivId);

        // The newest version answers for a versioned link; its publisher DOI is kept and marked as arXiv's claim.
        var tuned = byIdentity["p2"].Best!;
        Assert.Equal((3, "10.5555/ics.2024.0042", true), (tuned.ArxivVersion, tuned.Item.Doi, tuned.DoiFromArxiv));
        Assert.Equal(["van der Berg", "Del Piero", "Wang"], tuned.Item.Author.Select(a => a.Family));
        Assert.Equal(call.Request.Url.ToString(), byIdentity["p1"].RequestUrl);
        Assert.All(lookups, l => Assert.Equal(FakeClock.Start, l.At));
    }

    [Fact]
    public async Task LookupAsync_FiveIdsInBatchesOfTwo_ThreeRequestsEachAskingForItsWholeBatch()
    {
        for (var i = 0; i < 3; i++)
        {
            Respond(200, TestData.Own("arxiv/empty-feed.atom.xml"));
        }

        using var set = Set(new ArxivResolverOptions { BatchSize = 2 });
        var requests = Enumerable.Range(1, 5).Select(i => new LookupRequest($"p{i}", new ArxivId($"2401.0000{i}"), null)).ToList();

        var lookups = await _time.DriveAsync(() => set.Arxiv.LookupAsync(requests, CancellationToken.None));

        Assert.Equal(
            [("2401.00001,2401.00002", "2"), ("2401.00003,2401.00004", "2"), ("2401.00005", "1")],
            _http.CallLog.Select(c => (c.Request.Url.QueryParams.FirstOrDefault("id_list")?.ToString(), c.Request.Url.QueryParams.FirstOrDefault("max_results")?.ToString())));
        Assert.All(lookups, l => Assert.Equal(LookupOutcome.NotFound, l.Outcome));
        var starts = _calls.Select(c => c.At).ToArray();
        Assert.True(starts[1] - starts[0] >= TimeSpan.FromSeconds(3) && starts[2] - starts[1] >= TimeSpan.FromSeconds(3), string.Join(", ", starts));
    }

    [Fact]
    public async Task LookupAsync_ThreeRequests_StartAtZeroThreeAndSixSecondsOnTheInjectedClock()
    {
        for (var i = 0; i < 3; i++)
        {
            Respond(200, TestData.Own("arxiv/empty-feed.atom.xml"));
        }

        using var set = Set(new ArxivResolverOptions { BatchSize = 1 });
        var requests = Enumerable.Range(1, 3).Select(i => new LookupRequest($"p{i}", new ArxivId($"2401.0000{i}"), null)).ToList();

        var running = set.Arxiv.LookupAsync(requests, CancellationToken.None);
        await FakeClock.WaitUntilAsync(() => _calls.Count == 1, "the first request");
        _time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(30);
        Assert.Single(_calls);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await FakeClock.WaitUntilAsync(() => _calls.Count == 2, "the second request");
        _time.Advance(TimeSpan.FromSeconds(3));
        await FakeClock.WaitUntilAsync(() => _calls.Count == 3, "the third request");
        await running;

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6)], _calls.Select(c => c.At));
    }

    [Fact]
    public async Task LookupAsync_MalformedOrForeignIdentifier_IsAnErrorWithoutARequest()
    {
        using var set = Set();
        LookupRequest[] requests = [new("bad", new ArxivId("abc"), null), new("doi", new DoiId("10.1000/xyz"), null), new("none", null, " ")];

        var lookups = await set.Arxiv.LookupAsync(requests, CancellationToken.None);

        Assert.Empty(_http.CallLog);
        Assert.Equal(
            ["malformed arXiv id 'abc'", "not an arXiv identifier: doi:10.1000/xyz", "nothing to look up: no identifier and no title"],
            lookups.Select(l => l.Error));
        Assert.All(lookups, l => Assert.Equal(LookupOutcome.Error, l.Outcome));
        Assert.False(set.Arxiv.CanLookup(requests[1]));
        Assert.False(set.Arxiv.CanLookup(requests[2]));
    }

    [Fact]
    public async Task LookupAsync_IdArxivRejectsWith400_FailsThatIdAndAsksAgainForTheRest()
    {
        Respond(400, TestData.Own("arxiv/id_list-one-rejected-400.atom.xml"));
        Respond(200, TestData.Own("arxiv/id_list-2401.00001.atom.xml"));
        using var set = Set();
        LookupRequest[] requests = [new("bad", new ArxivId("2301.99999"), null), new("good", new ArxivId("2401.00001"), null)];

        var lookups = (await _time.DriveAsync(() => set.Arxiv.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        Assert.Equal(["2301.99999,2401.00001", "2401.00001"], _http.CallLog.Select(c => c.Request.Url.QueryParams.FirstOrDefault("id_list")?.ToString()));
        Assert.Equal((LookupOutcome.Error, "arXiv: incorrect id format for 2301.99999"), (lookups["bad"].Outcome, lookups["bad"].Error));
        Assert.Equal(LookupOutcome.Found, lookups["good"].Outcome);
    }

    [SkippableFact]
    public async Task LookupAsync_RecordedMalformed400_IsAnErrorWithArxivsMessage()
    {
        Respond(400, TestData.Recorded("arxiv", "arxiv-id_list-abc-malformed-400.atom.xml"));
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Arxiv.LookupAsync([new("p", new ArxivId("2401.00001"), null)], CancellationToken.None)));

        Assert.Equal((LookupOutcome.Error, "arXiv: incorrect id format for abc"), (lookup.Outcome, lookup.Error));
        Assert.Single(_http.CallLog);
    }

    [SkippableFact]
    public async Task LookupAsync_RecordedUnknownId_IsNotFound()
    {
        Respond(200, TestData.Recorded("arxiv", "arxiv-id_list-0808.05394-unknown-empty.atom.xml"));
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Arxiv.LookupAsync([new("p", new ArxivId("0808.05394"), null)], CancellationToken.None)));

        Assert.Equal(LookupOutcome.NotFound, lookup.Outcome);
        Assert.Null(lookup.Error);
        Assert.Empty(lookup.Candidates);
    }

    [SkippableFact]
    public async Task LookupAsync_RecordedOldStyleId_IsFoundWithItsJournalRef()
    {
        Respond(200, TestData.Recorded("arxiv", "arxiv-id_list-astro-ph_0601001.atom.xml"));
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Arxiv.LookupAsync([new("p", new ArxivId("astro-ph/0601001"), null)], CancellationToken.None)));

        Assert.Equal("astro-ph/0601001", _http.CallLog[0].Request.Url.QueryParams.FirstOrDefault("id_list"));
        Assert.Contains("id_list=astro-ph%2F0601001", _http.CallLog[0].Request.Url.ToString(), StringComparison.Ordinal);
        Assert.Equal(("astro-ph/0601001", "ActaAstron.56:1-50,2006"), (lookup.Best!.ArxivId, lookup.Best.JournalRef));
    }

    [Fact]
    public async Task LookupAsync_MalformedBodyInOneBatch_OtherBatchesUnaffected()
    {
        Respond(200, "<html><body>Rate exceeded.</body></html>");
        Respond(200, TestData.Own("arxiv/id_list-2401.00001.atom.xml"));
        using var set = Set(new ArxivResolverOptions { BatchSize = 1 });
        LookupRequest[] requests = [new("first", new ArxivId("2402.00002"), null), new("second", new ArxivId("2401.00001"), null)];

        var lookups = (await _time.DriveAsync(() => set.Arxiv.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        Assert.Equal(LookupOutcome.Error, lookups["first"].Outcome);
        Assert.Contains("not an Atom feed", lookups["first"].Error, StringComparison.Ordinal);
        Assert.Equal(LookupOutcome.Found, lookups["second"].Outcome);
    }

    [Fact]
    public async Task LookupAsync_UnreadableEntryInTheFeed_MissingIdIsAnErrorNotNotFound()
    {
        Respond(200, TestData.Own("arxiv/id_list-unreadable-entry.atom.xml"));
        using var set = Set();
        LookupRequest[] requests = [new("known", new ArxivId("2401.00001"), null), new("unclear", new ArxivId("2405.00005"), null)];

        var lookups = (await _time.DriveAsync(() => set.Arxiv.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        Assert.Equal(LookupOutcome.Found, lookups["known"].Outcome);
        Assert.Equal((LookupOutcome.Error, "arXiv: 1 entry(ies) in the response could not be read"), (lookups["unclear"].Outcome, lookups["unclear"].Error));
    }

    [Fact]
    public async Task LookupAsync_HostDownForTheWholeBatch_EveryIdIsAnErrorNamingTheStatus()
    {
        for (var i = 0; i < 4; i++)
        {
            Respond(503, "Service Unavailable");
        }

        using var set = Set();
        LookupRequest[] requests = [new("a", new ArxivId("2401.00001"), null), new("b", new ArxivId("2401.00002"), null)];

        var lookups = await _time.DriveAsync(() => set.Arxiv.LookupAsync(requests, CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.All(lookups, l => Assert.Equal((LookupOutcome.Error, "arxiv: HTTP 503 after 4 attempt(s)"), (l.Outcome, l.Error)));
        Assert.Equal(4, _http.CallLog.Count);
        Assert.Equal((4, 3, 1), (set.Statistics()[0].Requests, set.Statistics()[0].Retries, set.Statistics()[0].Failures));
    }

    [Fact]
    public async Task LookupAsync_DeadHost_CircuitOpensAndLaterBatchesFailWithoutARequest()
    {
        for (var i = 0; i < 10; i++)
        {
            Respond(503, "Service Unavailable");
        }

        var options = new ResolverSetOptions
        {
            Arxiv = new ArxivResolverOptions { BatchSize = 1 },
            AdjustPolicy = p => p with { MaxRetries = 1, CircuitBreaker = p.CircuitBreaker with { MinimumThroughput = 2 } },
        };
        using var set = new ResolverSet(SourceSettings.Default, _time, options);
        var requests = Enumerable.Range(1, 4).Select(i => new LookupRequest($"p{i}", new ArxivId($"2401.0000{i}"), null)).ToList();

        var lookups = await _time.DriveAsync(() => set.Arxiv.LookupAsync(requests, CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.Equal(2, _http.CallLog.Count);
        Assert.Equal("arxiv: HTTP 503 after 2 attempt(s)", lookups[0].Error);
        Assert.All(lookups.Skip(1), l => Assert.Equal((LookupOutcome.Error, "circuit open: host unavailable (arxiv)"), (l.Outcome, l.Error)));
        Assert.True(set.Statistics()[0].CircuitOpened);
    }

    [Fact]
    public async Task LookupAsync_Title_PhraseSearchWithCandidatesInArxivOrder()
    {
        Respond(200, TestData.Own("arxiv/search-ti-spiking-transformer.atom.xml"));
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(
            () => set.Arxiv.LookupAsync([new("t", null, "Membrane Potential Tuning for \"Spiking-Transformers\"")], CancellationToken.None)));

        var url = _http.CallLog.Single().Request.Url;
        Assert.Equal("ti:\"Membrane Potential Tuning for Spiking Transformers\"", url.QueryParams.FirstOrDefault("search_query"));
        Assert.Equal(("0", "5"), (url.QueryParams.FirstOrDefault("start")?.ToString(), url.QueryParams.FirstOrDefault("max_results")?.ToString()));
        Assert.Equal(LookupOutcome.Found, lookup.Outcome);
        Assert.Equal(["2402.00002", "2310.01010"], lookup.Candidates.Select(c => c.ArxivId));
        Assert.All(lookup.Candidates, c => Assert.Null(c.Score));
    }

    [Fact]
    public async Task LookupAsync_TitleWithoutHits_IsNotFound()
    {
        Respond(200, TestData.Own("arxiv/empty-feed.atom.xml"));
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Arxiv.LookupAsync([new("t", null, "No Such Paper")], CancellationToken.None)));

        Assert.Equal(LookupOutcome.NotFound, lookup.Outcome);
    }

    [Fact]
    public async Task SearchAsync_MoreResultsThanAPage_PagesWithStartAndMaxResults()
    {
        Respond(200, Feed(total: 7, "2401.10001", "2401.10002"));
        Respond(200, Feed(total: 7, "2401.10003", "2401.10004"));
        Respond(200, Feed(total: 7, "2401.10005"));
        using var set = Set(new ArxivResolverOptions { PageSize = 2 });

        var result = await _time.DriveAsync(() => set.Arxiv.SearchAsync("ti:\"spikes\"", 5, CancellationToken.None));

        Assert.Equal(
            [("0", "2"), ("2", "2"), ("4", "1")],
            _http.CallLog.Select(c => (c.Request.Url.QueryParams.FirstOrDefault("start")?.ToString(), c.Request.Url.QueryParams.FirstOrDefault("max_results")?.ToString())));
        Assert.Equal(["2401.10001", "2401.10002", "2401.10003", "2401.10004", "2401.10005"], result.Entries.Select(e => e.Id));
        Assert.Equal(7, result.TotalResults);
        Assert.Equal(3, result.RequestUrls.Count);
    }

    [Fact]
    public async Task SearchAsync_FewerResultsThanAsked_StopsAtTheEnd()
    {
        Respond(200, Feed(total: 3, "2401.10001", "2401.10002"));
        Respond(200, Feed(total: 3, "2401.10003"));
        using var set = Set(new ArxivResolverOptions { PageSize = 2 });

        var result = await _time.DriveAsync(() => set.Arxiv.SearchAsync("ti:\"spikes\"", 10, CancellationToken.None));

        Assert.Equal(2, _http.CallLog.Count);
        Assert.Equal(3, result.Entries.Count);
    }

    private static string Feed(int total, params string[] ids)
    {
        var sb = new StringBuilder(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">"
            + $"<opensearch:totalResults>{total}</opensearch:totalResults>");
        foreach (var id in ids)
        {
            sb.Append($"<entry><id>http://arxiv.org/abs/{id}v1</id><title>Paper {id}</title><author><name>A. Author</name></author></entry>");
        }

        return sb.Append("</feed>").ToString();
    }

    private ResolverSet Set(ArxivResolverOptions? options = null) =>
        new(SourceSettings.Default, _time, new ResolverSetOptions { Arxiv = options, Version = "9.9.9" });

    private void Respond(int status, string body) =>
        _http.RespondWith(
            () =>
            {
                _calls.Enqueue((_time.GetUtcNow() - FakeClock.Start, string.Empty));
                return new StringContent(body);
            },
            status);
}
