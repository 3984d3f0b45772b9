using System.Text.Json;
using SnnBib.Testing;

namespace SnnBib.Cli.Tests.Report;

/// <summary>
/// A list of our making with every matching case of issue 4, and a <see cref="LocalApiServer"/> that answers for it
/// in the real response shapes (arXiv Atom, Crossref REST JSON, OpenReview API 2 JSON). The papers are invented.
/// </summary>
internal static class MatchingWorld
{
    public const string List = """
        # Awesome Test SNN

        ## Papers

        ### 2024

        - Spike-Driven Gating for Efficient Event Vision (**AAAI 2024**). [[paper](https://arxiv.org/abs/2401.10001)]
        - Sparse Spiking Attention Needs Fewer Time Steps (**ICLR 2024**). [[paper](https://arxiv.org/abs/2310.20002)]
        - Temporal Credit Assignment with Spiking Eligibility Traces (**ICLR 2024**). [[paper](https://openreview.net/forum?id=R3jectSub1)]
        - Dendritic Computation Improves Spiking Reservoir Memory (**Neurocomputing 2024**).
        - Surrogate Gradients for Spiking Optical Flow (**TNNLS 2024**).
        - Neuromorphic Keyword Spotting on a Budget. [[paper](https://arxiv.org/pdf/2403.80008v2)]

        ### 2023

        - Homeostatic Plasticity Stabilises Deep Spiking Networks (**IJCAI 2023**). [[paper](https://arxiv.org/abs/2305.30004)]

        ### 2021

        - Spatio-Temporal Attention of Spiking Networks for Event Streams (**ECCV 2021**). [[paper](https://doi.org/10.1109/ICCV48922.2021.07777)]

        ### Event Vision

        - Spike-Driven Gating for Efficient Event Vision (**AAAI 2024**). [[paper](https://arxiv.org/pdf/2401.10001)]
        """;

