using System.Text.Json;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Sources;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// `snnbib update` then `snnbib export` in-process against the local server of <see cref="ImaginaryWorld"/> (a list
/// using every identifier kind, constructed bodies in the real shapes), pacing shrunk through the test seam.
/// </summary>
public sealed class UpdateExportEndToEndTests(WorldRunFixture world) : IClassFixture<WorldRunFixture>
{
    public static TheoryData<string, RecordStatus> ExpectedStatuses => new()
    {
        { "Spiking Lattice Networks for Event Streams", RecordStatus.Resolved },           // arXiv id → its DOI on Crossref
        { "Temporal Credit Assignment with Dendritic Spikes", RecordStatus.PreprintOnly }, // arXiv id with version, no DOI
        { "Gradient Highways for Deep Spiking Transformers", RecordStatus.Conflict },      // wrong link
        { "Lost Spikes: A Paper arXiv Never Heard Of", RecordStatus.Unresolved },          // unknown arXiv id
        { "Neurons That Fire Together in Cortical Columns", RecordStatus.PreprintOnly },   // old-style arXiv id
        { "Sparse Spike Routing in Mixture of Experts", RecordStatus.Resolved },           // OpenReview forum link, API 2
        { "Event-driven Attention without Multiplications", RecordStatus.Resolved },       // OpenReview pdf link, API 1
        { "Rate Codes Are Not Enough", RecordStatus.PreprintOnly },                        // rejected submission
        { "Energy Landscapes of Spiking Reservoirs", RecordStatus.Resolved },              // Frontiers DOI
        { "A Neuromorphic Retina on a Chip", RecordStatus.Resolved },                      // nature.com article → DOI
        { "Hardware-aware Training of Spiking Networks", RecordStatus.Resolved },          // doi.org link
        { "Spiking Graph Networks for Traffic Forecasting", RecordStatus.Resolved },       // IJCAI page → DOI
        { "A Spiking Model of the Olfactory Bulb", RecordStatus.Resolved },                // Elsevier DOI
        { "Optimal Spike Thresholds for Conversion", RecordStatus.Unresolved },            // DOI Crossref does not know
        { "Spiking Neural Networks for Low-Power Keyword Spotting", RecordStatus.Resolved }, // IEEE Xplore → title search
        { "SpikeSeg: Event-based Semantic Segmentation with Spiking Networks", RecordStatus.Resolved }, // CVF → title search
        { "Surrogate Gradients Revisited for Spiking Recurrent Networks", RecordStatus.Resolved }, // NeurIPS → OpenReview search
        { "Online Learning Rules for Spiking Agents", RecordStatus.PreprintOnly },         // PMLR → arXiv search
        { "Spiking State Space Models for Long Sequences", RecordStatus.Resolved },        // ICML poster → OpenReview search
        { "Homeostatic Plasticity Stabilises Spiking Networks", RecordStatus.Resolved },   // no link → arXiv search → DOI
    };

    [Theory]
    [MemberData(nameof(ExpectedStatuses))]
    public void Update_EveryPaper_CachedWithItsStatus(string title, RecordStatus status)
    {
        Assert.Equal(20, world.Papers.Count);
        var paper = world.Papers[title];
        Assert.NotNull(paper.Merged);
        Assert.Equal(status, paper.Status);
    }

    [Fact]
    public void Update_FirstRun_ExitsOneAndSumsUp()
    {
        Assert.Equal(1, world.First.ExitCode);
        var counts = SummaryCounts(world.First.Output);
        Assert.Equal(13, counts["resolved"]);
        Assert.Equal(4, counts["preprint-only"]);
        Assert.Equal(2, counts["unresolved"]);
        Assert.Equal(1, counts["conflicts"]);
        Assert.Equal(1, counts["failed look-ups"]);
        Assert.Equal(20, counts["total"]);
        // 40 = 34 for the list's own questions and arXiv's DOIs, + 3 for the wrong link's title searched instead
        // (one per source), + 3 Crossref searches for the published versions of the preprint-only papers (issue 4).
        Assert.Contains("40 look-ups made.", world.First.Output);
    }

