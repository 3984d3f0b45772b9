using System.Collections.Concurrent;
using Flurl.Http.Testing;
using Microsoft.Extensions.Time.Testing;
using SnnBib.Core.Identifiers;
using SnnBib.Resolvers.Crossref;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;
using SnnBib.Resolvers.Tests.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Crossref;

public sealed class CrossrefResolverTests : IDisposable
{
    private const string Mailto = "me@example.org";

    private readonly HttpTest _http = new();
    private readonly FakeTimeProvider _time = FakeClock.New();
    private readonly ConcurrentQueue<TimeSpan> _calls = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task LookupAsync_ThreeDois_OneFilterRequestMatchedBackByLowerCasedDoi()
    {
        Respond("*", 200, TestData.Own("crossref/filter-two-of-three.work-list.json"));
        using var set = Set(Mailto);
        LookupRequest[] requests =
        [
            new("jsn", new DoiId("10.5555/jsn.2023.7"), null),
            new("ics", new DoiId("10.5555/ICS.2024.0042"), null),
            new("missing", new DoiId("10.5555/missing.1"), null),
            new("ics-again", new DoiId("10.5555/ics.2024.0042"), null),
        ];

        var lookups = (await _time.DriveAsync(() => set.Crossref.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        var call = Assert.Single(_http.CallLog);
        var query = call.Request.Url.QueryParams;
        Assert.Equal("https://api.crossref.org/works", call.Request.Url.ToString().Split('?')[0]);
        Assert.Equal("doi:10.5555/jsn.2023.7,doi:10.5555/ics.2024.0042,doi:10.5555/missing.1", query.FirstOrDefault("filter"));
        Assert.Equal(("3", Mailto), (query.FirstOrDefault("rows")?.ToString(), query.FirstOrDefault("mailto")?.ToString()));
        Assert.Equal(CrossrefQuery.SelectFields, query.FirstOrDefault("select"));
        _http.ShouldHaveMadeACall().WithHeader("User-Agent", $"snnbib/9.9.9 (+https://github.com/snnbib/snnbib; mailto:{Mailto})");

        Assert.Equal(LookupOutcome.NotFound, lookups["missing"].Outcome);
        Assert.Equal("Event Cameras Meet Spiking Networks", lookups["jsn"].Best!.Item.Title);
        Assert.Equal("Proceedings of the Imaginary Conference on Spikes", lookups["ics"].Best!.Item.ContainerTitle);
        Assert.Equal(lookups["ics"].Best, lookups["ics-again"].Best);
        Assert.Null(lookups["jsn"].Best!.Score);
        Assert.Equal("e0142", lookups["jsn"].Best!.Item.Page);
        Assert.DoesNotContain(Mailto, lookups["jsn"].RequestUrl, StringComparison.Ordinal);
        Assert.Contains("mailto=<redacted>", lookups["jsn"].RequestUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupAsync_OneDoi_UsesTheSingleRecordRouteWithTheSlashEscaped()
    {
        Respond("*", 200, TestData.Own("crossref/work-10.5555_jsn.2023.7.json"));
        using var set = Set(Mailto);

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Crossref.LookupAsync([new("jsn", new DoiId("10.5555/jsn.2023.7"), null)], CancellationToken.None)));

        Assert.Equal("https://api.crossref.org/works/10.5555%2Fjsn.2023.7?mailto=me%40example.org", _http.CallLog.Single().Request.Url.ToString());
        Assert.Equal(LookupOutcome.Found, lookup.Outcome);
        Assert.Equal(("7", "2"), (lookup.Best!.Item.Volume, lookup.Best.Item.Issue));
    }

    [SkippableFact]
    public async Task LookupAsync_UnknownDoi_RecordedPlainText404IsNotFound()
    {
        Respond("*", 404, TestData.Recorded("crossref", "crossref-works-404-10.1371_notarealdoi.txt"));
        using var set = Set(Mailto);

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Crossref.LookupAsync([new("x", new DoiId("10.1371/notarealdoi"), null)], CancellationToken.None)));

        Assert.Equal((LookupOutcome.NotFound, (string?)null), (lookup.Outcome, lookup.Error));
        Assert.Single(_http.CallLog);
    }

