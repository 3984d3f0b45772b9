namespace SnnBib.Resolvers.Http;

/// <summary>
/// The published rules of each service, in one place (source: shared/docs/apis.md, which cites the providers).
/// <list type="table">
/// <item><term>arXiv</term><description>one request at a time, at least 3 s apart, across the whole tool (arXiv terms of use,
/// "Rate limits"; apis.md §1.5). 429s are reported even below that rate, so back off generously.</description></item>
/// <item><term>Crossref polite pool</term><description>single-record 10/s, list 3/s, 3 concurrent (Crossref blog
/// 2025-11-05, in force since 2025-12-01; apis.md §2.4). The rate headers show only the single-record budget, so lists are
/// paced by the lower published figure.</description></item>
/// <item><term>Crossref public pool</term><description>(no mailto) single-record 5/s, list 1/s, 1 concurrent (same source).</description></item>
/// <item><term>OpenReview</term><description>no published limit; maintainers stated guest search at 20 requests per
/// minute (openreview/openreview #254, apis.md §3.5). snnbib applies that to every guest call: one at a time, 3 s apart.</description></item>
/// </list>
/// </summary>
public static class HostPolicies
{
    public const string ArxivName = "arxiv";
    public const string CrossrefName = "crossref";
    public const string OpenReviewName = "openreview";
    public const string OpenReviewV1Name = "openreview-v1";

    public static HostPolicy Arxiv { get; } = new(
        ArxivName,
        MinInterval: TimeSpan.FromSeconds(3),
        MaxConcurrency: 1,
        AttemptTimeout: TimeSpan.FromSeconds(30),
        MaxRetries: 3,
        BaseDelay: TimeSpan.FromSeconds(5),
        CircuitBreaker: DeadHost);

    /// <summary>Crossref: the polite pool when a mailto is given (it is always sent then), else the public pool.</summary>
    public static HostPolicy Crossref(bool politePool) => politePool ? CrossrefPolite : CrossrefPublic;

    public static HostPolicy CrossrefPolite { get; } = new(
        CrossrefName,
        MinInterval: TimeSpan.FromMilliseconds(100),
        MaxConcurrency: 3,
        AttemptTimeout: TimeSpan.FromSeconds(20),
        MaxRetries: 4,
        BaseDelay: TimeSpan.FromSeconds(1),
        CircuitBreaker: DeadHost)
    {
        ListBudget = new RequestBudget(TimeSpan.FromMilliseconds(334)),
    };

    public static HostPolicy CrossrefPublic { get; } = CrossrefPolite with
    {
        MinInterval = TimeSpan.FromMilliseconds(200),
        MaxConcurrency = 1,
        ListBudget = new RequestBudget(TimeSpan.FromSeconds(1)),
    };

    public static HostPolicy OpenReview { get; } = new(
        OpenReviewName,
        MinInterval: TimeSpan.FromSeconds(3),
        MaxConcurrency: 1,
        AttemptTimeout: TimeSpan.FromSeconds(20),
        MaxRetries: 4,
        BaseDelay: TimeSpan.FromSeconds(5),
        CircuitBreaker: DeadHost);

    /// <summary>
    /// API 1 (api.openreview.net) is being phased out: its own breaker, so a dead API 1 leaves API 2 alone. ResolverSet
    /// paces both hosts through one gate, as they are one service.
    /// </summary>
    public static HostPolicy OpenReviewV1 { get; } = OpenReview with { Name = OpenReviewV1Name };

    // Five or more attempts in two minutes, at least 80 % of them transient failures: stop for ten minutes (a run over
    // the seed list takes a few minutes, so in practice the host is left alone for the rest of the run).
    private static CircuitBreakerPolicy DeadHost => new(
        FailureRatio: 0.8,
        MinimumThroughput: 5,
        SamplingDuration: TimeSpan.FromMinutes(2),
        BreakDuration: TimeSpan.FromMinutes(10));
}
