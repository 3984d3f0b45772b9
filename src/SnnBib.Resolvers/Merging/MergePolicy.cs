using System.Text;

namespace SnnBib.Resolvers.Merging;

/// <summary>
/// Which record wins each field of a merged paper: the policy as data. docs/merge-policy.md shows the same table
/// (a test keeps them equal). Only records that matched the listed paper take part; the list is the last resort.
/// </summary>
public static class MergePolicy
{
    private const RecordKind CrossrefPublished = RecordKind.CrossrefPublished;
    private const RecordKind OpenReviewAccepted = RecordKind.OpenReviewAccepted;
    private const RecordKind ArxivPreprint = RecordKind.ArxivPreprint;
    private const RecordKind OpenReviewSubmission = RecordKind.OpenReviewSubmission;
    private const RecordKind CrossrefPosted = RecordKind.CrossrefPosted;
    private const RecordKind List = RecordKind.List;

    /// <summary>
    /// Fields that describe where and when the paper appeared. They come together from one record, the venue record,
    /// so an entry never mixes one record's journal with another's pages or year.
    /// </summary>
    public static IReadOnlyList<string> VenueFields { get; } =
        ["type", "container-title", "event-title", "publisher", "volume", "issue", "page", "number", "DOI", "issued"];

    /// <summary>
    /// Candidates for the venue record, best first. A published or accepted record, then the list's venue label
    /// (the list's claim, provenance "list"; it takes part only when a published or accepted record matched or nothing
    /// matched: a paper known only as a preprint is exported as the preprint and the label goes to the note),
    /// then preprints. A record qualifies only when it names a container or event, except preprint kinds, which
    /// are their own venue. The list's label does not qualify when a matched OpenReview submission was not
    /// accepted (a rejected ICLR submission must not become an ICLR paper). With no qualifying record the list is
    /// the venue record as it is.
    /// </summary>
    public static IReadOnlyList<RecordKind> VenueOrder { get; } =
        [CrossrefPublished, OpenReviewAccepted, List, ArxivPreprint, OpenReviewSubmission, CrossrefPosted];

    public static IReadOnlyList<VenueExclusion> VenueExclusions { get; } =
    [
        new(OpenReviewSubmission, "container-title", "a submission that was not accepted appeared nowhere"),
        new(OpenReviewSubmission, "event-title", "a submission that was not accepted appeared nowhere"),
        new(ArxivPreprint, "DOI",
            "arXiv's `arxiv:doi` is what the authors say the published version's DOI is: unconfirmed, and not the preprint's; " +
            "`update` looks it up on Crossref, and a matching Crossref record brings it in"),
    ];

    public static IReadOnlyList<VenueFallback> VenueFallbacks { get; } =
    [
        new("issued", [], [List, CrossrefPublished, OpenReviewAccepted, ArxivPreprint, OpenReviewSubmission, CrossrefPosted],
            "a venue record without a date takes the listed year (the venue's), else any matched record's date"),
        new("DOI", [ArxivPreprint], [List],
            "a DOI the list links stays when the paper is exported as its preprint (Crossref did not know it: DataCite, Zenodo…)"),
    ];

    public static IReadOnlyList<FieldRule> Fields { get; } =
    [
        new("title", [CrossrefPublished, OpenReviewAccepted, ArxivPreprint, OpenReviewSubmission, CrossrefPosted, List],
            "the published wording and capitalisation; the list's title is often retyped"),
        new("author", [CrossrefPublished, OpenReviewAccepted, ArxivPreprint, OpenReviewSubmission, CrossrefPosted, List],
            "publishers give structured family/given names; arXiv and OpenReview give display names"),
        new("abstract", [ArxivPreprint, OpenReviewAccepted, OpenReviewSubmission, CrossrefPublished, CrossrefPosted],
            "arXiv and OpenReview abstracts are plain text; Crossref's are JATS fragments and often missing"),
        new("URL", [CrossrefPublished, OpenReviewAccepted, List, ArxivPreprint, OpenReviewSubmission, CrossrefPosted],
            "the DOI link of the published version, else the accepted forum, else the link the list gives"),
        new("arxiv-id", [ArxivPreprint, OpenReviewAccepted, OpenReviewSubmission, CrossrefPublished, CrossrefPosted, List],
            "kept next to the published form (eprint)"),
        new("arxiv-primary-class", [ArxivPreprint], "only arXiv knows it"),
        new("openreview-id", [OpenReviewAccepted, OpenReviewSubmission, List], "only OpenReview knows it"),
    ];

    /// <summary>Fields an override may set (issue 4's overrides file).</summary>
    public static IReadOnlyList<string> OverridableFields { get; } =
    [
        "type", "title", "author", "container-title", "event-title", "publisher", "volume", "issue", "page", "number", "DOI",
        "URL", "abstract", "note", "issued", "arxiv-id", "arxiv-primary-class", "openreview-id",
    ];

    /// <summary>The policy as a Markdown table (the body of docs/merge-policy.md's "Table" section).</summary>
    public static string ToMarkdownTable()
    {
        var sb = new StringBuilder();
        sb.Append("| field | taken from (first that has it) | why |\n|---|---|---|\n");
        var venue = string.Join(" > ", VenueOrder.Select(Name));
        sb.Append($"| {string.Join(", ", VenueFields.Select(f => $"`{f}`"))} | one venue record: {venue} | where and when it appeared, from one record |\n");
        foreach (var exclusion in VenueExclusions)
        {
            sb.Append($"| `{exclusion.Field}` (venue record {Name(exclusion.Kind)}) | never from it | {exclusion.Why} |\n");
        }

        foreach (var fallback in VenueFallbacks)
        {
            var when = fallback.WhenVenueIs.Count == 0 ? "any venue record" : "venue record " + string.Join(" or ", fallback.WhenVenueIs.Select(Name));
            sb.Append($"| `{fallback.Field}` (missing in the venue record; {when}) | {string.Join(" > ", fallback.From.Select(Name))} | {fallback.Why} |\n");
        }

        foreach (var rule in Fields)
        {
            sb.Append($"| `{rule.Field}` | {string.Join(" > ", rule.Order.Select(Name))} | {rule.Why} |\n");
        }

        return sb.ToString();
    }

    private static string Name(RecordKind kind) => kind switch
    {
        CrossrefPublished => "Crossref published",
        OpenReviewAccepted => "OpenReview accepted",
        ArxivPreprint => "arXiv",
        OpenReviewSubmission => "OpenReview submission",
        CrossrefPosted => "Crossref posted",
        _ => "list",
    };
}
