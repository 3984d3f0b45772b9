using SnnBib.Testing;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// The local server answering for Data/e2e/world-list.md: the three APIs under /arxiv, /crossref, /or2 (OpenReview
/// API 2) and /or1 (API 1), scripted with the constructed bodies of Data/e2e. What each paper meets:
/// <list type="bullet">
/// <item>arXiv: one id_list batch for the five listed ids, answered 429 (Retry-After: 1) once, then four entries
/// (2404.99999 unknown; 2403.30003 is a wrong link). Title searches find two papers, nothing for the rest.</item>
/// <item>Crossref: one filter=doi:… batch for the six listed DOIs, answered 503 twice, then five works (the Science
/// Advances DOI unknown); the DOIs two arXiv records name come as one more batch; title searches find two papers and
/// the PMLR paper's search gets a body cut off mid-item once (a malformed body), an empty list after.</item>
/// <item>OpenReview: the id batch (POST /notes/search) stalls past the attempt timeout once, then says NotFoundError
/// (one id is unknown to API 2), so the ids are asked one by one; the ICLR 2023 id is found on API 1. Title searches
/// find the NeurIPS and ICML papers.</item>
/// </list>
/// </summary>
internal sealed class ImaginaryWorld : IAsyncDisposable
{
    public const string ListFile = "world-list.md";
    public const string Mailto = "e2e@example.org";

    public static readonly string[] ArxivIds = ["2401.10001", "2402.20002", "2403.30003", "2404.99999", "q-bio/0612001"];

    public static readonly string[] ListedDois =
    [
        "10.3389/fnins.2024.1400001", "10.1038/s41467-024-40002-x", "10.1109/tnnls.2024.3400003",
        "10.24963/ijcai.2024/404", "10.1016/j.neunet.2024.106005", "10.1126/sciadv.adz0006",
    ];

    public static readonly string[] DerivedDois = ["10.1109/tnnls.2024.3401111", "10.1609/aaai.v38i9.28020"];

    public static readonly string[] OpenReviewIds = ["SpRoute24x", "EvAttn_23q", "RateNo24zz"];

    private ImaginaryWorld(LocalApiServer server) => Server = server;

    public LocalApiServer Server { get; }

    public ScriptedRoute ArxivBatch { get; private set; } = null!;

    public ScriptedRoute CrossrefListedBatch { get; private set; } = null!;

    public ScriptedRoute CrossrefDerivedBatch { get; private set; } = null!;

    public ScriptedRoute CrossrefMalformedSearch { get; private set; } = null!;

    public ScriptedRoute OpenReviewBatch { get; private set; } = null!;

    public static async Task<ImaginaryWorld> StartAsync()
    {
        var world = new ImaginaryWorld(await LocalApiServer.StartAsync());
        world.Script();
        return world;
    }

    /// <summary>`update` over the world list into <paramref name="cache"/>, every base URL pointing at this server.</summary>
    public string[] UpdateArgs(string cache, params string[] more) =>
    [
        "update", "--list", E2eData.PathOf(ListFile), "--cache", cache, "--mailto", Mailto,
        "--arxiv-url", Server.Url("/arxiv"), "--crossref-url", Server.Url("/crossref"),
        "--openreview-url", Server.Url("/or2"), "--openreview-v1-url", Server.Url("/or1"), .. more,
    ];

    /// <summary>Requests to one of the four hosts ("arxiv", "crossref", "or2", "or1"), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string host) =>
        Server.Requests.Where(r => r.Path.StartsWith("/" + host + "/", StringComparison.Ordinal)).ToList();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static bool Has(RecordedRequest r, string parameter, string text) =>
        r.QueryValue(parameter)?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;