    public static void Script(LocalApiServer server)
    {
        // arXiv: an id a person pinned (overrides test); the list's ids in one id_list batch; title searches by a word.
        server.Get("/api/query", r => r.QueryValue("id_list") == "2402.50005").ReplyAtom(Feed(
            Entry("2402.50005", "Dendritic Computation Improves Spiking Reservoir Capacity", "2024-02-01", ["Ulrich Decoy"])));
        server.Get("/api/query", r => r.QueryValue("id_list") is not null).ReplyAtom(Feed(
            Entry("2401.10001", "Spike-Driven Gating for Efficient Event Vision", "2024-01-12", ["Lena Fischer", "Tomas Novak"]),
            Entry("2310.20002", "Sparse Spiking Attention Needs Fewer Time Steps", "2023-10-02", ["Mei Chen", "Ravi Kumar"]),
            Entry("2305.30004", "Quantum Annealing Schedules for Protein Folding", "2023-05-20", ["Olga Petrova"]),
            Entry("2403.80008", "Neuromorphic Keyword Spotting on a Budget", "2024-03-05", ["Ines Duarte"])));
        ArxivSearch(server, "Homeostatic", Entry("2305.30044", "Homeostatic Plasticity Stabilises Deep Spiking Networks", "2023-05-22", ["Jonas Berg", "Aiko Tanaka"]));
        ArxivSearch(server, "Dendritic", Entry("2402.50005", "Dendritic Computation Improves Spiking Reservoir Capacity", "2024-02-01", ["Ulrich Decoy"]));
        ArxivSearch(server, "Surrogate", Entry("2402.60006", "Surrogate Gradients for Spiking Optical Flow", "2024-02-10", ["Sara Lindqvist", "Omar Haddad"]));
        server.Get("/api/query").ReplyAtom(Feed());

        // Crossref: title searches (query.bibliographic) by a word of the title, and one DOI.
        CrossrefSearch(server, "Gating",
            Work("10.1609/aaai.v38i2.20002", "Spike-Driven Gating for Efficient Audio Vision", 2024, ["Ulrich Decoy"], "Proceedings of the AAAI Conference on Artificial Intelligence", "201-209"),
            Work("10.1609/aaai.v38i1.20001", "Spike-Driven Gating for Efficient Event Vision", 2024, ["Lena Fischer", "Tomas Novak"], "Proceedings of the AAAI Conference on Artificial Intelligence", "101-109"));
        CrossrefSearch(server, "Homeostatic",
            Work("10.24963/ijcai.2023/404", "Homeostatic Plasticity Stabilises Deep Spiking Networks", 2023, ["Jonas Berg", "Aiko Tanaka"], "Proceedings of the Thirty-Second International Joint Conference on Artificial Intelligence", "3630-3638"));
        CrossrefSearch(server, "Dendritic",
            Work("10.1016/j.neucom.2024.55555", "Dendritic Computation Improves Spiking Reservoir Capacity", 2024, ["Ulrich Decoy"], "Neurocomputing", "127001", type: "journal-article"));
        CrossrefSearch(server, "Surrogate",
            Work("10.1016/j.neunet.2019.66666", "Surrogate Gradients for Spiking Optical Flow", 2019, ["Peter Oldham"], "Neural Networks", "1-12", type: "journal-article"));
        CrossrefSearch(server, "Keyword",
            Work("10.1109/icassp.2022.77777", "Keyword Spotting with Recurrent Networks on Microcontrollers", 2022, ["Ada Byron"], "ICASSP 2022", "8000-8004"));
        server.Get("/works", r => r.QueryValue("query.bibliographic") is not null).ReplyJson(WorkList());
        var iccv = WorkJson("10.1109/ICCV48922.2021.07777", "Spatio-Temporal Attention for Spiking Networks on Event Streams", 2021, ["Man Yao", "Guoqi Li"],
            "2021 IEEE/CVF International Conference on Computer Vision (ICCV)", "10201-10210");
        var work = "{\"status\":\"ok\",\"message-type\":\"work\",\"message-version\":\"1.0.0\",\"message\":" + iccv + "}";
        // The resolver asks for the lower-cased DOI, its slash escaped (as recorded against the real API).
        server.Get("/works/10.1109%2Ficcv48922.2021.07777").ReplyJson(work);

        // OpenReview API 2: the rejected submission by id; the accepted ICLR note by title search.
        server.Get("/notes", r => r.QueryValue("id") == "R3jectSub1").ReplyJson(Notes(Note(
            "R3jectSub1", "Temporal Credit Assignment with Spiking Eligibility Traces", ["Nora Quist"], "ICLR.cc/2024/Conference/Rejected_Submission", "Submitted to ICLR 2024", bibtex: null)));
        server.Get("/notes/search", r => r.QueryValue("term")?.Contains("Sparse", StringComparison.Ordinal) == true).ReplyJson(Notes(Note(
            "Acc3pt2024", "Sparse Spiking Attention Needs Fewer Time Steps", ["Mei Chen", "Ravi Kumar"], "ICLR.cc/2024/Conference", "ICLR 2024 poster",
            bibtex: "@inproceedings{\nchen2024sparse,\ntitle={Sparse Spiking Attention Needs Fewer Time Steps},\nauthor={Mei Chen and Ravi Kumar},\nbooktitle={The Twelfth International Conference on Learning Representations},\nyear={2024},\nurl={https://openreview.net/forum?id=Acc3pt2024}\n}")));
        server.Get("/notes/search").ReplyJson(Notes());
    }

    private static void ArxivSearch(LocalApiServer server, string word, string entry) =>
        server.Get("/api/query", r => r.QueryValue("search_query")?.Contains(word, StringComparison.Ordinal) == true).ReplyAtom(Feed(entry));

    private static void CrossrefSearch(LocalApiServer server, string word, params string[] works) =>
        server.Get("/works", r => r.QueryValue("query.bibliographic")?.Contains(word, StringComparison.Ordinal) == true).ReplyJson(WorkList(works));