    [SkippableFact]
    public async Task LookupAsync_Recorded400ValidationFailure_IsAnErrorWithItsMessage()
    {
        Respond("*", 400, TestData.Recorded("crossref", "crossref-400-validation-failure-query-with-doi.json"));
        using var set = Set(Mailto);

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Crossref.LookupAsync([new("x", new DoiId("10.1371/journal.pone.0033693"), null)], CancellationToken.None)));

        Assert.Equal(
            (LookupOutcome.Error, "Crossref: HTTP 400: parameter-not-allowed: This route does not support field query parameters"),
            (lookup.Outcome, lookup.Error));
    }

    [Fact]
    public async Task LookupAsync_FilterRefusedWith400_AsksOneByOneSoOnlyTheBadDoiFails()
    {
        Respond("*filter=*", 400, TestData.Own("crossref/filter-validation-failure-400.json"));
        Respond("*/works/10.5555%2Fjsn.2023.7*", 200, TestData.Own("crossref/work-10.5555_jsn.2023.7.json"));
        Respond("*/works/not%20a%20doi*", 400, TestData.Own("crossref/filter-validation-failure-400.json"));
        using var set = Set(Mailto);
        LookupRequest[] requests = [new("good", new DoiId("10.5555/jsn.2023.7"), null), new("bad", new DoiId("not a doi"), null)];

        var lookups = (await _time.DriveAsync(() => set.Crossref.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        Assert.Equal(3, _http.CallLog.Count);
        Assert.Equal(LookupOutcome.Found, lookups["good"].Outcome);
        Assert.Equal("Crossref: HTTP 400: invalid-filter-value: Filter doi must be a valid DOI", lookups["bad"].Error);
    }

    [Fact]
    public async Task LookupAsync_MalformedFilterBody_FailsThatBatchOnly()
    {
        Respond("*filter=*", 200, "<html>Gateway hiccup</html>");
        Respond("*/works/10.9999%2Fcomma%2Cdoi*", 200, TestData.Own("crossref/work-10.5555_jsn.2023.7.json"));
        using var set = Set(Mailto);
        LookupRequest[] requests =
        [
            new("a", new DoiId("10.5555/a"), null),
            new("b", new DoiId("10.5555/b"), null),
            new("comma", new DoiId("10.9999/comma,doi"), null),
        ];

        var lookups = (await _time.DriveAsync(() => set.Crossref.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        Assert.StartsWith("Crossref response is not JSON", lookups["a"].Error, StringComparison.Ordinal);
        Assert.Equal(LookupOutcome.Error, lookups["b"].Outcome);

        // A DOI with a comma cannot join a filter; it went alone and was answered.
        Assert.Equal(LookupOutcome.Found, lookups["comma"].Outcome);
        Assert.Equal(2, _http.CallLog.Count);
    }

    [Fact]
    public async Task LookupAsync_ArxivDataCiteDoi_IsNeverSentToCrossref()
    {
        using var set = Set(Mailto);
        var request = new LookupRequest("arxiv", new DoiId("10.48550/arxiv.2312.07559"), null);

        var lookup = Assert.Single(await set.Crossref.LookupAsync([request], CancellationToken.None));

        Assert.False(set.Crossref.CanLookup(request));
        Assert.True(set.Arxiv.CanLookup(request));
        Assert.Equal((LookupOutcome.Error, "arXiv DataCite DOIs are not in Crossref; ask arXiv"), (lookup.Outcome, lookup.Error));
        Assert.Empty(_http.CallLog);
    }

    [Fact]
    public async Task LookupAsync_Title_BibliographicQueryWithScoredCandidates()
    {
        Respond("*", 200, TestData.Own("crossref/query-bibliographic-spiking.work-list.json"));
        using var set = Set(Mailto);

        var lookup = Assert.Single(await _time.DriveAsync(
            () => set.Crossref.LookupAsync([new("t", null, "Membrane Potential Tuning for {Spiking} Transformers")], CancellationToken.None)));

        var query = _http.CallLog.Single().Request.Url.QueryParams;
        Assert.Equal("Membrane Potential Tuning for Spiking Transformers", query.FirstOrDefault("query.bibliographic"));
        Assert.Equal(("5", Mailto), (query.FirstOrDefault("rows")?.ToString(), query.FirstOrDefault("mailto")?.ToString()));
        Assert.Equal(LookupOutcome.Found, lookup.Outcome);
        Assert.Equal([61.2, 40.5], lookup.Candidates.Select(c => c.Score ?? 0));
        Assert.Equal(["10.5555/ics.2024.0042", "10.5555/decoy.2022.1"], lookup.Candidates.Select(c => c.Item.Doi));
        Assert.Equal("article", lookup.Candidates[1].Item.Type);
    }

    [SkippableFact]
    public async Task LookupAsync_TitleWithoutHits_RecordedEmptyListIsNotFound()
    {
        Respond("*", 200, TestData.Recorded("crossref", "crossref-works-query.title-nonsense-rows1.work-list.json"));
        using var set = Set(Mailto);

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Crossref.LookupAsync([new("t", null, "askldjrq3rjaw938h")], CancellationToken.None)));

        Assert.Equal(LookupOutcome.NotFound, lookup.Outcome);
    }

    [Fact]
    public async Task LookupAsync_NoMailto_PublicPoolPacesListsOnePerSecondAndSendsNoMailto()
    {
        Respond("*", 200, TestData.Own("crossref/query-bibliographic-spiking.work-list.json"));
        Respond("*", 200, TestData.Own("crossref/query-bibliographic-spiking.work-list.json"));
        using var set = Set(mailto: null);

        await _time.DriveAsync(
            () => set.Crossref.LookupAsync([new("a", null, "First Title"), new("b", null, "Second Title")], CancellationToken.None),
            TimeSpan.FromMilliseconds(100));

        Assert.All(_http.CallLog, c => Assert.Null(c.Request.Url.QueryParams.FirstOrDefault("mailto")));
        _http.ShouldHaveMadeACall().WithHeader("User-Agent", "snnbib/9.9.9 (+https://github.com/snnbib/snnbib)");
        var starts = _calls.Order().ToArray();
        Assert.True(starts[1] - starts[0] >= TimeSpan.FromSeconds(1), string.Join(", ", starts));
    }

    [Fact]
    public async Task LookupAsync_429WithRetryAfterThen200_IsFoundAfterTheWait()
    {
        Respond("*", 429, "<html>429 Too Many Requests</html>", new { Retry_After = "2" });
        Respond("*", 200, TestData.Own("crossref/query-bibliographic-spiking.work-list.json"));
        using var set = Set(Mailto);

        var lookup = Assert.Single(await _time.DriveAsync(() => set.Crossref.LookupAsync([new("t", null, "Membrane Potential Tuning")], CancellationToken.None)));

        Assert.Equal(LookupOutcome.Found, lookup.Outcome);
        Assert.True(_calls.ToArray()[1] >= TimeSpan.FromSeconds(2));
        var crossref = set.Statistics().Single(s => s.Host == HostPolicies.CrossrefName);
        Assert.Equal((2, 1, 0), (crossref.Requests, crossref.Retries, crossref.Failures));
    }

    private ResolverSet Set(string? mailto) =>
        new(SourceSettings.Default with { Mailto = mailto }, _time, new ResolverSetOptions { Version = "9.9.9" });

    private void Respond(string pattern, int status, string body, object? headers = null)
    {
        var content = () =>
        {
            _calls.Enqueue(_time.GetUtcNow() - FakeClock.Start);
            return (HttpContent)new StringContent(body);
        };
        if (pattern == "*")
        {
            _http.RespondWith(content, status, headers);
        }
        else
        {
            _http.ForCallsTo(pattern).RespondWith(content, status, headers);
        }
    }
}
