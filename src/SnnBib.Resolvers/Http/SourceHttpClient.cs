using System.Net.Http.Headers;
using Flurl;
using Flurl.Http;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace SnnBib.Resolvers.Http;

/// <summary>
/// The one way snnbib talks to a host: each Flurl call runs inside a Polly pipeline (retry → circuit breaker → rate gate →
/// per-attempt timeout), so Flurl's HttpTest sees every attempt. Answers (2xx and non-transient 4xx) come back as
/// <see cref="SourceHttpResponse"/>; anything that failed for good throws <see cref="SourceHttpException"/> with a one-line,
/// mailto-free message.
/// </summary>
public sealed class SourceHttpClient : IDisposable
{
    private readonly IFlurlClient _client;
    private readonly bool _ownsClient;
    private readonly bool _ownsGate;
    private readonly TimeProvider _time;
    private readonly string _userAgent;
    private readonly RateGate _gate;
    private readonly ResiliencePipeline<SourceHttpResponse> _pipeline;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly Func<string, DateTimeOffset, TimeSpan?>? _retryAfterFromBody;

    /// <param name="policy">The host's rules.</param>
    /// <param name="client">The Flurl client to send with (tests may pass their own; HttpTest intercepts any).</param>
    /// <param name="timeProvider">Clock for pacing, back-off, timeouts and latency.</param>
    /// <param name="userAgent">The User-Agent header value (see <see cref="UserAgent.Build"/>).</param>
    /// <param name="redactor">Removes the mailto from URLs and messages.</param>
    /// <param name="retryAfterFromBody">Reads a wait time from a 429 body when the header is missing (OpenReview's resetTime).</param>
    /// <param name="ownsClient">Dispose <paramref name="client"/> with this instance.</param>
    /// <param name="sharedGate">A rate gate shared with another client (two hosts of one service); null makes one from <paramref name="policy"/>.</param>
    public SourceHttpClient(
        HostPolicy policy,
        IFlurlClient client,
        TimeProvider timeProvider,
        string userAgent,
        UrlRedactor? redactor = null,
        Func<string, DateTimeOffset, TimeSpan?>? retryAfterFromBody = null,
        bool ownsClient = false,
        RateGate? sharedGate = null)
    {
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _userAgent = userAgent ?? throw new ArgumentNullException(nameof(userAgent));
        Redactor = redactor ?? UrlRedactor.None;
        _retryAfterFromBody = retryAfterFromBody;
        _ownsClient = ownsClient;
        Statistics = new SourceStatistics(policy.Name);
        _ownsGate = sharedGate is null;
        _gate = sharedGate ?? new RateGate(policy, timeProvider);
        _pipeline = BuildPipeline();
        _attemptTimeout = new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddTimeout(policy.AttemptTimeout).Build();
    }

    public HostPolicy Policy { get; }

    public SourceStatistics Statistics { get; }

    public UrlRedactor Redactor { get; }

    public Task<SourceHttpResponse> GetAsync(Url url, RequestKind kind, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, url, json: null, kind, cancellationToken);

    /// <summary>POST with a JSON body (OpenReview's batch look-up is a read sent as POST /notes/search).</summary>
    public Task<SourceHttpResponse> PostJsonAsync(Url url, object body, RequestKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        return SendAsync(HttpMethod.Post, url, body, kind, cancellationToken);
    }

    public void Dispose()
    {
        if (_ownsGate)
        {
            _gate.Dispose();
        }

        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    internal static bool IsTransientStatus(int status) =>
        status is 408 or 429 || (status >= 500 && status is not 501 and not 505);

    private async Task<SourceHttpResponse> SendAsync(HttpMethod method, Url url, object? json, RequestKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var redactedUrl = Redactor.Redact(url.ToString());
        var attempts = 0;
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    var attempt = Interlocked.Increment(ref attempts);
                    using var lease = await _gate.EnterAsync(kind, token).ConfigureAwait(false);
                    return await AttemptAsync(method, url, json, redactedUrl, attempt > 1, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);

            if (IsTransientStatus(response.StatusCode))
            {
                throw GaveUp(response, attempts);
            }

            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SourceHttpException ex)
        {
            Statistics.RecordFailure();
            if (ex.RequestUrl is null)
            {
                throw new SourceHttpException(ex.Message, ex) { RequestUrl = redactedUrl, StatusCode = ex.StatusCode, CircuitOpen = ex.CircuitOpen };
            }

            throw;
        }
        catch (BrokenCircuitException ex)
        {
            Statistics.RecordFailure();
            throw new SourceHttpException($"circuit open: host unavailable ({Policy.Name})", ex) { RequestUrl = redactedUrl, CircuitOpen = true };
        }
        catch (Exception ex) when (IsTransientException(ex))
        {
            Statistics.RecordFailure();
            var what = ex is TimeoutRejectedException or FlurlHttpTimeoutException ? "timed out" : "connection failed";
            throw new SourceHttpException($"{Policy.Name}: {what} after {attempts} attempt(s): {Redactor.Redact(OneLine(ex))}", ex)
            {
                RequestUrl = redactedUrl,
            };
        }
    }

