using System.Collections.Concurrent;
using Flurl.Http.Testing;
using Microsoft.Extensions.Time.Testing;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;
using SnnBib.Resolvers.Tests.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.OpenReview;

public sealed class OpenReviewResolverTests : IDisposable
{
    private const string Api2 = "http://127.0.0.1:8082/or2";
    private const string Api1 = "http://127.0.0.1:8081/or1";

    private readonly HttpTest _http = new();
    private readonly FakeTimeProvider _time = FakeClock.New();
    private readonly ConcurrentQueue<TimeSpan> _calls = new();
    private readonly Dictionary<string, FilteredHttpTestSetup> _setups = [];

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task LookupAsync_ThreeIds_OneApi2BatchDecidingAcceptanceFromVenueId()
    {
        Respond($"{Api2}/notes/search", 200, "openreview/api2-notes-three.json");
        using var set = Set();
        LookupRequest[] requests =
        [
            new("accepted", new OpenReviewId("Sp1kE_Tr4n"), null),
            new("rejected", new OpenReviewId("xYz-RejSub1"), null),
            new("withdrawn", new OpenReviewId("Wdrw4lN0te0"), null),
        ];

        var lookups = (await _time.DriveAsync(() => set.OpenReview.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        _http.ShouldHaveCalled($"{Api2}/notes/search").WithVerb(HttpMethod.Post)
            .WithRequestBody("{\"ids\":[\"Sp1kE_Tr4n\",\"xYz-RejSub1\",\"Wdrw4lN0te0\"]}").Times(1);
        Assert.Single(_http.CallLog);

        var accepted = lookups["accepted"].Best!;
        Assert.Equal((true, CslItemType.PaperConference), (accepted.Accepted, accepted.Item.Type));
        Assert.Equal("The Twelfth International Conference on Learning Representations", accepted.Item.ContainerTitle);
        Assert.Equal(new CslDate(2024), accepted.Item.Issued);

        // A rejected or withdrawn submission must never look like an ICLR paper.
        foreach (var key in (string[])["rejected", "withdrawn"])
        {
            var record = lookups[key].Best!;
            Assert.Equal((false, CslItemType.Article, (string?)null, "OpenReview"), (record.Accepted, record.Item.Type, record.Item.ContainerTitle, record.Item.Publisher));
        }
    }

    [Fact]
    public async Task LookupAsync_IdUnknownOnApi2_IsAskedOfApi1()
    {
        Respond($"{Api2}/notes/search", 200, "openreview/api2-notes-three.json");
        Respond($"{Api1}/notes?id=0ldIclr_23x", 200, "openreview/api1-note-iclr2023.json");
        using var set = Set();
        LookupRequest[] requests = [new("new", new OpenReviewId("Sp1kE_Tr4n"), null), new("old", new OpenReviewId("0ldIclr_23x"), null)];

        var lookups = (await _time.DriveAsync(() => set.OpenReview.LookupAsync(requests, CancellationToken.None))).ToDictionary(l => l.Identity);

        Assert.Equal([$"{Api2}/notes/search", $"{Api1}/notes?id=0ldIclr_23x"], _http.CallLog.Select(c => c.Request.Url.ToString()));
        var old = lookups["old"].Best!;
        Assert.Equal((true, "ICLR 2023 notable top 25%"), (old.Accepted, old.Venue));
        Assert.Equal("The Eleventh International Conference on Learning Representations", old.Item.ContainerTitle);
        Assert.Equal(["de Vries", "Rossi"], old.Item.Author.Select(a => a.Family));
        Assert.Equal($"{Api1}/notes?id=0ldIclr_23x", lookups["old"].RequestUrl);
        Assert.Equal(LookupOutcome.Found, lookups["new"].Outcome);
    }

    [Fact]
    public async Task LookupAsync_BatchFailsWithNotFoundError_AsksIdByIdThenApi1()
    {
        Respond($"{Api2}/notes/search", 404, "openreview/error-not-found-404.json");
        Respond($"{Api2}/notes?id=Sp1kE_Tr4n", 200, "openreview/api2-notes-three.json");
        Respond($"{Api2}/notes?id=n0tAnId000", 404, "openreview/error-not-found-404.json");
        Respond($"{Api1}/notes?id=n0tAnId000", 200, "openreview/api2-empty.json");
        using var set = Set();
        LookupRequest[] requests = [new("known", new OpenReviewId("Sp1kE_Tr4n"), null), new("unknown", new OpenReviewId("n0tAnId000"), null)];

        var lookups = (await _time.DriveAsync(() => set.OpenReview.LookupAsync(requests, CancellationToken.None), TimeSpan.FromSeconds(1)))
            .ToDictionary(l => l.Identity);

        Assert.Equal(4, _http.CallLog.Count);
        Assert.Equal(LookupOutcome.Found, lookups["known"].Outcome);
        Assert.Equal((LookupOutcome.NotFound, (string?)null), (lookups["unknown"].Outcome, lookups["unknown"].Error));

        // OpenReview guests are paced one request per 3 s (20 per minute).
        var starts = _calls.ToArray();
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(3), string.Join(", ", starts)));
    }

