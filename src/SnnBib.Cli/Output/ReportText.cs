using System.Globalization;
using SnnBib.Resolvers.Matching;

namespace SnnBib.Cli.Output;

/// <summary>Wording shared by the report's three forms.</summary>
internal static class ReportText
{
    public static string Heading(ReportCategory category) => category switch
    {
        ReportCategory.SuspectLink => "Suspect links",
        ReportCategory.NeedsReview => "Needs review (not merged)",
        ReportCategory.VenueOrYear => "Venue or year disagrees",
        ReportCategory.TitleDiffers => "Published title differs from the listed one",
        ReportCategory.Duplicate => "Merged duplicates",
        ReportCategory.Unresolved => "Still unresolved",
        _ => "Other notes",
    };

    public static string Name(ReportCategory category) => category switch
    {
        ReportCategory.SuspectLink => "suspect-link",
        ReportCategory.NeedsReview => "needs-review",
        ReportCategory.VenueOrYear => "venue-or-year",
        ReportCategory.TitleDiffers => "title-differs",
        ReportCategory.Duplicate => "duplicate",
        ReportCategory.Unresolved => "unresolved",
        _ => "other",
    };

    /// <summary>"doi:10.1/x · "Title" (2024) · Ada Lovelace · venue · title 0.83; first author differs".</summary>
    public static string Candidate(CandidateSummary c)
    {
        var parts = new List<string>();
        parts.Add(c.Id ?? c.Source.ToString());
        parts.Add($"\"{c.Title}\"" + (c.Year is { } y ? $" ({y.ToString(CultureInfo.InvariantCulture)})" : string.Empty));
        if (c.FirstAuthor is not null)
        {
            parts.Add(c.FirstAuthor + (c.FirstAuthor.Length > 0 ? " et al." : string.Empty));
        }

        if (c.Venue is not null)
        {
            parts.Add(c.Venue);
        }

        parts.Add(c.Why);
        return string.Join(" · ", parts);
    }

    public static string Summary(ReportData report) =>
        $"{report.Papers} papers: {report.Resolved} resolved, {report.PreprintOnly} preprint-only, {report.Conflicts} in conflict, " +
        $"{report.Unresolved} unresolved; {report.Findings.Count} findings";
}