    private void Script()
    {
        var s = Server;
        var json = "application/json; charset=utf-8";

        // arXiv. Its 429 body is not recorded anywhere; community reports quote plain text.
        ArxivBatch = s.Get("/arxiv/api/query", r => r.QueryValue("id_list") is not null, "arxiv id_list")
            .Reply(429, "Rate exceeded.", headers: new Dictionary<string, string> { ["Retry-After"] = "1" })
            .ReplyAtom(E2eData.Read("arxiv-id_list-four-of-five.atom.xml"));
        s.Get("/arxiv/api/query", r => Has(r, "search_query", "Online Learning Rules for Spiking Agents"), "arxiv search pmlr")
            .ReplyAtom(E2eData.Read("arxiv-search-online-learning-rules.atom.xml"));
        s.Get("/arxiv/api/query", r => Has(r, "search_query", "Homeostatic Plasticity Stabilises Spiking Networks"), "arxiv search no link")
            .ReplyAtom(E2eData.Read("arxiv-search-homeostatic-plasticity.atom.xml"));
        s.Get("/arxiv/api/query", r => r.QueryValue("search_query") is not null, "arxiv search nothing")
            .ReplyAtom(E2eData.Read("arxiv-search-empty.atom.xml"));

        // Crossref: the listed DOIs, then the DOIs arXiv records name, then title searches.
        CrossrefListedBatch = s.Get("/crossref/works", r => Has(r, "filter", "doi:10.3389/fnins.2024.1400001"), "crossref listed dois")
            .Reply(503, "<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html")
            .Reply(503, "<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html")
            .Reply(200, E2eData.Read("crossref-filter-list-dois-five-of-six.work-list.json"), json);
        CrossrefDerivedBatch = s.Get("/crossref/works", r => Has(r, "filter", "doi:10.1609/aaai.v38i9.28020"), "crossref derived dois")
            .Reply(200, E2eData.Read("crossref-filter-derived-dois.work-list.json"), json);
        s.Get("/crossref/works", r => Has(r, "query.bibliographic", "Low-Power Keyword Spotting"), "crossref search ieee")
            .Reply(200, E2eData.Read("crossref-query-keyword-spotting.work-list.json"), json);
        s.Get("/crossref/works", r => Has(r, "query.bibliographic", "SpikeSeg"), "crossref search cvf")
            .Reply(200, E2eData.Read("crossref-query-spikeseg.work-list.json"), json);
        CrossrefMalformedSearch = s.Get("/crossref/works", r => Has(r, "query.bibliographic", "Online Learning Rules"), "crossref search pmlr")
            .Reply(200, E2eData.Read("crossref-query-truncated.work-list.json"), json)
            .Reply(200, E2eData.Read("crossref-query-empty.work-list.json"), json);
        s.Get("/crossref/works", r => r.QueryValue("query.bibliographic") is not null, "crossref search nothing")
            .Reply(200, E2eData.Read("crossref-query-empty.work-list.json"), json);

        // OpenReview API 2: the batch, the one-by-one fallback, title searches; API 1 for the ICLR 2023 id.
        OpenReviewBatch = s.Post("/or2/notes/search", name: "openreview ids")
            .ReplyJson("{\"notes\":[],\"count\":0}", delay: TimeSpan.FromSeconds(20))
            .ReplyJson(E2eData.Read("openreview-error-not-found-404.json"), 404);
        s.Get("/or2/notes", r => r.QueryValue("id") == "SpRoute24x", "openreview id accepted")
            .ReplyJson(E2eData.Read("openreview-api2-note-SpRoute24x.json"));
        s.Get("/or2/notes", r => r.QueryValue("id") == "RateNo24zz", "openreview id rejected")
            .ReplyJson(E2eData.Read("openreview-api2-note-RateNo24zz.json"));
        s.Get("/or2/notes", r => r.QueryValue("id") == "EvAttn_23q", "openreview id not on api 2")
            .ReplyJson(E2eData.Read("openreview-error-not-found-404.json"), 404);
        s.Get("/or2/notes/search", r => Has(r, "term", "Surrogate Gradients Revisited"), "openreview search neurips")
            .ReplyJson(E2eData.Read("openreview-search-surrogate-gradients.json"));
        s.Get("/or2/notes/search", r => Has(r, "term", "Spiking State Space Models"), "openreview search icml")
            .ReplyJson(E2eData.Read("openreview-search-spiking-state-space.json"));
        s.Get("/or2/notes/search", name: "openreview search nothing")
            .ReplyJson(E2eData.Read("openreview-search-empty.json"));
        s.Get("/or1/notes", r => r.QueryValue("id") == "EvAttn_23q", "openreview v1 id")
            .ReplyJson(E2eData.Read("openreview-api1-note-EvAttn_23q.json"));
    }
}
