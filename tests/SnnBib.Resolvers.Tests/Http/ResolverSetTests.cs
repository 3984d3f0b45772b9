using System.Text.RegularExpressions;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;
using SnnBib.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SnnBib.Resolvers.Tests.Http;

/// <summary>The three resolvers built from settings, run over real HTTP against a local server on 127.0.0.1.</summary>
public sealed partial class ResolverSetTests(ITestOutputHelper output)
{
    // Pacing and time limits are real here; the local server answers at once, so only pacing would cost time.
    private static readonly ResolverSetOptions FastLocal = new()
    {
        Version = "9.9.9",
        AdjustPolicy = p => p with { MinInterval = TimeSpan.Zero, ListBudget = null, BaseDelay = TimeSpan.FromMilliseconds(5) },
    };

    [Fact]
    public void ResolverSet_ExposesTheThreeSourcesAndOneStatisticsRowPerHost()
    {
        using var set = new ResolverSet(SourceSettings.Default with { Mailto = "me@example.org" }, TimeProvider.System);

        Assert.Equal([SourceName.Arxiv, SourceName.OpenReview, SourceName.Crossref], set.Resolvers.Select(r => r.Source));
        Assert.Same(set.Crossref, set.For(SourceName.Crossref));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.For(SourceName.List));
        Assert.Equal(["arxiv", "openreview", "openreview-v1", "crossref"], set.Statistics().Select(s => s.Host));
        Assert.All(set.Statistics(), s => Assert.Equal(0, s.Requests));
    }

    [Fact]
    public async Task LookupAsync_EveryIdentifierKindOverRealHttp_ReachesTheServerThroughTheBaseUrls()
    {
        await using var server = await LocalSourceServer.StartAsync();
        server.FailFirst = 2;
        using var set = new ResolverSet(Settings(server, "me@example.org"), TimeProvider.System, FastLocal);

        var arxiv = await set.Arxiv.LookupAsync([new("a1", new ArxivId("2401.00001"), null), new("a2", new ArxivId("astro-ph/0601001"), null), new("a3", new ArxivId("2401.99999"), null)], CancellationToken.None);
        var crossref = await set.Crossref.LookupAsync([new("c1", new DoiId("10.5555/jsn.2023.7"), null), new("c2", new DoiId("10.5555/missing.1"), null)], CancellationToken.None);
        var single = await set.Crossref.LookupAsync([new("c3", new DoiId("10.5555/x(y)#z"), null)], CancellationToken.None);
        var openReview = await set.OpenReview.LookupAsync([new("o1", new OpenReviewId("Sp1kE_Tr4n"), null), new("o2", new OpenReviewId("v1OldNote"), null)], CancellationToken.None);

        Assert.All(arxiv.Take(2).Concat(crossref.Take(1)).Concat(single).Concat(openReview), l => Assert.Equal(LookupOutcome.Found, l.Outcome));
        Assert.Equal("Local work 10.5555/x(y)#z", single[0].Best!.Item.Title);
        Assert.Equal("astro-ph/0601001", arxiv[1].Best!.ArxivId);
        Assert.Equal((LookupOutcome.NotFound, LookupOutcome.NotFound), (arxiv[2].Outcome, crossref[1].Outcome));
        Assert.Equal(("ICLR 2023 poster", true), (openReview[1].Best!.Venue, openReview[1].Best!.Accepted));

        var requests = server.Requests.ToArray();
        Assert.StartsWith("GET /arxiv/api/query?id_list=2401.00001%2Castro-ph%2F0601001", requests[0], StringComparison.Ordinal);
        Assert.Contains(requests, r => r.StartsWith("GET /crossref/works?filter=doi%3A10.5555%2Fjsn.2023.7%2Cdoi%3A10.5555%2Fmissing.1", StringComparison.Ordinal) && r.Contains("mailto=me%40example.org", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.StartsWith("GET /crossref/works/10.5555%2Fx(y)%23z?mailto=", StringComparison.Ordinal));
        Assert.Contains("POST /or2/notes/search", requests);
        Assert.Contains("GET /or1/notes?id=v1OldNote", requests);
        Assert.All(server.UserAgents, ua => Assert.Equal("snnbib/9.9.9 (+https://github.com/snnbib/snnbib; mailto:me@example.org)", ua));

        // The first two requests got 503 and were retried.
        var arxivStats = set.Statistics().Single(s => s.Host == "arxiv");
        Assert.Equal((3, 2, 0), (arxivStats.Requests, arxivStats.Retries, arxivStats.Failures));
    }

    [SkippableFact]
    public async Task LookupAsync_SeedListIdentifiers_CostAHandfulOfRequests()
    {
        var list = SharedFolder.ReadText("lists", "awesome-snn-2024-05.md");
        var arxivIds = ArxivLink().Matches(list).Select(m => m.Groups[1].Value).Distinct().ToList();
        var openReviewIds = OpenReviewLink().Matches(list).Select(m => m.Groups[1].Value).Distinct().ToList();
        var dois = DoiInLink().Matches(list).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();
        await using var server = await LocalSourceServer.StartAsync();
        using var set = new ResolverSet(Settings(server, "me@example.org"), TimeProvider.System, FastLocal);

        var lookups = new List<SourceLookup>();
        lookups.AddRange(await set.Arxiv.LookupAsync(arxivIds.Select(id => new LookupRequest("arxiv:" + id, new ArxivId(id), null)).ToList(), CancellationToken.None));
        lookups.AddRange(await set.OpenReview.LookupAsync(openReviewIds.Select(id => new LookupRequest("or:" + id, new OpenReviewId(id), null)).ToList(), CancellationToken.None));
        lookups.AddRange(await set.Crossref.LookupAsync(dois.Select(d => new LookupRequest("doi:" + d, new DoiId(d), null)).ToList(), CancellationToken.None));

        var papers = arxivIds.Count + openReviewIds.Count + dois.Count;
        var requests = set.Statistics().Sum(s => s.Requests);
        output.WriteLine($"seed list: {arxivIds.Count} arXiv ids, {openReviewIds.Count} OpenReview ids, {dois.Count} DOIs → {requests} requests ({(double)requests / papers:0.000} per identifier)");
        foreach (var s in set.Statistics())
        {
            output.WriteLine($"  {s.Host}: {s.Requests} requests, slowest {s.SlowestLatency.TotalMilliseconds:0} ms");
        }

        Assert.All(lookups, l => Assert.Equal(LookupOutcome.Found, l.Outcome));
        Assert.Equal(papers, lookups.Count);
        Assert.Equal((int)Math.Ceiling(arxivIds.Count / 50.0), set.Statistics().Single(s => s.Host == "arxiv").Requests);
        Assert.Equal((int)Math.Ceiling(openReviewIds.Count / 25.0), set.Statistics().Single(s => s.Host == "openreview").Requests);
        Assert.Equal(dois.Count switch { 0 => 0, _ => 1 }, set.Statistics().Single(s => s.Host == "crossref").Requests);
    }

    private static SourceSettings Settings(LocalSourceServer server, string? mailto)
    {
        var env = new Dictionary<string, string>
        {
            [SourceSettings.ArxivUrlVariable] = server.BaseUrl + "/arxiv",
            [SourceSettings.CrossrefUrlVariable] = server.BaseUrl + "/crossref",
            [SourceSettings.OpenReviewUrlVariable] = server.BaseUrl + "/or2",
            [SourceSettings.OpenReviewV1UrlVariable] = server.BaseUrl + "/or1",
        };
        return SourceSettings.Resolve(new SourceSettingsOverrides(Mailto: mailto), name => env.GetValueOrDefault(name));
    }

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})")]
    private static partial Regex ArxivLink();

    [GeneratedRegex(@"openreview\.net/(?:forum|pdf)\?id=([A-Za-z0-9_-]+)")]
    private static partial Regex OpenReviewLink();

    [GeneratedRegex(@"(?:doi\.org/|/doi/|/articles/)(10\.\d{4,9}/[^\s)/?#]+)")]
    private static partial Regex DoiInLink();
}
