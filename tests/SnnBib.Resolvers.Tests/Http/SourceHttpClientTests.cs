using System.Collections.Concurrent;
using System.Net;
using Flurl.Http;
using Flurl.Http.Testing;
using Microsoft.Extensions.Time.Testing;
using SnnBib.Resolvers.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Http;

public sealed class SourceHttpClientTests : IDisposable
{
    private const string Mailto = "me@example.org";
    private const string Url = "https://api.crossref.org/works?rows=2&mailto=me%40example.org";

    private readonly HttpTest _http = new();
    private readonly FakeTimeProvider _time = FakeClock.New();
    private readonly ConcurrentQueue<TimeSpan> _calls = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task GetAsync_Ok_SendsUserAgentWithMailtoAndReturnsTheBody()
    {
        _http.RespondWith("{\"status\":\"ok\"}", 200, new { Content_Type = "application/json" });
        using var client = Client(HostPolicies.CrossrefPolite);

        var response = await client.GetAsync(Url, RequestKind.Single, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"status\":\"ok\"}", response.Body);
        Assert.Equal("https://api.crossref.org/works?rows=2&mailto=<redacted>", response.RequestUrl);
        _http.ShouldHaveCalled("https://api.crossref.org/works*")
            .WithHeader("User-Agent", "snnbib/9.9.9 (+https://github.com/snnbib/snnbib; mailto:me@example.org)")
            .Times(1);
    }

    [Fact]
    public async Task GetAsync_429WithRetryAfterSeconds_WaitsAtLeastThatLongThenSucceeds()
    {
        Respond(429, "Too Many Requests", new { Retry_After = "7" });
        Respond(200, "fine");
        using var client = Client(HostPolicies.CrossrefPolite);

        var response = await _time.DriveAsync(() => client.GetAsync(Url, RequestKind.Single, CancellationToken.None));

        Assert.Equal("fine", response.Body);
        var calls = _calls.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.Equal(TimeSpan.Zero, calls[0]);
        Assert.InRange(calls[1], TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(17));
        var stats = client.Statistics.Snapshot();
        Assert.Equal((2, 1, 0), (stats.Requests, stats.Retries, stats.Failures));
    }