    [Fact]
    public void Update_FirstRun_RequestsPerHost()
    {
        // arXiv: 1 id batch (+1 after the 429), 6 title searches, 1 for the wrong link's title; OpenReview API 2: the
        // batch (+1 after the timeout), 3 single look-ups after NotFoundError, 6 searches, 1 for the wrong link; API 1: 1;
        // Crossref: 1 batch (+2 after 503s), 6 searches, 1 batch of derived DOIs, 1 for the wrong link, and 3 searches
        // for the published versions of the preprint-only papers (issue 4: arXiv 8→9, OpenReview 11→12, Crossref 10→14).
        var perHost = world.FirstRequests.GroupBy(r => r.Path.Split('/')[1]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["arxiv"] = 9, ["or2"] = 12, ["or1"] = 1, ["crossref"] = 14 }, perHost);
        Assert.All(world.FirstRequests, r => Assert.NotNull(r.Route));
        Assert.All(world.FirstRequests, r => Assert.StartsWith("snnbib/0.0.0-e2e (+", r.Headers["User-Agent"], StringComparison.Ordinal));
        Assert.All(world.FirstRequests, r => Assert.Contains("mailto:" + ImaginaryWorld.Mailto, r.Headers["User-Agent"], StringComparison.Ordinal));
    }

    [Fact]
    public void Update_ArxivIds_OneIdListRequestForAllFive()
    {
        var batches = world.FirstRequests.Where(r => r.Path == "/arxiv/api/query" && r.QueryValue("id_list") is not null).ToList();
        Assert.Equal(2, batches.Count); // the 429, then the same request again
        Assert.All(batches, b =>
        {
            Assert.Equal(ImaginaryWorld.ArxivIds.Order(), b.QueryValue("id_list")!.Split(',').Order());
            Assert.Equal("5", b.QueryValue("max_results"));
        });
    }

    [Fact]
    public void Update_ListedDois_OneFilterRequestForAllSix_DerivedDoisAnother()
    {
        var filters = world.FirstRequests.Where(r => r.Path == "/crossref/works" && r.QueryValue("filter") is not null).ToList();
        Assert.Equal(4, filters.Count);
        var dois = filters.Select(f => f.QueryValue("filter")!.Split(',').Select(d => d["doi:".Length..]).Order().ToList()).ToList();
        Assert.All(dois.Take(3), d => Assert.Equal(ImaginaryWorld.ListedDois.Order(), d));
        Assert.Equal(ImaginaryWorld.DerivedDois.Order(), dois[3]);
        Assert.Equal(["6", "6", "6", "2"], filters.Select(f => f.QueryValue("rows")));
        Assert.All(filters, f => Assert.Equal(ImaginaryWorld.Mailto, f.QueryValue("mailto")));
        Assert.DoesNotContain(world.FirstRequests, r => r.Path.StartsWith("/crossref/works/", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_OpenReviewIds_OneBatchThenOneByOneAfterNotFound_Api1ForTheOldVenue()
    {
        var batch = world.FirstRequests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, batch.Count);
        Assert.All(batch, b => Assert.Equal(
            ImaginaryWorld.OpenReviewIds.Order(),
            JsonDocument.Parse(b.Body!).RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).Order()));
        Assert.Equal(
            ImaginaryWorld.OpenReviewIds.Order(),
            world.FirstRequests.Where(r => r.Path == "/or2/notes").Select(r => r.QueryValue("id")!).Order());
        Assert.Equal(["EvAttn_23q"], world.FirstRequests.Where(r => r.Path == "/or1/notes").Select(r => r.QueryValue("id")));
    }

    [Fact]
    public void Update_TitleSearches_WithoutALookableIdentifier_AfterTheWrongLink_AndForPublishedVersions()
    {
        // IEEE, CVF, NeurIPS, PMLR, ICML poster and the unlinked paper: one search on each of the three services.
        string[] withoutIdentifier =
        [
            "Spiking Neural Networks for Low-Power Keyword Spotting", "SpikeSeg: Event-based Semantic Segmentation with Spiking Networks",
            "Surrogate Gradients Revisited for Spiking Recurrent Networks", "Online Learning Rules for Spiking Agents",
            "Spiking State Space Models for Long Sequences", "Homeostatic Plasticity Stabilises Spiking Networks",
        ];

        // The wrong link's listed title is searched instead, on all three services.
        string[] wrongLink = ["Gradient Highways for Deep Spiking Transformers"];

        // Matched only as preprints (or a rejected submission): their published versions are searched on Crossref. Not
        // the lattice paper (Crossref confirmed the DOI arXiv names) nor the PMLR paper (ICML registers no Crossref DOIs).
        string[] preprintsOnly = ["Temporal Credit Assignment with Dendritic Spikes", "Rate Codes Are Not Enough", "Neurons That Fire Together in Cortical Columns"];

        var arxiv = world.FirstRequests.Select(r => r.QueryValue("search_query")).OfType<string>().ToList();
        var crossref = world.FirstRequests.Select(r => r.QueryValue("query.bibliographic")).OfType<string>().ToList();
        var openReview = world.FirstRequests.Where(r => r.Path == "/or2/notes/search" && r.Method == "GET").Select(r => r.QueryValue("term")!).ToList();
        Assert.All(arxiv, q => Assert.StartsWith("ti:\"", q, StringComparison.Ordinal));
        Assert.Equal(Words([.. withoutIdentifier, .. wrongLink]), Words(arxiv.Select(q => q["ti:".Length..])));
        Assert.Equal(Words([.. withoutIdentifier, .. wrongLink]), Words(openReview));
        Assert.Equal(Words([.. withoutIdentifier, .. wrongLink, .. preprintsOnly]), Words(crossref));
    }

    [Fact]
    public void Update_Arxiv429_WaitsRetryAfterThenRetries()
    {
        var batches = world.FirstRequests.Where(r => r.QueryValue("id_list") is not null).ToList();
        Assert.Equal([429, 200], batches.Select(b => b.Status));
        Assert.InRange(batches[1].At - batches[0].At, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(10));
        Assert.Contains(Host(world.First.Output, "arxiv"), h => h.Retries == 1 && h.Failed == 0);
    }

    [Fact]
    public void Update_Crossref503Burst_RetriedUntilAnswered()
    {
        Assert.Equal([503, 503, 200], world.FirstRequests.Where(r => r.Route == "crossref listed dois").Select(r => r.Status));
        Assert.Contains(Host(world.First.Output, "crossref"), h => h.Retries == 2 && h.Failed == 0);
        Assert.Equal(RecordStatus.Resolved, world.Papers["Energy Landscapes of Spiking Reservoirs"].Status);
    }

    [Fact]
    public void Update_OpenReviewTimeout_AbandonedAndRetried()
    {
        var batch = world.FirstRequests.Where(r => r.Route == "openreview ids").ToList();
        Assert.Equal(2, batch.Count);

        // The first attempt was given up long before the server's 20 s answer and retried. Only an upper bound: log
        // times are arrival times, and on a loaded machine the first arrival can be logged late, shrinking the gap.
        Assert.InRange(batch[1].At - batch[0].At, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Contains(Host(world.First.Output, "openreview"), h => h.Retries == 1 && h.Failed == 0);
    }

    [Fact]
    public void Update_MalformedBody_FailsThatLookupOnly_NextRunAsksOnlyIt()
    {
        Assert.Contains("failed: Online Learning Rules for Spiking Agents: crossref", world.First.Error);
        Assert.Contains("not JSON", world.First.Error);
        Assert.Single(world.First.Error.Split('\n'), l => l.StartsWith("failed:", StringComparison.Ordinal));

        // The other sources answered: the paper is still cached, as its arXiv preprint.
        var paper = world.Papers["Online Learning Rules for Spiking Agents"];
        Assert.Equal("2302.40018", paper.Merged!.ArxivId);

        var again = Assert.Single(world.SecondRequests);
        Assert.Equal("crossref search pmlr", again.Route);
        Assert.Equal(2, world.World.CrossrefMalformedSearch.Hits);
        Assert.DoesNotContain("failed:", world.Second.Error);
        Assert.Equal(1, world.Second.ExitCode); // the wrong link still needs a look
    }

    [Fact]
    public void Update_UnknownIds_NotFoundNotFailed()
    {
        foreach (var title in new[] { "Lost Spikes: A Paper arXiv Never Heard Of", "Optimal Spike Thresholds for Conversion" })
        {
            var paper = world.Papers[title];
            var lookup = Assert.Single(paper.Lookups);
            Assert.Equal(LookupOutcome.NotFound, lookup.Outcome);
            Assert.Null(lookup.Error);
        }

        // Not found on API 2, found on API 1: the API 1 answer is the one kept.
        var old = world.Papers["Event-driven Attention without Multiplications"];
        Assert.Equal(LookupOutcome.Found, Assert.Single(old.Lookups).Outcome);
        Assert.Contains("/or1/notes?id=EvAttn_23q", Assert.Single(old.Lookups).RequestUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_WrongLink_ConflictReportedAndNotMerged()
    {
        Assert.Contains(
            "conflict: Gradient Highways for Deep Spiking Transformers: arxiv:2403.30003 is \"Quantum Annealing Schedules for Protein Folding\"",
            world.First.Error);
        var merged = world.Papers["Gradient Highways for Deep Spiking Transformers"].Merged!;
        Assert.Equal("Gradient Highways for Deep Spiking Transformers", merged.Item.Title);
        Assert.DoesNotContain(merged.Item.Author, a => a.Family == "Quintero");
        Assert.Null(merged.Item.Abstract);
        Assert.DoesNotContain("Quantum", world.Exports["csljson"].Output);

        // The link's own id and URL name the other paper: no export cites them (issue 4; they were exported before).
        Assert.Null(merged.ArxivId);
        Assert.All(world.Exports.Values, e => Assert.DoesNotContain("2403.30003", e.Output, StringComparison.Ordinal));
        Assert.Contains("searched by title instead: nothing acceptable found", world.First.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_Rerun_MakesZeroRequests()
    {
        Assert.Empty(world.ThirdRequests);
        Assert.Contains("0 look-ups made.", world.Third.Output);
        Assert.Equal(20, SummaryCounts(world.Third.Output)["fresh in cache (skipped)"]);
        Assert.Equal(1, world.Third.ExitCode); // still a conflict
    }

    [Fact]
    public void Update_OnlyACleanPaper_ExitsZeroWithoutRequests()
    {
        Assert.Empty(world.OnlyCleanRequests);
        Assert.Equal(0, world.OnlyClean.ExitCode);
        Assert.Equal(1, SummaryCounts(world.OnlyClean.Output)["total"]);
    }

    [Fact]
    public void Update_CacheFiles_HashNamedAndReadable()
    {
        var files = Directory.GetFiles(Path.Combine(world.CacheFolder, CacheStore.PapersFolderName), "*", SearchOption.AllDirectories);
        Assert.Equal(20, files.Length);
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{64}\\.json$", Path.GetFileName(f)));
        Assert.All(new CacheStore(world.CacheFolder).LoadAll(), l => Assert.Null(l.Warning));
    }

    [Fact]
    public void Export_Ris_CompleteEntries()
    {
        var ris = world.Exports["ris"];
        Assert.Equal(0, ris.ExitCode);
        var entry = Entry(ris.Output, "ER  - ", "TI  - Spiking Lattice Networks for Event Streams");
        Assert.Contains("AU  - Halvorsen, Ingrid", entry);
        Assert.Contains("DO  - 10.1109/TNNLS.2024.3401111", entry);
        Assert.Contains("T2  - IEEE Transactions on Neural Networks and Learning Systems", entry);
        Assert.Contains("SP  - 12001", entry);
        Assert.Contains("EP  - 12013", entry);
        Assert.Contains("AB  - We arrange spiking neurons on a lattice", entry);
        Approve.Text(ris.Output, "ris");
    }

    [Fact]
    public void Export_CslJson_CompleteEntries()
    {
        var csl = world.Exports["csljson"];
        Assert.Equal(0, csl.ExitCode);
        var items = JsonDocument.Parse(csl.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        var ijcai = items.Single(i => i.GetProperty("title").GetString() == "Spiking Graph Networks for Traffic Forecasting");
        Assert.Equal("10.24963/ijcai.2024/404", ijcai.GetProperty("DOI").GetString());
        Assert.Equal("3650-3658", ijcai.GetProperty("page").GetString());
        Assert.Equal("Proceedings of the Thirty-Third International Joint Conference on Artificial Intelligence", ijcai.GetProperty("container-title").GetString());
        var aaai = items.Single(i => i.GetProperty("title").GetString() == "Homeostatic Plasticity Stabilises Spiking Networks");
        Assert.StartsWith("Synaptic scaling keeps firing rates in range.", aaai.GetProperty("abstract").GetString(), StringComparison.Ordinal);
        Approve.Text(csl.Output, "json");
    }

    [Fact]
    public void Export_BibTex_AbstractOnlyWithTheOption()
    {
        var plain = world.Exports["bibtex"];
        var withAbstracts = world.Exports["bibtex-abstracts"];
        Assert.Equal((0, 0), (plain.ExitCode, withAbstracts.ExitCode));
        Assert.DoesNotContain("abstract =", plain.Output);
        var withAbstract = JsonDocument.Parse(world.Exports["csljson"].Output).RootElement.EnumerateArray().Count(i => i.TryGetProperty("abstract", out _));
        Assert.Equal(12, withAbstract);
        Assert.Equal(withAbstract, withAbstracts.Output.Split('\n').Count(l => l.TrimStart().StartsWith("abstract = {", StringComparison.Ordinal)));
        Approve.Text(plain.Output, "bib", scenario: "bibtex");
        Approve.Text(withAbstracts.Output, "bib", scenario: "bibtex-abstracts");
        var entry = Entry(plain.Output, "\n}", "title = {{SpikeSeg}: Event-Based Semantic Segmentation");
        Assert.Contains("author = {Doe, Jane and Asante, Kwame}", entry);
        Assert.Contains("booktitle = {2024 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)}", entry);
        Assert.Contains("pages = {17010--17020}", entry);
        Assert.Contains("doi = {10.1109/CVPR52733.2024.01616}", entry);
    }

    [Fact]
    public void Export_BibLatex_Approved()
    {
        Assert.Equal(0, world.Exports["biblatex"].ExitCode);
        Approve.Text(world.Exports["biblatex"].Output, "bib");
    }

    /// <summary>Titles as sorted word sequences: the services' queries drop punctuation differently.</summary>
    private static List<string> Words(IEnumerable<string> titles) =>
        titles
            .Select(t => string.Join(' ', new string([.. t.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The block of <paramref name="text"/> holding <paramref name="marker"/>, up to the next <paramref name="end"/>.</summary>
    private static string Entry(string text, string end, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' not found");
        var stop = text.IndexOf(end, at, StringComparison.Ordinal);
        var start = text.LastIndexOf(end, at, StringComparison.Ordinal);
        return text[(start < 0 ? 0 : start)..(stop < 0 ? text.Length : stop)];
    }

    /// <summary>The "papers / count" table of the update summary.</summary>
    private static Dictionary<string, int> SummaryCounts(string output) =>
        output.Split('\n')
            .Select(l => l.Trim())
            .Select(l => (Line: l, Cut: l.LastIndexOf(' ')))
            .Where(x => x.Cut > 0 && int.TryParse(x.Line[(x.Cut + 1)..], out _))
            .GroupBy(x => x.Line[..x.Cut].Trim())
            .ToDictionary(g => g.Key, g => int.Parse(g.First().Line[(g.First().Cut + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The row of the host table: requests, retries, failed.</summary>
    private static IEnumerable<(int Requests, int Retries, int Failed)> Host(string output, string host) =>
        output.Split('\n')
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 4 && p[0] == host)
            .Select(p => (int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture)));
}