    [Fact]
    public async Task LookupAsync_ReplyNoteId_IsAnErrorNotAPaper()
    {
        Respond($"{Api2}/notes?id=r3plyN0te99", 200, "openreview/api2-reply-note.json");
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.OpenReview.LookupAsync([new("r", new OpenReviewId("r3plyN0te99"), null)], CancellationToken.None)));

        Assert.Equal((LookupOutcome.Error, "OpenReview note r3plyN0te99 is a reply in forum Sp1kE_Tr4n, not a submission"), (lookup.Outcome, lookup.Error));
    }

    [Fact]
    public async Task LookupAsync_RateLimitedWithResetTime_WaitsThenSucceeds()
    {
        Respond($"{Api2}/notes?id=Sp1kE_Tr4n", 429, "openreview/error-rate-limit-429.json");
        Respond($"{Api2}/notes?id=Sp1kE_Tr4n", 200, "openreview/api2-notes-three.json");
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.OpenReview.LookupAsync([new("p", new OpenReviewId("Sp1kE_Tr4n"), null)], CancellationToken.None)));

        Assert.Equal(LookupOutcome.Found, lookup.Outcome);
        Assert.InRange(_calls.ToArray()[1], TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(16));
    }

    [Fact]
    public async Task LookupAsync_Api2Down_IsAnErrorAndApi1IsNotAsked()
    {
        for (var i = 0; i < 5; i++)
        {
            _http.ForCallsTo($"{Api2}/*").RespondWith("{\"name\":\"InternalServerError\",\"message\":\"boom\",\"status\":500}", 500);
        }

        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.OpenReview.LookupAsync([new("p", new OpenReviewId("Sp1kE_Tr4n"), null)], CancellationToken.None), TimeSpan.FromSeconds(2)));

        Assert.Equal((LookupOutcome.Error, "openreview: HTTP 500 after 5 attempt(s)"), (lookup.Outcome, lookup.Error));
        _http.ShouldNotHaveCalled($"{Api1}/*");
    }

    [Fact]
    public async Task LookupAsync_MalformedBody_IsAnError()
    {
        _http.ForCallsTo($"{Api2}/notes?id=Sp1kE_Tr4n").RespondWith("<html>maintenance</html>", 200);
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(() => set.OpenReview.LookupAsync([new("p", new OpenReviewId("Sp1kE_Tr4n"), null)], CancellationToken.None)));

        Assert.Equal(LookupOutcome.Error, lookup.Outcome);
        Assert.StartsWith("openreview: OpenReview response is not JSON", lookup.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupAsync_Title_SearchesApi2SubmissionsAndSkipsReplies()
    {
        Respond($"{Api2}/notes/search?*", 200, "openreview/api2-search-title.json");
        using var set = Set();

        var lookup = Assert.Single(await _time.DriveAsync(
            () => set.OpenReview.LookupAsync([new("t", null, "Spiking Transformers: Need Fewer Time-Steps?")], CancellationToken.None)));

        var query = _http.CallLog.Single().Request.Url.QueryParams;
        Assert.Equal(
            ("Spiking Transformers Need Fewer Time Steps", "terms", "title", "forum", "5"),
            (query.FirstOrDefault("term")?.ToString(), query.FirstOrDefault("type")?.ToString(), query.FirstOrDefault("content")?.ToString(),
             query.FirstOrDefault("source")?.ToString(), query.FirstOrDefault("limit")?.ToString()));
        Assert.Equal(["Sp1kE_Tr4n", "Dec0yTr4ns"], lookup.Candidates.Select(c => c.OpenReviewId));
        Assert.Equal([true, false], lookup.Candidates.Select(c => c.Accepted));
    }

    [Fact]
    public async Task LookupAsync_OtherIdentifiers_AreRefusedWithoutARequest()
    {
        using var set = Set();
        var request = new LookupRequest("a", new ArxivId("2401.00001"), null);

        var lookup = Assert.Single(await set.OpenReview.LookupAsync([request], CancellationToken.None));

        Assert.False(set.OpenReview.CanLookup(request));
        Assert.Equal(LookupOutcome.Error, lookup.Outcome);
        Assert.Empty(_http.CallLog);
    }

    private ResolverSet Set()
    {
        // Base URLs come from the environment variables' names, as the CLI will pass them.
        var env = new Dictionary<string, string>
        {
            [SourceSettings.OpenReviewUrlVariable] = Api2,
            [SourceSettings.OpenReviewV1UrlVariable] = Api1,
        };
        var settings = SourceSettings.Resolve(null, name => env.GetValueOrDefault(name));
        return new ResolverSet(settings, _time);
    }

    // One filtered setup per URL, so several answers to the same URL queue up in order.
    private void Respond(string url, int status, string dataFile)
    {
        if (!_setups.TryGetValue(url, out var setup))
        {
            _setups[url] = setup = _http.ForCallsTo(url);
        }

        setup.RespondWith(
            () =>
            {
                _calls.Enqueue(_time.GetUtcNow() - FakeClock.Start);
                return new StringContent(TestData.Own(dataFile));
            },
            status);
    }
}