    [Fact]
    public async Task GetAsync_429WithHttpDateRetryAfter_WaitsUntilThatDate()
    {
        var until = FakeClock.Start.AddSeconds(20).ToString("r");
        Respond(429, string.Empty, new { Retry_After = until });
        Respond(200, "fine");
        using var client = Client(HostPolicies.Arxiv);

        await _time.DriveAsync(() => client.GetAsync("https://export.arxiv.org/api/query?id_list=1", RequestKind.List, CancellationToken.None));

        Assert.InRange(_calls.ToArray()[1], TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task GetAsync_503Burst_BacksOffExponentiallyThenSucceeds()
    {
        Respond(503, "busy");
        Respond(503, "busy");
        Respond(503, "busy");
        Respond(200, "fine");
        using var client = Client(HostPolicies.CrossrefPolite);

        var response = await _time.DriveAsync(() => client.GetAsync(Url, RequestKind.Single, CancellationToken.None), TimeSpan.FromMilliseconds(50));

        Assert.Equal("fine", response.Body);
        Assert.Equal(4, _calls.Count);
        var stats = client.Statistics.Snapshot();
        Assert.Equal((4, 3, 0), (stats.Requests, stats.Retries, stats.Failures));

        // Back-off with jitter around 1 s, 2 s, 4 s: the waits are not constant and the whole burst takes seconds.
        var calls = _calls.ToArray();
        Assert.True(calls[3] > TimeSpan.FromSeconds(2), $"retries came too fast: {string.Join(", ", calls)}");
    }

    [Fact]
    public async Task GetAsync_503Forever_GivesUpAfterMaxRetriesWithOneLineError()
    {
        for (var i = 0; i < 5; i++)
        {
            Respond(503, "<html>busy\n</html>");
        }

        using var client = Client(HostPolicies.CrossrefPolite);

        var ex = await Assert.ThrowsAsync<SourceHttpException>(
            () => _time.DriveAsync(() => client.GetAsync(Url, RequestKind.Single, CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.Equal("crossref: HTTP 503 after 5 attempt(s)", ex.Message);
        Assert.Equal(503, ex.StatusCode);
        Assert.DoesNotContain(Mailto, ex.RequestUrl, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, _calls.Count);
        Assert.Equal(1, client.Statistics.Snapshot().Failures);
    }

    [Fact]
    public async Task GetAsync_Timeout_IsRetried()
    {
        _http.SimulateTimeout();
        Respond(200, "fine");
        using var client = Client(HostPolicies.CrossrefPolite);

        var response = await _time.DriveAsync(() => client.GetAsync(Url, RequestKind.Single, CancellationToken.None));

        Assert.Equal("fine", response.Body);
        Assert.Equal(2, _http.CallLog.Count);
    }

    [Fact]
    public async Task GetAsync_ServerNeverAnswers_PerAttemptTimeoutOnTheInjectedClockThenRetry()
    {
        // A real handler behind Flurl (HttpTest lets these calls through): the first request hangs until cancelled.
        _http.ForCallsTo("https://slow.example/*").AllowRealHttp();
        using var handler = new HangOnceHandler(_time);
        var policy = HostPolicies.CrossrefPolite;
        using var client = new SourceHttpClient(policy, new FlurlClient(new HttpClient(handler)), _time, "ua", ownsClient: true);

        var response = await _time.DriveAsync(() => client.GetAsync("https://slow.example/works", RequestKind.Single, CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.Equal("fine", response.Body);
        Assert.Equal(2, handler.Starts.Count);

        // The retry started only after the 20 s attempt timeout had run out on the fake clock.
        Assert.True(handler.Starts[1] >= policy.AttemptTimeout, $"second attempt at {handler.Starts[1]}");
        Assert.Equal(1, client.Statistics.Snapshot().Retries);
    }

    [Fact]
    public async Task GetAsync_ConnectionReset_IsRetried()
    {
        _http.SimulateException(new HttpRequestException("Connection reset by peer", new IOException("reset")));
        Respond(200, "fine");
        using var client = Client(HostPolicies.OpenReview);

        var response = await _time.DriveAsync(() => client.GetAsync("https://api2.openreview.net/notes?id=x", RequestKind.Single, CancellationToken.None));

        Assert.Equal("fine", response.Body);
        Assert.Equal(1, client.Statistics.Snapshot().Retries);
    }

    [Fact]
    public async Task GetAsync_ConnectionRefusedEveryTime_ErrorNamesHostAndIsRedacted()
    {
        for (var i = 0; i < 5; i++)
        {
            _http.SimulateException(new HttpRequestException($"Connection refused ({Mailto})"));
        }

        using var client = Client(HostPolicies.CrossrefPolite);

        var ex = await Assert.ThrowsAsync<SourceHttpException>(
            () => _time.DriveAsync(() => client.GetAsync(Url, RequestKind.Single, CancellationToken.None), TimeSpan.FromSeconds(1)));

        Assert.StartsWith("crossref: connection failed after 5 attempt(s): ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Mailto, ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task GetAsync_RetryAfterLongerThanAllowed_FailsNowForTheNextRun()
    {
        Respond(429, "slow down", new { Retry_After = "3600" });
        using var client = Client(HostPolicies.Arxiv);

        var ex = await Assert.ThrowsAsync<SourceHttpException>(
            () => client.GetAsync("https://export.arxiv.org/api/query?id_list=1", RequestKind.List, CancellationToken.None));

        Assert.Equal("arxiv: HTTP 429, asked to wait 3600 s; left for the next run", ex.Message);
        Assert.Single(_http.CallLog);
    }

    [Fact]
    public async Task GetAsync_BodyAboveTheCap_IsRefusedAndNotRetried()
    {
        Respond(200, new string('x', 2000));
        using var client = Client(HostPolicies.CrossrefPolite with { MaxResponseBytes = 1000 });

        var ex = await Assert.ThrowsAsync<SourceHttpException>(() => client.GetAsync(Url, RequestKind.Single, CancellationToken.None));

        Assert.Contains("larger than", ex.Message, StringComparison.Ordinal);
        Assert.Single(_http.CallLog);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(403)]
    public async Task GetAsync_ClientError_IsAnAnswerNotARetry(int status)
    {
        Respond(status, "Resource not found.");
        using var client = Client(HostPolicies.CrossrefPolite);

        var response = await client.GetAsync(Url, RequestKind.Single, CancellationToken.None);

        Assert.Equal(status, response.StatusCode);
        Assert.Single(_http.CallLog);
    }

    [Fact]
    public async Task GetAsync_DeadHost_OpensTheCircuitAndStopsCalling()
    {
        for (var i = 0; i < 20; i++)
        {
            Respond(503, "down");
        }

        using var client = Client(HostPolicies.OpenReview with { MaxRetries = 1 });
        var errors = new List<SourceHttpException>();
        for (var i = 0; i < 5; i++)
        {
            errors.Add(await Assert.ThrowsAsync<SourceHttpException>(
                () => _time.DriveAsync(() => client.GetAsync($"https://api2.openreview.net/notes?id={i}", RequestKind.Single, CancellationToken.None), TimeSpan.FromSeconds(1))));
        }

        // Five failed attempts (two calls of two, one more) open the circuit; the rest fail without a request.
        Assert.Equal(5, _http.CallLog.Count);
        Assert.Equal([false, false, true, true, true], errors.Select(e => e.CircuitOpen));
        Assert.Equal("circuit open: host unavailable (openreview)", errors[4].Message);
        var stats = client.Statistics.Snapshot();
        Assert.True(stats.CircuitOpened);
        Assert.Equal(5, stats.Failures);
    }

    [Fact]
    public async Task PostJsonAsync_SendsTheJsonBody()
    {
        Respond(200, "{\"notes\":[]}");
        using var client = Client(HostPolicies.OpenReview);

        await client.PostJsonAsync("https://api2.openreview.net/notes/search", new Dictionary<string, object> { ["ids"] = new[] { "a", "b" } }, RequestKind.List, CancellationToken.None);

        _http.ShouldHaveCalled("https://api2.openreview.net/notes/search").WithVerb(HttpMethod.Post).WithRequestBody("{\"ids\":[\"a\",\"b\"]}");
    }

    [Fact]
    public async Task GetAsync_OpenReviewRateLimitBody_ResetTimeIsHonouredWithoutHeader()
    {
        Respond(429, TestData.Own("openreview/error-rate-limit-429.json"));
        Respond(200, "{\"notes\":[]}");
        using var client = Client(HostPolicies.OpenReview, SnnBib.Resolvers.OpenReview.OpenReviewApiError.RetryAfter);

        await _time.DriveAsync(() => client.GetAsync("https://api2.openreview.net/notes?id=x", RequestKind.Single, CancellationToken.None));

        // details.resetTime is 6 s after the start of the fake clock.
        Assert.InRange(_calls.ToArray()[1], TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(16));
    }

    private SourceHttpClient Client(HostPolicy policy, Func<string, DateTimeOffset, TimeSpan?>? fromBody = null) =>
        new(policy, new FlurlClient(), _time, UserAgent.Build("9.9.9", Mailto), new UrlRedactor(Mailto), fromBody, ownsClient: true);

    private void Respond(int status, string body, object? headers = null) =>
        _http.RespondWith(
            () =>
            {
                _calls.Enqueue(_time.GetUtcNow() - FakeClock.Start);
                return new StringContent(body);
            },
            status,
            headers);

    /// <summary>Answers the first request never (until cancelled), later ones with 200 "fine".</summary>
    private sealed class HangOnceHandler(FakeTimeProvider time) : HttpMessageHandler
    {
        public List<TimeSpan> Starts { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int count;
            lock (Starts)
            {
                Starts.Add(time.GetUtcNow() - FakeClock.Start);
                count = Starts.Count;
            }

            if (count == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("fine") };
        }
    }
}
