using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.OpenReview;

/// <summary>
/// OpenReview look-ups: ids on API 2 first, in batches (POST /notes/search {"ids": […]}), and ids API 2 does not know on
/// API 1 (older venues, e.g. ICLR ≤ 2023), through the same parser. A batch answered with NotFoundError/ForbiddenError is
/// asked again id by id, since one unknown or hidden id can fail the whole batch. A hidden or deleted note counts as not
/// found; a reply (review, comment) is an error, as it names no paper. Titles are searched on API 2 (/notes/search).
/// </summary>
public sealed class OpenReviewResolver : IResolver
{
    private readonly SourceHttpClient _api2;
    private readonly Uri _api2Url;
    private readonly SourceHttpClient _api1;
    private readonly Uri _api1Url;
    private readonly TimeProvider _time;
    private readonly OpenReviewResolverOptions _options;

    public OpenReviewResolver(
        SourceHttpClient api2,
        Uri api2Url,
        SourceHttpClient api1,
        Uri api1Url,
        TimeProvider timeProvider,
        OpenReviewResolverOptions? options = null)
    {
        _api2 = api2 ?? throw new ArgumentNullException(nameof(api2));
        _api2Url = api2Url ?? throw new ArgumentNullException(nameof(api2Url));
        _api1 = api1 ?? throw new ArgumentNullException(nameof(api1));
        _api1Url = api1Url ?? throw new ArgumentNullException(nameof(api1Url));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options ?? new OpenReviewResolverOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.TitleCandidates, 1);
    }

    public SourceName Source => SourceName.OpenReview;

    /// <summary>An OpenReview id, or no identifier but a title.</summary>
    public bool CanLookup(LookupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Identifier switch
        {
            null => !string.IsNullOrWhiteSpace(request.Title),
            OpenReviewId => true,
            _ => false,
        };
    }

    public async Task<IReadOnlyList<SourceLookup>> LookupAsync(IReadOnlyList<LookupRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var results = new List<SourceLookup>(requests.Count);
        var byId = new Dictionary<string, List<LookupRequest>>(StringComparer.Ordinal);
        var titles = new List<LookupRequest>();
        foreach (var request in requests)
        {
            switch (request.Identifier)
            {
                case OpenReviewId openReview when !string.IsNullOrWhiteSpace(openReview.Id):
                    var id = openReview.Id.Trim();
                    if (!byId.TryGetValue(id, out var sharing))
                    {
                        byId[id] = sharing = [];
                    }

                    sharing.Add(request);
                    break;
                case null when !string.IsNullOrWhiteSpace(request.Title):
                    titles.Add(request);
                    break;
                case null:
                    results.Add(Failed(request.Identity, null, "nothing to look up: no identifier and no title"));
                    break;
                default:
                    results.Add(Failed(request.Identity, null, $"not an OpenReview id: {request.Identifier}"));
                    break;
            }
        }

        Dictionary<string, SourceLookup> answers;
        try
        {
            answers = await LookupIdsAsync(byId.Keys.ToList(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug or an input we did not foresee is reported per paper, not thrown at the caller.
            answers = byId.Keys.ToDictionary(id => id, id => Failed(id, null, Unexpected(ex)), StringComparer.Ordinal);
        }

        foreach (var (id, lookup) in answers)
        {
            results.AddRange(byId[id].Select(r => lookup with { Identity = r.Identity }));
        }

        foreach (var request in titles)
        {
            try
            {
                results.Add(await SearchTitleAsync(request, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results.Add(Failed(request.Identity, null, Unexpected(ex)));
            }
        }

        return results;
    }

    private async Task<Dictionary<string, SourceLookup>> LookupIdsAsync(List<string> ids, CancellationToken cancellationToken)
    {
        // API 2 first; what it does not know is asked of API 1. An API 2 error is not retried on API 1 (next run).
        var answers = await LookupOnHostAsync(_api2, _api2Url, ids, cancellationToken).ConfigureAwait(false);
        var unknown = answers.Where(a => a.Value.Outcome == LookupOutcome.NotFound).Select(a => a.Key).ToList();
        if (unknown.Count > 0)
        {
            var fromApi1 = await LookupOnHostAsync(_api1, _api1Url, unknown, cancellationToken).ConfigureAwait(false);
            foreach (var (id, lookup) in fromApi1)
            {
                // API 1 answers for these ids: found, not found, or an error worth reporting (retried next run).
                answers[id] = lookup;
            }
        }

        return answers;
    }

    private string Unexpected(Exception ex) =>
        _api2.Redactor.Redact($"OpenReview: unexpected {ex.GetType().Name}: {ex.Message}".ReplaceLineEndings(" "));

    private async Task<Dictionary<string, SourceLookup>> LookupOnHostAsync(
        SourceHttpClient http, Uri baseUrl, List<string> ids, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<string, SourceLookup>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(_options.BatchSize))
        {
            if (chunk.Length == 1)
            {
                answers[chunk[0]] = await LookupOneAsync(http, baseUrl, chunk[0], cancellationToken).ConfigureAwait(false);
                continue;
            }

            SourceHttpResponse response;
            try
            {
                response = await http.PostJsonAsync(OpenReviewQuery.NotesByIds(baseUrl), OpenReviewQuery.IdsBody(chunk), RequestKind.List, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (SourceHttpException ex)
            {
                foreach (var id in chunk)
                {
                    answers[id] = Failed(id, ex.RequestUrl, ex.Message);
                }

                continue;
            }

            if (!response.IsSuccess)
            {
                var error = OpenReviewApiError.TryParse(response.Body);
                if (error is not null && (error.IsNotFound || error.IsForbidden))
                {
                    foreach (var id in chunk)
                    {
                        answers[id] = await LookupOneAsync(http, baseUrl, id, cancellationToken).ConfigureAwait(false);
                    }
                }
                else
                {
                    foreach (var id in chunk)
                    {
                        answers[id] = Failed(id, response.RequestUrl, Reason(http, response, error));
                    }
                }

                continue;
            }

            foreach (var (id, lookup) in Match(chunk, response, http))
            {
                answers[id] = lookup;
            }
        }

        return answers;
    }

    private async Task<SourceLookup> LookupOneAsync(SourceHttpClient http, Uri baseUrl, string id, CancellationToken cancellationToken)
    {
        SourceHttpResponse response;
        try
        {
            response = await http.GetAsync(OpenReviewQuery.NoteById(baseUrl, id), RequestKind.Single, cancellationToken).ConfigureAwait(false);
        }
        catch (SourceHttpException ex)
        {
            return Failed(id, ex.RequestUrl, ex.Message);
        }

        if (!response.IsSuccess)
        {
            var error = OpenReviewApiError.TryParse(response.Body);
            return response.StatusCode is 404 or 403 || (error is not null && (error.IsNotFound || error.IsForbidden))
                ? new SourceLookup(id, LookupOutcome.NotFound, _time.GetUtcNow(), response.RequestUrl, [])
                : Failed(id, response.RequestUrl, Reason(http, response, error));
        }

        return Match([id], response, http).Single().Lookup;
    }

    private IEnumerable<(string Id, SourceLookup Lookup)> Match(IReadOnlyList<string> ids, SourceHttpResponse response, SourceHttpClient http)
    {
        OpenReviewNoteList list;
        try
        {
            list = OpenReviewNoteParser.Parse(response.Body);
        }
        catch (MalformedResponseException ex)
        {
            return ids.Select(id => (id, Failed(id, response.RequestUrl, $"{http.Policy.Name}: {ex.Message}"))).ToList();
        }

        var notes = new Dictionary<string, OpenReviewNote>(StringComparer.Ordinal);
        foreach (var note in list.Notes)
        {
            notes.TryAdd(note.Id, note);
        }

        var now = _time.GetUtcNow();
        return ids.Select(id => (id, notes.TryGetValue(id, out var note) switch
        {
            true when note!.Deleted is not null => new SourceLookup(id, LookupOutcome.NotFound, now, response.RequestUrl, []),
            true when note!.IsReply => Failed(id, response.RequestUrl, $"OpenReview note {id} is a reply in forum {note.Forum}, not a submission"),
            true => new SourceLookup(id, LookupOutcome.Found, now, response.RequestUrl, [OpenReviewMapper.ToRecord(note!)]),
            false when list.Unreadable > 0 => Failed(id, response.RequestUrl, $"{http.Policy.Name}: {list.Unreadable} note(s) in the response could not be read"),
            false => new SourceLookup(id, LookupOutcome.NotFound, now, response.RequestUrl, []),
        })).ToList();
    }

    private async Task<SourceLookup> SearchTitleAsync(LookupRequest request, CancellationToken cancellationToken)
    {
        var terms = OpenReviewQuery.SearchTerms(request.Title!);
        if (terms.Length == 0)
        {
            return Failed(request.Identity, null, "title has no searchable words");
        }

        SourceHttpResponse response;
        try
        {
            response = await _api2.GetAsync(OpenReviewQuery.TitleSearch(_api2Url, terms, _options.TitleCandidates), RequestKind.List, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (SourceHttpException ex)
        {
            return Failed(request.Identity, ex.RequestUrl, ex.Message);
        }

        if (!response.IsSuccess)
        {
            return Failed(request.Identity, response.RequestUrl, Reason(_api2, response, OpenReviewApiError.TryParse(response.Body)));
        }

        try
        {
            var candidates = OpenReviewNoteParser.Parse(response.Body).Notes
                .Where(n => n.Deleted is null && !n.IsReply)
                .Take(_options.TitleCandidates)
                .Select(OpenReviewMapper.ToRecord)
                .ToList();
            var outcome = candidates.Count > 0 ? LookupOutcome.Found : LookupOutcome.NotFound;
            return new SourceLookup(request.Identity, outcome, _time.GetUtcNow(), response.RequestUrl, candidates);
        }
        catch (MalformedResponseException ex)
        {
            return Failed(request.Identity, response.RequestUrl, $"{_api2.Policy.Name}: {ex.Message}");
        }
    }

    private static string Reason(SourceHttpClient http, SourceHttpResponse response, OpenReviewApiError? error)
    {
        var detail = error is null ? null : string.Join(": ", new[] { error.Name, error.Message }.Where(s => !string.IsNullOrEmpty(s)));
        return http.Redactor.Redact(string.IsNullOrEmpty(detail)
            ? $"{http.Policy.Name}: HTTP {response.StatusCode}"
            : $"{http.Policy.Name}: HTTP {response.StatusCode}: {detail}");
    }

    private SourceLookup Failed(string identity, string? url, string reason) =>
        new(identity, LookupOutcome.Error, _time.GetUtcNow(), url, [], reason);
}
