using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Core.Text;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Tests.Updating;

/// <summary>
/// A resolver answering from a <see cref="FakeWorld"/>: identifier look-ups of its own kind and title searches.
/// Logs every call; <see cref="BeforeCall"/> lets a test act inside a call (cancel, inspect the disk, block).
/// </summary>
internal sealed class FakeResolver(SourceName source, FakeWorld world, TimeProvider time) : IResolver
{
    private readonly List<IReadOnlyList<LookupRequest>> _calls = [];

    public SourceName Source { get; } = source;

    /// <summary>Runs at the start of each call with the call's 0-based number.</summary>
    public Func<int, CancellationToken, Task>? BeforeCall { get; set; }

    /// <summary>Thrown by every call when set (a resolver breaking its contract).</summary>
    public Exception? Throw { get; set; }

    /// <summary>Identities whose answer this resolver leaves out (a resolver bug).</summary>
    public HashSet<string> Omit { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<IReadOnlyList<LookupRequest>> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    public IReadOnlyList<LookupRequest> Requests => Calls.SelectMany(c => c).ToList();

    public bool CanLookup(LookupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Identifier switch
        {
            null => !string.IsNullOrWhiteSpace(request.Title),
            ArxivId => Source == SourceName.Arxiv,
            DoiId => Source == SourceName.Crossref,
            OpenReviewId => Source == SourceName.OpenReview,
            _ => false,
        };
    }

    public async Task<IReadOnlyList<SourceLookup>> LookupAsync(IReadOnlyList<LookupRequest> requests, CancellationToken cancellationToken)
    {
        int number;
        lock (_calls)
        {
            number = _calls.Count;
            _calls.Add(requests.ToList());
            world.Log(Source, requests);
        }

        if (BeforeCall is not null)
        {
            await BeforeCall(number, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (Throw is not null)
        {
            throw Throw;
        }

        return requests.Where(r => !Omit.Contains(r.Identity)).Select(Answer).ToList();
    }

    private SourceLookup Answer(LookupRequest request)
    {
        var now = time.GetUtcNow();
        if (request.Identifier is { } identifier)
        {
            var url = $"https://{Source.ToString().ToLowerInvariant()}.test/lookup?id={Uri.EscapeDataString(identifier.Value)}";
            if (world.Failing.Contains(identifier.Key))
            {
                return new SourceLookup(request.Identity, LookupOutcome.Error, now, url, [], "HTTP 503 after 4 attempts");
            }

            return world.ById.TryGetValue(identifier.Key, out var record)
                ? new SourceLookup(request.Identity, LookupOutcome.Found, now, url, [record])
                : new SourceLookup(request.Identity, LookupOutcome.NotFound, now, url, []);
        }

        var searchUrl = $"https://{Source.ToString().ToLowerInvariant()}.test/search?title={Uri.EscapeDataString(request.Title!)}";
        var hits = world.Searchable
            .Where(r => r.Source == Source && TitleSimilarity.Score(r.Item.Title, request.Title) >= 0.5)
            .OrderByDescending(r => TitleSimilarity.Score(r.Item.Title, request.Title))
            .ToList();
        return new SourceLookup(request.Identity, hits.Count > 0 ? LookupOutcome.Found : LookupOutcome.NotFound, now, searchUrl, hits);
    }
}
