using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Crossref;

/// <summary>
/// Crossref look-ups: DOIs batched with filter=doi:A,doi:B (items matched back by lower-cased DOI; a DOI missing from a
/// 200 answer is NotFound), a lone DOI with /works/{doi} (404 "Resource not found." → NotFound, 400 validation-failure →
/// Error with its message), titles with query.bibliographic. arXiv DataCite DOIs (10.48550/…) are never sent: Crossref
/// does not hold them (apis.md §1.6).
/// </summary>
public sealed class CrossrefResolver : IResolver
{
    private readonly SourceHttpClient _http;
    private readonly Uri _baseUrl;
    private readonly string? _mailto;
    private readonly TimeProvider _time;
    private readonly CrossrefResolverOptions _options;

    public CrossrefResolver(SourceHttpClient http, Uri baseUrl, string? mailto, TimeProvider timeProvider, CrossrefResolverOptions? options = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _baseUrl = baseUrl ?? throw new ArgumentNullException(nameof(baseUrl));
        _mailto = string.IsNullOrWhiteSpace(mailto) ? null : mailto.Trim();
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options ?? new CrossrefResolverOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.TitleCandidates, 1);
    }

    public SourceName Source => SourceName.Crossref;

    /// <summary>A DOI that is not an arXiv DataCite DOI, or no identifier but a title.</summary>
    public bool CanLookup(LookupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Identifier switch
        {
            null => !string.IsNullOrWhiteSpace(request.Title),
            DoiId doi => !IsArxivDoi(doi.Doi),
            _ => false,
        };
    }

    public async Task<IReadOnlyList<SourceLookup>> LookupAsync(IReadOnlyList<LookupRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var results = new List<SourceLookup>(requests.Count);
        var byDoi = new Dictionary<string, List<LookupRequest>>(StringComparer.Ordinal);

        // Each unit is one request (or one fallback chain) and the keys it answers for: a DOI, or a title request's identity.
        var units = new List<(Task<IReadOnlyList<(string? Doi, SourceLookup Lookup)>> Run, string[] Dois, string? Identity)>();
        foreach (var request in requests)
        {
            switch (request.Identifier)
            {
                case DoiId doi when IsArxivDoi(doi.Doi):
                    results.Add(Failed(request.Identity, null, "arXiv DataCite DOIs are not in Crossref; ask arXiv"));
                    break;
                case DoiId doi when doi.Doi.Trim().Length == 0:
                    results.Add(Failed(request.Identity, null, "empty DOI"));
                    break;
                case DoiId doi:
                    var key = doi.Doi.Trim().ToLowerInvariant();
                    if (!byDoi.TryGetValue(key, out var sharing))
                    {
                        byDoi[key] = sharing = [];
                    }

                    sharing.Add(request);
                    break;
                case null when !string.IsNullOrWhiteSpace(request.Title):
                    units.Add((SearchTitleAsync(request, cancellationToken), [], request.Identity));
                    break;
                case null:
                    results.Add(Failed(request.Identity, null, "nothing to look up: no identifier and no title"));
                    break;
                default:
                    results.Add(Failed(request.Identity, null, $"not a DOI: {request.Identifier}"));
                    break;
            }
        }

        // A comma inside a DOI would split the filter, so such DOIs go alone; so does a batch of one.
        var batchable = byDoi.Keys.Where(d => !d.Contains(',', StringComparison.Ordinal)).ToList();
        foreach (var doi in byDoi.Keys.Except(batchable))
        {
            units.Add((LookupSingleAsync(doi, cancellationToken), [doi], null));
        }

        foreach (var chunk in batchable.Chunk(_options.BatchSize))
        {
            units.Add((chunk.Length == 1 ? LookupSingleAsync(chunk[0], cancellationToken) : LookupBatchAsync(chunk, cancellationToken), chunk, null));
        }

        foreach (var answers in await Task.WhenAll(units.Select(Guarded)).ConfigureAwait(false))
        {
            foreach (var (doi, lookup) in answers)
            {
                if (doi is null)
                {
                    results.Add(lookup);
                }
                else
                {
                    results.AddRange(byDoi[doi].Select(r => lookup with { Identity = r.Identity }));
                }
            }
        }

        return results;

        // A bug or an input we did not foresee must not cost the other requests: report it for the papers of that unit.
        async Task<IReadOnlyList<(string? Doi, SourceLookup Lookup)>> Guarded((Task<IReadOnlyList<(string? Doi, SourceLookup Lookup)>> Run, string[] Dois, string? Identity) unit)
        {
            try
            {
                return await unit.Run.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var reason = _http.Redactor.Redact($"Crossref: unexpected {ex.GetType().Name}: {ex.Message}".ReplaceLineEndings(" "));
                return unit.Identity is { } identity
                    ? [(null, Failed(identity, null, reason))]
                    : unit.Dois.Select(d => ((string?)d, Failed(d, null, reason))).ToList();
            }
        }
    }

    private static bool IsArxivDoi(string doi) =>
        doi.Trim().StartsWith("10.48550/", StringComparison.OrdinalIgnoreCase) || ArxivIds.TryParseDataCiteDoi(doi, out _);

    private async Task<IReadOnlyList<(string? Doi, SourceLookup Lookup)>> LookupSingleAsync(string doi, CancellationToken cancellationToken)
    {
        SourceHttpResponse response;
        try
        {
            response = await _http.GetAsync(CrossrefQuery.Work(_baseUrl, doi, _mailto), RequestKind.Single, cancellationToken).ConfigureAwait(false);
        }
        catch (SourceHttpException ex)
        {
            return [(doi, Failed(doi, ex.RequestUrl, ex.Message))];
        }

        var lookup = response.StatusCode switch
        {
            404 => new SourceLookup(doi, LookupOutcome.NotFound, _time.GetUtcNow(), response.RequestUrl, []),
            >= 200 and < 300 => FromWork(doi, response),
            _ => Failed(doi, response.RequestUrl, Reason(response)),
        };
        return [(doi, lookup)];
    }

    private SourceLookup FromWork(string doi, SourceHttpResponse response)
    {
        try
        {
            var record = ForIdentifier(CrossrefMapper.ToRecord(CrossrefResponseParser.ParseWork(response.Body)));
            return new SourceLookup(doi, LookupOutcome.Found, _time.GetUtcNow(), response.RequestUrl, [record]);
        }
        catch (MalformedResponseException ex)
        {
            return Failed(doi, response.RequestUrl, ex.Message);
        }
    }

    private async Task<IReadOnlyList<(string? Doi, SourceLookup Lookup)>> LookupBatchAsync(string[] dois, CancellationToken cancellationToken)
    {
        SourceHttpResponse response;
        try
        {
            response = await _http.GetAsync(CrossrefQuery.DoiFilter(_baseUrl, dois, _mailto), RequestKind.List, cancellationToken).ConfigureAwait(false);
        }
        catch (SourceHttpException ex)
        {
            return dois.Select(d => ((string?)d, Failed(d, ex.RequestUrl, ex.Message))).ToList();
        }

        if (response.StatusCode == 400)
        {
            // One bad DOI fails the whole filter: ask one by one so only that one is an error.
            var singles = await Task.WhenAll(dois.Select(d => LookupSingleAsync(d, cancellationToken))).ConfigureAwait(false);
            return singles.SelectMany(s => s).ToList();
        }

        if (!response.IsSuccess)
        {
            var reason = Reason(response);
            return dois.Select(d => ((string?)d, Failed(d, response.RequestUrl, reason))).ToList();
        }

        CrossrefWorkList list;
        try
        {
            list = CrossrefResponseParser.ParseWorkList(response.Body);
        }
        catch (MalformedResponseException ex)
        {
            return dois.Select(d => ((string?)d, Failed(d, response.RequestUrl, ex.Message))).ToList();
        }

        var found = new Dictionary<string, CrossrefWork>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            found.TryAdd(item.Doi.ToLowerInvariant(), item);
        }

        var now = _time.GetUtcNow();
        return dois.Select(d => ((string?)d, found.TryGetValue(d, out var item)
                ? new SourceLookup(d, LookupOutcome.Found, now, response.RequestUrl, [ForIdentifier(CrossrefMapper.ToRecord(item))])
                : list.SkippedItems > 0
                    ? Failed(d, response.RequestUrl, $"Crossref: {list.SkippedItems} item(s) in the response could not be read")
                    : new SourceLookup(d, LookupOutcome.NotFound, now, response.RequestUrl, [])))
            .ToList();
    }

    private async Task<IReadOnlyList<(string? Doi, SourceLookup Lookup)>> SearchTitleAsync(LookupRequest request, CancellationToken cancellationToken)
    {
        var text = CrossrefQuery.QueryText(request.Title!);
        if (text.Length == 0)
        {
            return [(null, Failed(request.Identity, null, "title has no searchable words"))];
        }

        SourceHttpResponse response;
        try
        {
            var url = CrossrefQuery.Bibliographic(_baseUrl, text, _options.TitleCandidates, _mailto);
            response = await _http.GetAsync(url, RequestKind.List, cancellationToken).ConfigureAwait(false);
        }
        catch (SourceHttpException ex)
        {
            return [(null, Failed(request.Identity, ex.RequestUrl, ex.Message))];
        }

        if (!response.IsSuccess)
        {
            return [(null, Failed(request.Identity, response.RequestUrl, Reason(response)))];
        }

        try
        {
            var list = CrossrefResponseParser.ParseWorkList(response.Body);
            var candidates = list.Items.Select(CrossrefMapper.ToRecord).ToList();
            var outcome = candidates.Count > 0 ? LookupOutcome.Found : LookupOutcome.NotFound;
            return [(null, new SourceLookup(request.Identity, outcome, _time.GetUtcNow(), response.RequestUrl, candidates))];
        }
        catch (MalformedResponseException ex)
        {
            return [(null, Failed(request.Identity, response.RequestUrl, ex.Message))];
        }
    }

    // Crossref's score only means something for a query (a DOI look-up says 1, a filter 0): keep it for searches only.
    private static SourceRecord ForIdentifier(SourceRecord record) => record with { Score = null };

    private string Reason(SourceHttpResponse response)
    {
        var message = CrossrefResponseParser.ReadErrorMessage(response.Body);
        return _http.Redactor.Redact(message is null ? $"Crossref: HTTP {response.StatusCode}" : $"Crossref: HTTP {response.StatusCode}: {message}");
    }

    private SourceLookup Failed(string identity, string? url, string reason) =>
        new(identity, LookupOutcome.Error, _time.GetUtcNow(), url, [], reason);
}
