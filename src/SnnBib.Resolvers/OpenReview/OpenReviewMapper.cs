using System.Globalization;
using System.Text.RegularExpressions;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Arxiv;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Resolvers.OpenReview;

/// <summary>
/// Maps a submission note. Accepted papers (see <see cref="OpenReviewVenueStatus"/>) become "paper-conference" (or
/// "article-journal" when the venue's own _bibtex is an @article, e.g. TMLR) with booktitle/journal and year taken from that
/// _bibtex, else the acceptance date (pdate), and the event ("ICLR 2024") read from a conference venueid. Submissions that are not accepted, or whose state is unknown, stay
/// "article" with publisher "OpenReview" and the date they became public: a rejected ICLR submission must never look like an
/// ICLR paper. The display label (content.venue) is kept in <see cref="SourceRecord.Venue"/>, not in the CSL item.
/// </summary>
public static partial class OpenReviewMapper
{
    public const string Publisher = "OpenReview";

    public static SourceRecord ToRecord(OpenReviewNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var accepted = OpenReviewVenueStatus.IsAccepted(note.VenueId, note.Domain, note.Venue);
        var bibtex = accepted == true ? BibtexFields.Parse(note.Bibtex) : null;
        var forum = note.Forum ?? note.Id;
        var item = new CslItem
        {
            Id = forum,
            Type = accepted == true
                ? bibtex?.EntryType == "article" ? CslItemType.ArticleJournal : CslItemType.PaperConference
                : CslItemType.Article,
            Title = note.Title,
            Author = note.Authors.Select(AuthorNameSplitter.Split).ToList(),
            Issued = accepted == true
                ? YearOf(bibtex?["year"]) ?? DateOf(note.Accepted ?? note.Opened ?? note.Created)
                : DateOf(note.Opened ?? note.Created),
            ContainerTitle = accepted == true ? bibtex?["booktitle"] ?? bibtex?["journal"] : null,
            EventTitle = accepted == true ? EventOf(note.VenueId) : null,
            Publisher = accepted == true ? null : Publisher,
            Url = $"https://openreview.net/forum?id={Uri.EscapeDataString(forum)}",
            Abstract = note.Abstract,
        };

        return new SourceRecord
        {
            Source = SourceName.OpenReview,
            Item = item,
            OpenReviewId = forum,
            VenueId = note.VenueId,
            Venue = note.Venue,
            Accepted = accepted,
        };
    }

    /// <summary>"ICLR.cc/2024/Conference" → "ICLR 2024": the short event name of a conference venue id, else null.</summary>
    internal static string? EventOf(string? venueId)
    {
        var match = venueId is null ? null : ConferenceVenueId().Match(venueId.Trim());
        return match is { Success: true } ? $"{match.Groups["name"].Value} {match.Groups["year"].Value}" : null;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9-]*)\.(?:cc|org|io|net|com)/(?<year>\d{4})/Conference$", RegexOptions.CultureInvariant)]
    private static partial Regex ConferenceVenueId();

    private static CslDate? YearOf(string? year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9999 ? new CslDate(y) : null;

    private static CslDate? DateOf(DateTimeOffset? value) =>
        value is { } v ? new CslDate(v.UtcDateTime.Year, v.UtcDateTime.Month, v.UtcDateTime.Day) : null;
}
