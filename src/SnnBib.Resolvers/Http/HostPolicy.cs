namespace SnnBib.Resolvers.Http;

/// <summary>
/// Everything snnbib promises one host: pacing, concurrency, time limits, retries and when to give up on it.
/// The values for the real services live in <see cref="HostPolicies"/>; tests and the CLI may adjust copies with <c>with</c>.
/// </summary>
/// <param name="Name">Short host name used in statistics and messages, e.g. "arxiv".</param>
/// <param name="MinInterval">Minimum time between the starts of two requests (single-record requests when <see cref="ListBudget"/> is set).</param>
/// <param name="MaxConcurrency">Requests in flight at once, all kinds together.</param>
/// <param name="AttemptTimeout">Time allowed for one attempt, headers and body.</param>
/// <param name="MaxRetries">Retries after the first attempt for transient failures (408, 429, 5xx, timeouts, connection errors).</param>
/// <param name="BaseDelay">First back-off delay; doubles per retry, with jitter, unless the server sends Retry-After.</param>
/// <param name="CircuitBreaker">When to stop calling a host that keeps failing.</param>
public sealed record HostPolicy(
    string Name,
    TimeSpan MinInterval,
    int MaxConcurrency,
    TimeSpan AttemptTimeout,
    int MaxRetries,
    TimeSpan BaseDelay,
    CircuitBreakerPolicy CircuitBreaker)
{
    /// <summary>A separate, usually slower, pace for list requests (Crossref); null when list requests share <see cref="MinInterval"/>.</summary>
    public RequestBudget? ListBudget { get; init; }

    /// <summary>Longest back-off between two attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A Retry-After longer than this is not waited for: the request fails now and is retried on the next run.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Responses larger than this are refused (untrusted input).</summary>
    public long MaxResponseBytes { get; init; } = 20L * 1024 * 1024;
}
