using SnnBib.Core.Identifiers;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.Tests.Merging;

/// <summary>Records in the shapes the resolvers produce, about papers invented for the tests.</summary>
internal static class TestRecords
{
    public static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static PaperRecord Listed(
        string identity,
        string title,
        int? year = null,
        string? venue = null,
        string? url = null,
        string? doi = null,
        string? arxivId = null) => new()
        {
            Identity = identity,
            Item = new CslItem
            {
                Id = "key-" + identity.GetHashCode(StringComparison.Ordinal).ToString("x", System.Globalization.CultureInfo.InvariantCulture),
                Type = venue is null ? CslItemType.Article : CslItemType.PaperConference,
                Title = title,
                Issued = year is null ? null : new CslDate(year.Value),
                ContainerTitle = venue,
                Url = url,
                Doi = doi,
            },
            ArxivId = arxivId,
            Provenance = new Dictionary<string, FieldProvenance> { ["title"] = new(SourceName.List) },
        };

    public static SourceRecord Arxiv(string id, string title, int year = 2023, string? doi = null, params string[] authors) => new()
    {
        Source = SourceName.Arxiv,
        Item = new CslItem
        {
            Id = id,
            Type = CslItemType.Article,
            Title = title,
            Author = Names(authors.Length > 0 ? authors : ["Ada Lovelace", "Alan Turing"]),
            Issued = new CslDate(year, 5, 17),
            Publisher = "arXiv",
            Number = id,
            Doi = doi,
            Url = $"https://arxiv.org/abs/{id}",
            Abstract = $"Abstract of {title} from arXiv.",
        },
        ArxivId = id,
        ArxivVersion = 2,
        ArxivPrimaryClass = "cs.NE",
    };

    public static SourceRecord Crossref(
        string doi,
        string title,
        string type = CslItemType.PaperConference,
        string container = "Proceedings of the AAAI Conference on Artificial Intelligence",
        int year = 2024,
        string? page = "1234-1242",
        double? score = null,
        params string[] authors) => new()
        {
            Source = SourceName.Crossref,
            Item = new CslItem
            {
                Id = doi,
                Type = type,
                Title = title,
                Author = authors.Length > 0 ? Names(authors) : [CslName.Person("Lovelace", "Ada"), CslName.Person("Turing", "Alan M.")],
                Issued = new CslDate(year, 3, 24),
                ContainerTitle = container,
                Publisher = "Association for the Advancement of Artificial Intelligence (AAAI)",
                Volume = "38",
                Issue = "9",
                Page = page,
                Doi = doi,
                Url = "https://doi.org/" + doi,
            },
            Score = score,
        };

    public static SourceRecord OpenReview(string id, string title, bool accepted, string venueId = "ICLR.cc/2024/Conference", int year = 2024) => new()
    {
        Source = SourceName.OpenReview,
        Item = new CslItem
        {
            Id = id,
            Type = accepted ? CslItemType.PaperConference : CslItemType.Article,
            Title = title,
            Author = Names(["Grace Hopper", "Edsger Dijkstra"]),
            Issued = new CslDate(year),
            ContainerTitle = accepted ? "The Twelfth International Conference on Learning Representations" : null,
            EventTitle = accepted ? "ICLR 2024" : null,
            Url = "https://openreview.net/forum?id=" + id,
            Abstract = $"Abstract of {title} from OpenReview.",
        },
        OpenReviewId = id,
        VenueId = venueId,
        Accepted = accepted,
    };

    public static SourceAnswer Found(SourceName source, PaperIdentifier identifier, string identity, params SourceRecord[] records) =>
        new(LookupQuery.ForIdentifier(source, identifier), Lookup(identity, LookupOutcome.Found, records, UrlFor(source, identifier.Value)));

    public static SourceAnswer Searched(SourceName source, string title, string identity, params SourceRecord[] records) =>
        new(LookupQuery.ForTitle(source, title, null), Lookup(identity, records.Length > 0 ? LookupOutcome.Found : LookupOutcome.NotFound, records, UrlFor(source, "search:" + title)));

    public static SourceAnswer NotFound(SourceName source, PaperIdentifier identifier, string identity) =>
        new(LookupQuery.ForIdentifier(source, identifier), Lookup(identity, LookupOutcome.NotFound, [], UrlFor(source, identifier.Value)));

    public static SourceAnswer Failed(SourceName source, PaperIdentifier identifier, string identity) =>
        new(LookupQuery.ForIdentifier(source, identifier), new SourceLookup(identity, LookupOutcome.Error, At, UrlFor(source, identifier.Value), [], "HTTP 503 after 4 attempts"));

    public static string UrlFor(SourceName source, string what) => source switch
    {
        SourceName.Arxiv => "https://export.arxiv.org/api/query?id_list=" + Uri.EscapeDataString(what),
        SourceName.Crossref => "https://api.crossref.org/works?filter=doi:" + Uri.EscapeDataString(what),
        _ => "https://api2.openreview.net/notes?id=" + Uri.EscapeDataString(what),
    };

    private static SourceLookup Lookup(string identity, LookupOutcome outcome, IReadOnlyList<SourceRecord> records, string url) =>
        new(identity, outcome, At, url, records);

    private static IReadOnlyList<CslName> Names(IEnumerable<string> names) =>
        names.Select(n => n.Split(' ', 2)).Select(p => CslName.Person(p[^1], p.Length > 1 ? p[0] : null)).ToList();
}
