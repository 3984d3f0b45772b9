using System.Text.RegularExpressions;
using SnnBib.Core.Identifiers;
using SnnBib.Core.Lists;
using SnnBib.Core.Model;
using SnnBib.Core.Venues;

namespace SnnBib.Core.Records;

/// <summary>
/// Turns listed papers into records from the list's own data only: title, year, venue, type, identifiers, URL and
/// (numbered-style lists) complete author lists. Nothing is invented: no authors from "et al.", no DOI that no link
/// carried. Every field it sets has provenance <see cref="SourceName.List"/>; the status is unresolved.
/// </summary>
public static partial class ListRecordBuilder
{
    /// <summary>The publisher name written for arXiv preprints (CSL "publisher", Zotero's "repository").</summary>
    public const string ArxivPublisher = "arXiv";

    public static RecordBuildResult Build(IReadOnlyList<ListedPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var warnings = new List<ListWarning>();
        var records = papers.Select(p => Build(p, warnings)).ToList();
        return new RecordBuildResult(records, warnings);
    }

    /// <summary>Builds one record; doubts (e.g. a label that its own link contradicts) are added to <paramref name="warnings"/>.</summary>
    public static PaperRecord Build(ListedPaper paper, ICollection<ListWarning>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var provenance = new Dictionary<string, FieldProvenance>(StringComparer.Ordinal);
        void From(string field) => provenance[field] = new FieldProvenance(SourceName.List);

        var labelled = paper.Entries.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e.Venue ?? e.VenueLabel));
        var labelText = labelled?.Venue ?? labelled?.VenueLabel;
        var labelVenue = VenueCatalog.NamesNoVenue(labelText) ? null : VenueCatalog.Resolve(labelText!);
        var labelYear = labelled?.Year ?? paper.Entries.Select(e => e.Year).FirstOrDefault(y => y is not null);
        var evidence = LinkVenueReader.Read(paper.Identifiers);

        var venue = labelVenue;
        var year = labelYear ?? paper.Entries.Select(e => e.SectionYear).FirstOrDefault(y => y is not null);
        if (evidence is not null)
        {
            if (labelVenue is not null && (labelVenue.Name != evidence.Venue.Name || (labelYear is not null && labelYear != evidence.Year)))
            {
                // A publisher's URL is harder evidence than a hand-typed label: keep the link's venue, say so.
                warnings?.Add(new ListWarning(
                    labelled!.Line,
                    $"label \"{labelled.VenueLabel ?? labelled.Venue}\" disagrees with its link ({evidence.Source}); using {Short(evidence)}"));
            }

            venue = evidence.Venue;
            year = evidence.Year;
        }

        var arxiv = paper.Find<ArxivId>();
        var openReview = paper.Find<OpenReviewId>();
        var doi = paper.Find<DoiId>();
        var type = TypeOf(venue, arxiv);
        From("type");

        var title = CleanTitle(paper.Primary.Title);
        if (title.Length > 0)
        {
            From("title");
        }

        if (year is not null)
        {
            From("issued");
        }

        if (venue is not null)
        {
            From("container-title");
        }

        var authors = AuthorListParser.Parse(paper.Entries.Select(e => e.AuthorsText).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)));
        if (authors.Count > 0)
        {
            From("author");
        }

        var isPreprint = type == CslItemType.Article && arxiv is not null;
        if (isPreprint)
        {
            From("publisher");
            From("number");
        }

        if (doi is not null)
        {
            From("DOI");
        }

        var url = PaperUrl(paper);
        if (url is not null)
        {
            From("URL");
        }

        if (arxiv is not null)
        {
            From("arxiv-id");
        }

        if (openReview is not null)
        {
            From("openreview-id");
        }

        return new PaperRecord
        {
            Identity = paper.Identity,
            Item = new CslItem
            {
                Id = paper.Identity,
                Type = type,
                Title = title.Length > 0 ? title : null,
                Author = authors,
                Issued = year is null ? null : new CslDate(year.Value),
                ContainerTitle = venue?.Name,
                Publisher = isPreprint ? ArxivPublisher : null,
                Number = isPreprint ? $"arXiv:{arxiv!.Id}" : null,
                Doi = doi?.Doi,
                Url = url,
            },
            Status = RecordStatus.Unresolved,
            ArxivId = arxiv?.Id,
            OpenReviewId = openReview?.Id,
            Provenance = provenance,
        };
    }

    /// <summary>CSL type from what the list says: a known venue kind, else a preprint when only arXiv names it.</summary>
    public static string TypeOf(Venue? venue, ArxivId? arxiv) => venue?.Kind switch
    {
        VenueKind.Conference => CslItemType.PaperConference,
        VenueKind.Journal => CslItemType.ArticleJournal,
        VenueKind.Unknown => CslItemType.Document,
        _ => arxiv is not null ? CslItemType.Article : CslItemType.Document,
    };

    /// <summary>
    /// The paper link: the first non-suspect paper link that is a URL, in list order. arXiv and OpenReview links
    /// become the identifier's landing page (the same paper without the pdf/version/referrer noise).
    /// </summary>
    public static string? PaperUrl(ListedPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var link = paper.Entries
            .SelectMany(e => e.Links)
            .FirstOrDefault(l => l.Kind == LinkKind.Paper && l.IsUrl && !paper.SuspectLinks.Contains(l));
        return link?.Identifier switch
        {
            null => link?.Target,
            ArxivId arxiv => $"https://arxiv.org/abs/{arxiv.Id}",
            OpenReviewId openReview => $"https://openreview.net/forum?id={Uri.EscapeDataString(openReview.Id)}",
            _ => link.Target,
        };
    }

    /// <summary>Whitespace collapsed (the lists hold tabs and double spaces) and a trailing sentence period removed.</summary>
    public static string CleanTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var clean = WhiteSpace().Replace(title, " ").Trim();
        return TrailingPeriod().Replace(clean, string.Empty);
    }

    private static string Short(VenueEvidence evidence) =>
        $"{evidence.Venue.Name} {evidence.Year}";

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?<=[\p{L}\p{N})])\.$")]
    private static partial Regex TrailingPeriod();
}
