using SnnBib.Resolvers.Caching;
using SnnBib.Testing;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// The local server for Data/e2e/resume-list.md (7 papers): Crossref and OpenReview answer their batches at once, the
/// arXiv batch is held for a minute the first time (so a kill or a Ctrl-C lands while it is in flight) and answered at
/// once after that. The three papers matched only as preprints (two arXiv ids without a venue, the rejected ICLR
/// submission) then have their published versions searched on Crossref by title, which finds nothing.
/// </summary>
internal sealed class ResumeWorld : IAsyncDisposable
{
    public const string ListFile = "resume-list.md";
    public const int PaperCount = 7;

    /// <summary>Papers answered by Crossref (3) and OpenReview (2) while arXiv is still held.</summary>
    public const int AnsweredBeforeArxiv = 5;

    /// <summary>The route of the Crossref title searches for the preprints' published versions.</summary>
    public const string PublishedVersionSearch = "crossref published version";

    /// <summary>The titles searched for a published version, once each: the two arXiv preprints and the rejected submission.</summary>
    public static readonly string[] PreprintsOnly =
        ["Neurons That Fire Together in Cortical Columns", "Rate Codes Are Not Enough", "Temporal Credit Assignment with Dendritic Spikes"];

    private ResumeWorld(LocalApiServer server, string cacheFolder)
    {
        Server = server;
        CacheFolder = cacheFolder;
    }

    public LocalApiServer Server { get; }

    public string CacheFolder { get; }

    public string PapersFolder => Path.Combine(CacheFolder, CacheStore.PapersFolderName);

    public static async Task<ResumeWorld> StartAsync(string cacheFolder)
    {
        var server = await LocalApiServer.StartAsync();
        server.Get("/arxiv/api/query", r => r.QueryValue("id_list") is not null, "arxiv id_list")
            .ReplyAtom(E2eData.Read("arxiv-id_list-two.atom.xml"), delay: TimeSpan.FromMinutes(1))
            .ReplyAtom(E2eData.Read("arxiv-id_list-two.atom.xml"));
        server.Get("/crossref/works", r => r.QueryValue("filter") is not null, "crossref dois")
            .ReplyJson(E2eData.Read("crossref-filter-three.work-list.json"));
        server.Post("/or2/notes/search", name: "openreview ids")
            .ReplyJson(E2eData.Read("openreview-api2-notes-two.json"));
        server.Get("/crossref/works", r => r.QueryValue("query.bibliographic") is not null, PublishedVersionSearch)
            .ReplyJson(E2eData.Read("crossref-query-empty.work-list.json"));
        return new ResumeWorld(server, cacheFolder);
    }

    public string[] UpdateArgs() =>
    [
        "update", "--list", E2eData.PathOf(ListFile), "--cache", CacheFolder, "--mailto", ImaginaryWorld.Mailto,
        "--arxiv-url", Server.Url("/arxiv"), "--crossref-url", Server.Url("/crossref"),
        "--openreview-url", Server.Url("/or2"), "--openreview-v1-url", Server.Url("/or1"),
    ];

    /// <summary>Paper files written so far (temp files excluded).</summary>
    public string[] PaperFiles() =>
        Directory.Exists(PapersFolder) ? Directory.GetFiles(PapersFolder, "*.json", SearchOption.AllDirectories) : [];

    public string[] TempFiles() =>
        Directory.Exists(PapersFolder) ? Directory.GetFiles(PapersFolder, "*" + CacheStore.TempSuffix, SearchOption.AllDirectories) : [];

    /// <summary>True once the arXiv batch is in flight and the other sources' papers are saved: the moment to interrupt.</summary>
    public bool MidRun() =>
        Server.Requests.Any(r => r.Route == "arxiv id_list") && PaperFiles().Length >= AnsweredBeforeArxiv;

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