    private static string Feed(params string[] entries) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
          <id>https://arxiv.org/api/test</id>
          <title>arXiv Query</title>
          <updated>2026-05-11T10:00:00Z</updated>
          <opensearch:totalResults>{entries.Length}</opensearch:totalResults>
          <opensearch:startIndex>0</opensearch:startIndex>
          <opensearch:itemsPerPage>{Math.Max(entries.Length, 1)}</opensearch:itemsPerPage>
        {string.Concat(entries)}
        </feed>
        """;

    private static string Entry(string id, string title, string date, string[] authors) => $"""
          <entry>
            <id>http://arxiv.org/abs/{id}v1</id>
            <title>{title}</title>
            <updated>{date}T12:00:00Z</updated>
            <published>{date}T12:00:00Z</published>
            <summary>Abstract of {title}.</summary>
        {string.Concat(authors.Select(a => $"    <author><name>{a}</name></author>\n"))}    <arxiv:primary_category term="cs.NE" scheme="http://arxiv.org/schemas/atom"/>
            <link href="http://arxiv.org/abs/{id}v1" rel="alternate" type="text/html"/>
          </entry>

        """;

    private static string WorkList(params string[] works) =>
        "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message-version\":\"1.0.0\",\"message\":{\"facets\":{},\"total-results\":" +
        works.Length + ",\"items\":[" + string.Join(",", works) + "],\"items-per-page\":20,\"query\":{\"start-index\":0,\"search-terms\":\"test\"}}}";

    private static string Work(string doi, string title, int year, string[] authors, string container, string page, string type = "proceedings-article") =>
        WorkJson(doi, title, year, authors, container, page, type);

    private static string WorkJson(string doi, string title, int year, string[] authors, string container, string page, string type = "proceedings-article")
    {
        var people = authors.Select((a, i) =>
        {
            var parts = a.Split(' ', 2);
            return new Dictionary<string, object> { ["given"] = parts[0], ["family"] = parts[1], ["sequence"] = i == 0 ? "first" : "additional", ["affiliation"] = Array.Empty<object>() };
        });
        var work = new Dictionary<string, object>
        {
            ["DOI"] = doi,
            ["type"] = type,
            ["title"] = new[] { title },
            ["author"] = people,
            ["container-title"] = new[] { container },
            ["page"] = page,
            ["published-print"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { year, 6 } } },
            ["issued"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { year, 6 } } },
            ["URL"] = "https://doi.org/" + doi,
            ["score"] = 42.5,
        };
        return JsonSerializer.Serialize(work);
    }

    private static string Notes(params string[] notes) => $$"""{"notes":[{{string.Join(",", notes)}}],"count":{{notes.Length}}}""";

    private static string Note(string id, string title, string[] authors, string venueId, string venue, string? bibtex)
    {
        var content = new Dictionary<string, object>
        {
            ["title"] = new { value = title },
            ["authors"] = new { value = authors },
            ["abstract"] = new { value = "Abstract of " + title + "." },
            ["venue"] = new { value = venue },
            ["venueid"] = new { value = venueId },
        };
        if (bibtex is not null)
        {
            content["_bibtex"] = new { value = bibtex };
        }

        var note = new Dictionary<string, object>
        {
            ["id"] = id,
            ["forum"] = id,
            ["number"] = 4242,
            ["domain"] = "ICLR.cc/2024/Conference",
            ["invitations"] = new[] { "ICLR.cc/2024/Conference/-/Submission" },
            ["content"] = content,
            ["cdate"] = 1695400000000L,
            ["odate"] = 1697000000000L,
            ["pdate"] = 1705600000000L,
            ["readers"] = new[] { "everyone" },
        };
        return JsonSerializer.Serialize(note);
    }

    /// <summary>Text with the server's varying address replaced, for snapshots.</summary>
    public static string Stable(string text, LocalApiServer server) =>
        text.Replace(server.BaseUrl, "http://127.0.0.1:PORT", StringComparison.Ordinal);
}
