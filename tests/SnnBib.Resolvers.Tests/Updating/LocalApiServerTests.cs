using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Resolvers.Tests.Updating;

public sealed class LocalApiServerTests : IAsyncLifetime, IDisposable
{
    private const string Atom = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>empty</title></feed>";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private LocalApiServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public void StartAsync_BindsLoopbackOnAFreePort()
    {
        var url = new Uri(_server.BaseUrl);
        Assert.Equal("127.0.0.1", url.Host);
        Assert.NotEqual(0, url.Port);
        Assert.Equal(_server.BaseUrl + "/api/query?x=1", _server.Url("api/query?x=1"));
    }

    [Fact]
    public async Task Get_ScriptedRoute_AnswersStatusBodyTypeAndHeaders()
    {
        _server.Get("/api/query").Reply(200, Atom, "application/atom+xml; charset=utf-8", new Dictionary<string, string> { ["X-Test"] = "yes" });

        using var response = await _http.GetAsync(_server.Url("/api/query?id_list=2401.00001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("yes", response.Headers.GetValues("X-Test").Single());
        Assert.Equal(Atom, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Route_QueryPredicate_PicksTheRouteInOrderAdded()
    {
        var batch = _server.Get("/api/query", r => r.QueryValue("id_list")?.Contains(',', StringComparison.Ordinal) == true, "batch").Reply(200, "batch");
        var single = _server.Get("/api/query", name: "single").Reply(200, "single");

        Assert.Equal("batch", await _http.GetStringAsync(_server.Url("/api/query?id_list=2401.00001%2C2401.00002")));
        Assert.Equal("single", await _http.GetStringAsync(_server.Url("/api/query?id_list=2401.00001")));
        Assert.Equal((1, 1), (batch.Hits, single.Hits));
        Assert.Equal("2401.00001,2401.00002", _server.Requests[0].QueryValue("id_list"));
        Assert.Equal("?id_list=2401.00001%2C2401.00002", _server.Requests[0].QueryString);
        Assert.Equal(["batch", "single"], _server.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task Reply_Sequence_AnsweredInOrderThenTheLastRepeats()
    {
        _server.Get("/works")
            .Reply(429, "Too many", headers: new Dictionary<string, string> { ["Retry-After"] = "2" })
            .Reply(503, "busy")
            .ReplyJson("{\"status\":\"ok\"}");

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await _http.GetAsync(_server.Url("/works?filter=doi:10.1000/x"));
            statuses.Add((int)response.StatusCode);
            if (i == 0)
            {
                Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter!.Delta);
            }
        }

        Assert.Equal([429, 503, 200, 200], statuses);
        Assert.Equal([429, 503, 200, 200], _server.RequestsTo("/works").Select(r => r.Status));
    }

    [Fact]
    public async Task Reply_Delay_HoldsTheAnswerAndTripsAClientTimeout()
    {
        _server.Get("/slow").Reply(200, "late", delay: TimeSpan.FromMilliseconds(1500));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.GetStringAsync(_server.Url("/slow")));
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(1400), clock.Elapsed.ToString());

        clock.Restart();
        Assert.Equal("late", await _http.GetStringAsync(_server.Url("/slow")));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(1400), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task Unscripted_Request_404NamingItAndLogged()
    {
        using var response = await _http.GetAsync(_server.Url("/nowhere?q=1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no scripted route for GET /nowhere?q=1", await response.Content.ReadAsStringAsync());
        var logged = Assert.Single(_server.Requests);
        Assert.Equal(("GET", "/nowhere", 404, (string?)null), (logged.Method, logged.Path, logged.Status, logged.Route));
    }

    [Fact]
    public async Task Post_BodyAndHeadersLogged()
    {
        _server.Post("/notes/search", r => r.Body?.Contains("\"ids\"", StringComparison.Ordinal) == true).ReplyJson("{\"notes\":[],\"count\":0}");
        using var content = new StringContent("{\"ids\":[\"OrOne00001\"]}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Url("/notes/search")) { Content = content };
        request.Headers.UserAgent.ParseAdd("snnbib/0.1.0");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logged = Assert.Single(_server.Requests);
        Assert.Equal("POST", logged.Method);
        Assert.Equal("{\"ids\":[\"OrOne00001\"]}", logged.Body);
        Assert.Equal("snnbib/0.1.0", logged.Headers["user-agent"]);
    }

    [Fact]
    public async Task Requests_ConcurrentCallsAllLoggedWithTimes()
    {
        _server.Get("/works").Reply(200, "ok");
        var before = DateTimeOffset.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => _http.GetStringAsync(_server.Url($"/works?n={i}"))));

        Assert.Equal(20, _server.Requests.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), _server.Requests.Select(r => r.QueryValue("n")!).Order());
        Assert.All(_server.Requests, r => Assert.InRange(r.At, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1)));
    }

    [Fact]
    public async Task StartAsync_InjectedClock_StampsRequests()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var server = await LocalApiServer.StartAsync(time);
        server.Get("/x").Reply(204);

        using var response = await _http.GetAsync(server.Url("/x"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(time.GetUtcNow(), Assert.Single(server.Requests).At);
    }
}
