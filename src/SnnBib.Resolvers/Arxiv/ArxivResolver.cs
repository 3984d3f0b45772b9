using SnnBib.Core.Model;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Arxiv;

/// <summary>
/// arXiv look-ups: ids in batches with id_list (entries matched back by id without version; the newest version is asked for,
/// since journal_ref and DOI are usually added in later versions), titles with a ti:"…" phrase search.
/// Outcomes: an id absent from a 200 feed is NotFound; a malformed id (rejected locally, or by arXiv with HTTP 400 and an
/// Error entry) is Error with arXiv's message; the other ids of that batch are asked again without it.
/// </summary>
public sealed class ArxivResolver : IResolver
{
    // Each arXiv rejection costs a 3 s round trip; after this many in one batch the rest of the batch is failed.
    private const int MaxRejectionsPerBatch = 3;

    private readonly SourceHttpClient _http;
    private readonly Uri _baseUrl;
    private readonly TimeProvider _time;
    private readonly ArxivResolverOptions _options;

    public ArxivResolver(SourceHttpClient http, Uri baseUrl, TimeProvider timeProvider, ArxivResolverOptions? options = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _baseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options ?? new ArxivResolverOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.TitleCandidates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.PageSize, 1);
    }

    public SourceName Source => SourceName.Arxiv;

    /// <summary>An arXiv id or an arXiv DataCite DOI (10.48550/arXiv.…), or no identifier but a title.</summary>
    public bool CanLookup(LookupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Identifier is null
            ? !string.IsNullOrWhiteSpace(request.Title)
            : ArxivIds.RawIdOf(request.Identifier) is not null;
    }

    public async Task<IReadOnlyList<SourceLookup>> LookupAsync(IReadOnlyList<LookupRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var results = new List<SourceLookup>(requests.Count);
        var byId = new Dictionary<string, List<LookupRequest>>(StringComparer.OrdinalIgnoreCase);
        var titles = new List<LookupRequest>();
        foreach (var request in requests)
        {
            if (request.Identifier is not null)
            {
                var raw = ArxivIds.RawIdOf(request.Identifier);
                if (raw is null)
                {
                    results.Add(Failed(request, null, $"not an arXiv identifier: {request.Identifier}"));
                }
                else if (!ArxivIds.TryParse(raw, out var id, out _))
                {
                    results.Add(Failed(request, null, $"malformed arXiv id '{raw}'"));
                }
                else
                {
                    if (!byId.TryGetValue(id, out var sharing))
                    {
                        byId[id] = sharing = [];
                    }

                    sharing.Add(request);
                }
            }
            else if (!string.IsNullOrWhiteSpace(request.Title))
            {
                titles.Add(request);
            }
            else
            {
                results.Add(Failed(request, null, "nothing to look up: no identifier and no title"));
            }
        }

        foreach (var batch in byId.Keys.Chunk(_options.BatchSize))
        {
            List<(string Id, SourceLookup Lookup)> answers;
            try
            {
                answers = await LookupBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug or an input we did not foresee must not cost the other batches: report it per paper.
                answers = batch.Select(id => (id, Failed(id, null, Unexpected(ex)))).ToList();
            }

            foreach (var (id, lookup) in answers)
            {
                results.AddRange(byId[id].Select(r => lookup with { Identity = r.Identity }));
            }
        }

        foreach (var request in titles)
        {
            try
            {
                results.Add(await SearchTitleAsync(request, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results.Add(Failed(request, null, Unexpected(ex)));
            }
        }

        return results;
    }

    /// <summary>
    /// Runs a search_query (already in arXiv syntax) and pages through results until <paramref name="maxResults"/> entries
    /// or the end. Throws <see cref="SourceHttpException"/> on failure (transport, API error entry, unreadable body).
    /// </summary>
    public async Task<ArxivSearchResult> SearchAsync(string searchQuery, int maxResults, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(searchQuery);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 1);
        var entries = new List<ArxivEntry>();
        var urls = new List<string>();
        int? total = null;
        var start = 0;
        while (entries.Count < maxResults)
        {
            var size = Math.Min(_options.PageSize, maxResults - entries.Count);
            var response = await _http.GetAsync(ArxivQuery.Search(_baseUrl, searchQuery, start, size), RequestKind.List, cancellationToken)
                .ConfigureAwait(false);
            urls.Add(response.RequestUrl);
            var feed = ParseOrThrow(response);
            if (feed.Errors.Count > 0 || !response.IsSuccess)
            {
                throw new SourceHttpException($"arXiv: {feed.Errors.FirstOrDefault()?.Message ?? $"HTTP {response.StatusCode}"}")
                {
                    RequestUrl = response.RequestUrl,
                    StatusCode = response.StatusCode,
                };
            }

            total = feed.TotalResults ?? total;
            entries.AddRange(feed.Entries);
            var returned = feed.Entries.Count + feed.UnreadableEntries.Count;
            start += returned;
            if (returned < size || (total is { } t && start >= t))
            {
                break;
            }
        }

        return new ArxivSearchResult(entries.Take(maxResults).ToList(), total, urls);
    }

    private async Task<List<(string Id, SourceLookup Lookup)>> LookupBatchAsync(string[] ids, CancellationToken cancellationToken)
    {
        var answers = new List<(string, SourceLookup)>(ids.Length);
        var pending = ids.ToList();
        for (var rejections = 0; pending.Count > 0;)
        {
            SourceHttpResponse response;
            try
            {
                response = await _http.GetAsync(ArxivQuery.IdList(_baseUrl, pending), RequestKind.List, cancellationToken).ConfigureAwait(false);
            }
            catch (SourceHttpException ex)
            {
                answers.AddRange(pending.Select(id => (id, Failed(id, ex.RequestUrl, ex.Message))));
                break;
            }

            ArxivFeed feed;
            try
            {
                feed = ArxivAtomParser.Parse(response.Body);
            }
            catch (MalformedResponseException ex)
            {
                var reason = response.IsSuccess ? ex.Message : $"arXiv: HTTP {response.StatusCode}";
                answers.AddRange(pending.Select(id => (id, Failed(id, response.RequestUrl, reason))));
                break;
            }

            if (feed.Errors.Count > 0 || !response.IsSuccess)
            {
                // arXiv names the id it rejected: fail that one with arXiv's message and ask again for the rest.
                var rejected = feed.Errors
                    .Select(e => (Error: e, Id: pending.FirstOrDefault(p => string.Equals(p, e.RejectedId, StringComparison.OrdinalIgnoreCase))))
                    .Where(x => x.Id is not null)
                    .ToList();
                if (rejected.Count > 0 && rejections < MaxRejectionsPerBatch)
                {
                    rejections++;
                    foreach (var (error, id) in rejected)
                    {
                        answers.Add((id!, Failed(id!, response.RequestUrl, $"arXiv: {error.Message}")));
                        pending.Remove(id!);
                    }

                    continue;
                }

                var reason = $"arXiv: {feed.Errors.FirstOrDefault()?.Message ?? $"HTTP {response.StatusCode}"}";
                answers.AddRange(pending.Select(id => (id, Failed(id, response.RequestUrl, reason))));
                break;
            }

            var entries = new Dictionary<string, ArxivEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in feed.Entries)
            {
                entries.TryAdd(entry.Id, entry);
            }

            var now = _time.GetUtcNow();
            foreach (var id in pending)
            {
                var lookup = entries.TryGetValue(id, out var entry)
                    ? new SourceLookup(id, LookupOutcome.Found, now, response.RequestUrl, [ArxivMapper.ToRecord(entry)])
                    : feed.UnreadableEntries.Count > 0

                        // An entry we could not read may be this paper: do not claim arXiv does not know it.
                        ? Failed(id, response.RequestUrl, $"arXiv: {feed.UnreadableEntries.Count} entry(ies) in the response could not be read")
                        : new SourceLookup(id, LookupOutcome.NotFound, now, response.RequestUrl, []);
                answers.Add((id, lookup));
            }

            break;
        }

        return answers;
    }

    private async Task<SourceLookup> SearchTitleAsync(LookupRequest request, CancellationToken cancellationToken)
    {
        var phrase = ArxivQuery.TitlePhrase(request.Title!);
        if (phrase is null)
        {
            return Failed(request, null, "title has no searchable words");
        }

        try
        {
            var result = await SearchAsync(phrase, _options.TitleCandidates, cancellationToken).ConfigureAwait(false);
            var url = result.RequestUrls.FirstOrDefault();
            return result.Entries.Count == 0
                ? new SourceLookup(request.Identity, LookupOutcome.NotFound, _time.GetUtcNow(), url, [])
                : new SourceLookup(request.Identity, LookupOutcome.Found, _time.GetUtcNow(), url, result.Entries.Select(ArxivMapper.ToRecord).ToList());
        }
        catch (SourceHttpException ex)
        {
            return Failed(request, ex.RequestUrl, ex.Message);
        }
    }

    private static ArxivFeed ParseOrThrow(SourceHttpResponse response)
    {
        try
        {
            return ArxivAtomParser.Parse(response.Body);
        }
        catch (MalformedResponseException ex)
        {
            var reason = response.IsSuccess ? ex.Message : $"arXiv: HTTP {response.StatusCode}";
            throw new SourceHttpException(reason, ex) { RequestUrl = response.RequestUrl, StatusCode = response.StatusCode };
        }
    }

    private string Unexpected(Exception ex) => _http.Redactor.Redact($"arXiv: unexpected {ex.GetType().Name}: {ex.Message}".ReplaceLineEndings(" "));

    private SourceLookup Failed(LookupRequest request, string? url, string reason) => Failed(request.Identity, url, reason);

    private SourceLookup Failed(string identity, string? url, string reason) =>
        new(identity, LookupOutcome.Error, _time.GetUtcNow(), url, [], reason);
}
