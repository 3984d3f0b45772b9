using Flurl.Http;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Crossref;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.OpenReview;

namespace SnnBib.Resolvers.Sources;

/// <summary>
/// The three sources, built once per run from <see cref="SourceSettings"/>, each behind its own polite HTTP client
/// (<see cref="HostPolicies"/>), sharing one clock. Exposes per-host statistics for the run summary.
/// </summary>
public sealed class ResolverSet : IDisposable
{
    private readonly List<SourceHttpClient> _clients = [];
    private readonly RateGate _openReviewGate;

    public ResolverSet(SourceSettings settings, TimeProvider timeProvider, ResolverSetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options ??= new ResolverSetOptions();
        Settings = settings;
        var userAgent = UserAgent.Build(options.Version ?? UserAgent.LibraryVersion, settings.Mailto);
        var redactor = new UrlRedactor(settings.Mailto);

        SourceHttpClient Client(HostPolicy policy, Func<string, DateTimeOffset, TimeSpan?>? retryAfterFromBody = null, RateGate? gate = null)
        {
            var flurl = options.ClientFactory?.Invoke(policy) ?? new FlurlClient();
            var client = new SourceHttpClient(policy, flurl, timeProvider, userAgent, redactor, retryAfterFromBody, ownsClient: true, gate);
            _clients.Add(client);
            return client;
        }

        HostPolicy Adjusted(HostPolicy published) => options.AdjustPolicy?.Invoke(published) ?? published;

        Arxiv = new ArxivResolver(Client(Adjusted(HostPolicies.Arxiv)), settings.ArxivUrl, timeProvider, options.Arxiv);

        // API 1 and API 2 are one service to be polite to: one pace for both, but separate breakers (API 1 is being retired).
        var openReviewPolicy = Adjusted(HostPolicies.OpenReview);
        _openReviewGate = new RateGate(openReviewPolicy, timeProvider);
        OpenReview = new OpenReviewResolver(
            Client(openReviewPolicy, OpenReviewApiError.RetryAfter, _openReviewGate),
            settings.OpenReviewUrl,
            Client(Adjusted(HostPolicies.OpenReviewV1), OpenReviewApiError.RetryAfter, _openReviewGate),
            settings.OpenReviewV1Url,
            timeProvider,
            options.OpenReview);
        Crossref = new CrossrefResolver(
            Client(Adjusted(HostPolicies.Crossref(politePool: settings.Mailto is not null))), settings.CrossrefUrl, settings.Mailto, timeProvider, options.Crossref);
        Resolvers = [Arxiv, OpenReview, Crossref];
    }

    public SourceSettings Settings { get; }

    public ArxivResolver Arxiv { get; }

    public OpenReviewResolver OpenReview { get; }

    public CrossrefResolver Crossref { get; }

    /// <summary>All sources: arXiv, OpenReview, Crossref.</summary>
    public IReadOnlyList<IResolver> Resolvers { get; }

    /// <summary>The resolver for a source; throws for List and User, which are not fetched.</summary>
    public IResolver For(SourceName source) => source switch
    {
        SourceName.Arxiv => Arxiv,
        SourceName.OpenReview => OpenReview,
        SourceName.Crossref => Crossref,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "not a fetched source"),
    };

    /// <summary>Per-host counters so far: arxiv, openreview, openreview-v1, crossref.</summary>
    public IReadOnlyList<SourceStatisticsSnapshot> Statistics() => _clients.Select(c => c.Statistics.Snapshot()).ToList();

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _openReviewGate.Dispose();
    }
}