    private async ValueTask<SourceHttpResponse> AttemptAsync(
        HttpMethod method, Url url, object? json, string redactedUrl, bool isRetry, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            return await _attemptTimeout.ExecuteAsync(
                async token =>
                {
                    var request = _client.Request(url)
                        .WithHeader("User-Agent", _userAgent)
                        .AllowAnyHttpStatus()

                        // Polly's per-attempt timeout (on the injected clock) governs; Flurl's is only a backstop.
                        .WithTimeout(Policy.AttemptTimeout + TimeSpan.FromSeconds(5));
                    using var response = json is null
                        ? await request.SendAsync(method, content: null, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false)
                        : await request.PostJsonAsync(json, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                    var message = response.ResponseMessage;
                    var body = await ResponseBodyReader.ReadAsync(message.Content, Policy.MaxResponseBytes, Policy.Name, token).ConfigureAwait(false);
                    var retryAfter = ReadRetryAfter(response.StatusCode, message.Headers, body);
                    return new SourceHttpResponse(response.StatusCode, body, message.Content?.Headers.ContentType?.MediaType, redactedUrl, retryAfter);
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Statistics.RecordAttempt(_time.GetElapsedTime(started), redactedUrl, isRetry);
        }
    }

    private TimeSpan? ReadRetryAfter(int status, HttpResponseHeaders headers, string body)
    {
        if (status is not 429 and not 503)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        return RetryAfterReader.FromHeaders(headers, now) ?? (status == 429 ? _retryAfterFromBody?.Invoke(body, now) : null);
    }

    private ResiliencePipeline<SourceHttpResponse> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<SourceHttpResponse> { TimeProvider = _time };
        if (Policy.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<SourceHttpResponse>
            {
                MaxRetryAttempts = Policy.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = Policy.BaseDelay,
                MaxDelay = Policy.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),

                // A server that says how long to wait is believed (up to MaxRetryAfter, see ShouldRetry); else back off.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }

        var breaker = Policy.CircuitBreaker;
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<SourceHttpResponse>
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsHostFailure(args.Outcome, args.Context.CancellationToken)),
            OnOpened = _ =>
            {
                Statistics.RecordCircuitOpened();
                return ValueTask.CompletedTask;
            },
        });
        return builder.Build();
    }

    private bool ShouldRetry(Outcome<SourceHttpResponse> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Result is { } response && response.RetryAfter > Policy.MaxRetryAfter)
        {
            return false;
        }

        return IsHostFailure(outcome, cancellationToken);
    }

    private static bool IsHostFailure(Outcome<SourceHttpResponse> outcome, CancellationToken cancellationToken) =>
        outcome.Exception switch
        {
            null => outcome.Result is { } response && IsTransientStatus(response.StatusCode),
            OperationCanceledException when cancellationToken.IsCancellationRequested => false,
            var ex => IsTransientException(ex),
        };

    private static bool IsTransientException(Exception ex) => ex switch
    {
        SourceHttpException => false,
        BrokenCircuitException => false,
        TimeoutRejectedException => true,
        FlurlHttpTimeoutException => true,
        FlurlHttpException flurl => flurl.StatusCode is null || IsTransientStatus(flurl.StatusCode.Value),
        HttpRequestException => true,
        IOException => true,
        OperationCanceledException => true,
        _ => false,
    };

    private SourceHttpException GaveUp(SourceHttpResponse response, int attempts)
    {
        var message = response.RetryAfter > Policy.MaxRetryAfter
            ? $"{Policy.Name}: HTTP {response.StatusCode}, asked to wait {response.RetryAfter.Value.TotalSeconds:0} s; left for the next run"
            : $"{Policy.Name}: HTTP {response.StatusCode} after {attempts} attempt(s)";
        return new SourceHttpException(message) { RequestUrl = response.RequestUrl, StatusCode = response.StatusCode };
    }

    private static string OneLine(Exception ex)
    {
        var inner = ex.InnerException is { } i && ex is FlurlHttpException ? i : ex;
        return string.Join(' ', inner.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
